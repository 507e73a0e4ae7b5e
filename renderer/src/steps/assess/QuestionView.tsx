import { useEffect, useMemo, useRef, useState } from 'react'
import { lineLabel } from '../../../../shared/content/read'
import type { Pack, PromptBox, Question, Tip } from '../../../../shared/content/schema'
import { stepAgenda, type Agenda } from '../../../../shared/domain/agenda'
import { gapFromQuestion } from '../../../../shared/domain/gaps'
import type { Workshop } from '../../../../shared/domain/workshop'
import { messageOf, request } from '../../api/client'
import { callKey, queryClient, settleWrite } from '../../api/queries'
import { ErrorMessage, LiveMessage } from '../../ui/Status'
import { GapDialog } from './GapDialog'
import { NoteEditor } from '../../parts/NoteEditor'
import { assessHref } from './subview'
import { TagChips } from './TagChip'
import { type AssessData } from './useAssessData'
import { useNotes } from './useNotes'

interface Props {
  workshop: Workshop
  data: AssessData
  /** Projector density: no chrome, large type. */
  present: boolean
}

/** Where a question sits in the tool, and the prompt boxes and tips printed after it (before the next question). */
function placeOf(pack: Pack, questionId: string): { question: Question; stepTitle: string; after: Array<PromptBox | Tip> } | undefined {
  for (const step of pack.steps) {
    for (const section of step.sections) {
      const index = section.items.findIndex((item) => item.id === questionId)
      if (index === -1) continue
      const item = section.items[index]!
      if (item.kind !== 'question') return undefined
      const after: Array<PromptBox | Tip> = []
      for (const next of section.items.slice(index + 1)) {
        if (next.kind === 'question') break
        after.push(next)
      }
      return { question: item, stepTitle: step.title, after }
    }
  }
  return undefined
}

/** True when a key press belongs to what has focus (typing, a button's own Space, a select). */
function ownedByFocus(event: KeyboardEvent): boolean {
  const target = event.target as HTMLElement | null
  if (!target) return false
  if (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)) return true
  if (event.key === ' ' && ['BUTTON', 'A', 'SUMMARY'].includes(target.tagName)) return true
  return document.querySelector('dialog[open]') !== null
}

export function QuestionView({ workshop, data, present }: Props) {
  const { pack, groups, agenda } = data
  const [error, setError] = useState<string>()
  const [gapFor, setGapFor] = useState<Question>()
  const [message, setMessage] = useState('')
  const notes = useNotes(workshop.id)
  const saving = useRef<Promise<unknown>>(Promise.resolve())
  const pressed = useRef(0)
  const current = agenda.currentQuestionId
  const index = current === null ? -1 : agenda.questionIds.indexOf(current)
  const place = useMemo(() => (current === null ? undefined : placeOf(pack, current)), [pack, current])
  const questionHeading = useRef<HTMLHeadingElement>(null)

  /** By a number of questions; Home and End step by the whole agenda, which stops at the first and last. */
  function go(by: number) {
    const next = stepAgenda(agenda, by)
    if (next === null || next === current) return
    // A message about the last question is done with once the room moves on.
    setMessage('')
    const agendaKey = callKey('agenda.get', { workshopId: workshop.id })
    queryClient.setQueryData<Agenda>(agendaKey, { ...agenda, currentQuestionId: next })
    // One request at a time, in order, so the stored position (followed by the presenter window) ends
    // where the facilitator did; only the last answer settles the cache, so a fast run of presses never steps back.
    const mine = (pressed.current += 1)
    const input = { workshopId: workshop.id, questionId: next }
    saving.current = saving.current.then(async () => {
      try {
        const answer = await request('agenda.setCurrent', input)
        if (mine === pressed.current) void settleWrite('agenda.setCurrent', input, answer)
      } catch (failure) {
        setError(messageOf(failure))
        void queryClient.invalidateQueries({ queryKey: agendaKey })
      }
    })
  }

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || ownedByFocus(event)) return
      if (event.key === 'ArrowRight' || event.key === 'PageDown' || (event.key === ' ' && !event.shiftKey)) {
        event.preventDefault()
        go(1)
      } else if (event.key === 'ArrowLeft' || event.key === 'PageUp' || (event.key === ' ' && event.shiftKey)) {
        event.preventDefault()
        go(-1)
      } else if (event.key === 'Home' || event.key === 'End') {
        event.preventDefault()
        go(event.key === 'Home' ? -agenda.questionIds.length : agenda.questionIds.length)
      } else if (event.key === 'Escape' && present) {
        window.location.hash = assessHref(workshop.id, 'questions')
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  })

  if (agenda.questionIds.length === 0 || !place) {
    return (
      <section className="panel" aria-labelledby="no-questions">
        <h2 id="no-questions">No questions on the agenda</h2>
        <p>
          <a href={assessHref(workshop.id, 'agenda')}>Build the agenda</a> first: add whole sections or single questions.
        </p>
      </section>
    )
  }

  const { question, after } = place
  const total = agenda.questionIds.length
  return (
    <section className={present ? 'question-view question-view--present' : 'question-view'} aria-labelledby="question-text">
      <div className="question-view__bar">
        <p className="question-view__place">
          <span>{place.stepTitle}</span>
          {question.section && <span> · {question.section}</span>}
          {lineLabel(question) && <span> · {lineLabel(question)} line</span>}
        </p>
        <div className="question-view__progress">
          <span id="question-progress">
            Question {index + 1} of {total}
          </span>
          <progress max={total} value={index + 1} aria-labelledby="question-progress" />
        </div>
      </div>

      <h2 id="question-text" className="question-view__question" ref={questionHeading} tabIndex={-1}>
        {question.text}
      </h2>
      <TagChips pack={pack} tags={question.tags} label="Tags" focusable />
      <p className="visually-hidden" role="status" aria-live="polite">
        Question {index + 1} of {total}: {question.text}
      </p>

      {after.length > 0 && (
        <div className="question-view__source">
          {after.map((item) => (
            <SourceBox key={item.id} item={item} />
          ))}
        </div>
      )}

      <nav className="question-view__nav" aria-label="Questions">
        <button type="button" className="button button--big" onClick={() => go(-1)} disabled={index <= 0} aria-keyshortcuts="ArrowLeft PageUp Shift+Space Home">
          ← Previous
        </button>
        <button type="button" className="button button--big button--primary" onClick={() => go(1)} disabled={index >= total - 1} aria-keyshortcuts="ArrowRight PageDown Space End">
          Next →
        </button>
        <span className="question-view__keys">Arrow keys or Space move between questions; Home and End go to the first and last.</span>
        <span className="question-view__spacer" />
        {present ? (
          <a className="button" href={assessHref(workshop.id, 'questions')}>Leave presentation</a>
        ) : (
          <a className="button" href={assessHref(workshop.id, 'present')}>Present</a>
        )}
      </nav>

      {error && <ErrorMessage>{error}</ErrorMessage>}

      <section className="notes" aria-labelledby="notes-heading">
        <div className="notes__head">
          <h3 id="notes-heading">Notes</h3>
          <button type="button" className="button" onClick={() => setGapFor(question)}>
            Record a gap from this question
          </button>
        </div>
        <LiveMessage onMoveOn={() => setMessage('')}>{message}</LiveMessage>
        {notes.error && <ErrorMessage>{notes.error}</ErrorMessage>}
        {groups.length === 0 ? (
          <p className="empty">Add the groups in the room in Set-up to take notes for each of them.</p>
        ) : notes.loaded ? (
          <div className="notes__groups">
            {groups.map((group) => (
              <NoteEditor key={`${question.id}:${group.id}`} workshopId={workshop.id} questionId={question.id} group={group} saved={notes.get(question.id, group.id)} />
            ))}
          </div>
        ) : (
          <p>Loading notes…</p>
        )}
      </section>

      <GapDialog
        open={gapFor !== undefined}
        title="Record a gap from this question"
        workshopId={workshop.id}
        pack={pack}
        groups={groups}
        initial={gapFor ? { ...gapFromQuestion(gapFor) } : {}}
        sourceText={gapFor?.text}
        hint={gapFor?.tags.some((tag) => tag === 'ALL' || tag === 'ALL_RECS') ? `This question is tagged ${gapFor.tags.includes('ALL') ? 'ALL (every Key Principle and Recommendation)' : 'ALL RECS (every Recommendation)'}: tick the ones this gap is about.` : undefined}
        onClose={() => setGapFor(undefined)}
        onSaved={(gap) => {
          setGapFor(undefined)
          setMessage(`Gap recorded: ${gap.title}.`)
        }}
      />
    </section>
  )
}

function SourceBox({ item }: { item: PromptBox | Tip }) {
  const title = item.kind === 'tip' ? 'Tip' : item.title
  const groups = item.kind === 'prompt' ? [{ paragraphs: item.paragraphs, items: item.items }, ...item.continued] : [{ paragraphs: item.paragraphs, items: item.items }]
  return (
    <aside className={`source-box source-box--${item.kind}`} aria-label={title}>
      <h3 className="source-box__title">{title}</h3>
      {groups.map((group, index) => (
        <div key={index}>
          {group.paragraphs.map((paragraph, p) => (
            <p key={p}>{paragraph}</p>
          ))}
          {group.items.length > 0 && (
            <ul>
              {group.items.map((bullet, b) => (
                <li key={b}>{bullet}</li>
              ))}
            </ul>
          )}
        </div>
      ))}
    </aside>
  )
}
