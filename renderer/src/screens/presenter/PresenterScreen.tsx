import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react'
import { allQuestions, findQuestion } from '../../../../shared/content/read'
import { formatUkDate } from '../../../../shared/domain/dates'
import { PRESENTER_VIEW_LABELS, type PresenterState } from '../../../../shared/domain/presenter'
import { CONTENT_HEIGHT, shownPage, STAGE } from '../../../../shared/domain/presenterPages'
import type { Workshop } from '../../../../shared/domain/workshop'
import { useApi, write } from '../../api/queries'
import { PresenterBoard } from './PresenterBoard'
import { ResultsChart, resultRows } from '../../parts/ResultsChart'
import { JoinCard } from '../../parts/JoinCard'
import { TimerFace } from '../../parts/TimerFace'
import { usePresenterView, type PresenterView } from '../../parts/usePresenterView'
import { usePageKeys } from '../../parts/usePageKeys'
import { useNow } from '../../parts/useNow'
import './presenter.css'

/** The stage's scale and place in the window: the whole 1920×1080 stage, as large as fits, centred. */
function useStageFit(): { scale: number; x: number; y: number } {
  const measure = () => {
    const scale = Math.min(window.innerWidth / STAGE.width, window.innerHeight / STAGE.height)
    return { scale, x: (window.innerWidth - STAGE.width * scale) / 2, y: (window.innerHeight - STAGE.height * scale) / 2 }
  }
  const [fit, setFit] = useState(measure)
  useEffect(() => {
    const onResize = () => setFit(measure())
    window.addEventListener('resize', onResize)
    return () => window.removeEventListener('resize', onResize)
  }, [])
  return fit
}

/**
 * The page's content, shrunk (never cut off) if it is still taller than the stage allows: the pages
 * are worked out to fit (presenterPages.ts), so this is the safety net for text longer than foreseen.
 * It measures the unscaled height, which the shrinking does not change, so it settles at once.
 */
function Fitted({ children }: { children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null)
  useLayoutEffect(() => {
    const element = box.current
    if (!element) return
    const height = element.offsetHeight
    element.style.transform = height > CONTENT_HEIGHT ? `scale(${CONTENT_HEIGHT / height})` : ''
  })
  return (
    <div ref={box} className="presenter__content">
      {children}
    </div>
  )
}

function QuestionSlide({ workshop }: { workshop: Workshop }) {
  const agenda = useApi('agenda.get', { workshopId: workshop.id })
  const pack = useApi('packs.get', workshop.pack)
  const id = agenda.data?.currentQuestionId
  const question = id && pack.data ? findQuestion(pack.data, id) : undefined
  if (agenda.error ?? pack.error) return <p className="presenter__quiet">{(agenda.error ?? pack.error)!.message}</p>
  if (!question || !agenda.data || !pack.data) return <p className="presenter__quiet">No question is on the shared screen yet.</p>
  const at = agenda.data.questionIds.indexOf(question.id)
  const step = pack.data.steps.find((candidate) => candidate.sections.some((section) => section.items.some((item) => item.id === question.id)))
  const section = question.section ?? step?.title ?? ''
  const count = agenda.data.questionIds.length || allQuestions(pack.data).length
  return (
    <>
      <p className="presenter__eyebrow">
        {at >= 0 ? `Question ${at + 1} of ${count}` : 'Question'}
        {section && ` · ${section}`}
      </p>
      <h1 className="presenter__question">{question.text}</h1>
      {question.tags.length > 0 && <p className="presenter__tags">{question.tags.join(' · ')}</p>}
    </>
  )
}

function VotingSlide({ content, page }: { content: Extract<PresenterView, { view: 'voting' }>; page: number }) {
  const { round, groups, byPage } = content
  const voted = new Set(round.votedGroupIds)
  const people = round.whoVotes === 'people'
  const progress = people ? `${round.peopleVoted} of ${round.peopleExpected} people have voted` : `${voted.size} of ${groups.length} groups have voted`
  return (
    <>
      <h1>{round.revealed ? `Round ${round.number}: results revealed` : `Round ${round.number}: ${progress}`}</h1>
      <p className="presenter__lede">{round.description[0]}</p>
      <ul className="presenter__voters">
        {(byPage[page] ?? []).map((index) => {
          const group = groups[index]!
          const done = voted.has(group.id)
          return (
            <li key={group.id} className={done ? 'presenter__voter presenter__voter--done' : 'presenter__voter'}>
              <span className="presenter__voter-mark" aria-hidden="true">{done ? '✓' : '○'}</span>
              {group.name}: {people ? `${round.peopleVotedByGroup[group.id] ?? 0} voted` : done ? 'voted' : 'not yet'}
            </li>
          )
        })}
      </ul>
      <p className="presenter__quiet">{round.revealed ? 'Results revealed.' : `How each ${people ? 'person' : 'group'} voted stays hidden until the results are revealed.`}</p>
    </>
  )
}

function JoinSlide({ content }: { content: Extract<PresenterView, { view: 'join' }> }) {
  if (!content.room.open) return <p className="presenter__quiet">Phones cannot join just now: the facilitator has not opened the room for them.</p>
  return <JoinCard status={content.room} density="presenter" />
}

function PrioritiesSlide({ content, page }: { content: Extract<PresenterView, { view: 'priorities' }>; page: number }) {
  const { priorities, byPage } = content
  return (
    <>
      <h1>Our agreed priorities</h1>
      {priorities.length === 0 ? (
        <p className="presenter__quiet">None agreed yet.</p>
      ) : (
        <ol className="presenter__priorities">
          {(byPage[page] ?? []).map((index) => {
            const priority = priorities[index]!
            return (
              <li key={priority.gapId} className="presenter__card">
                <span className="presenter__card-title">
                  <span className="presenter__eyebrow">Priority {priority.position}: </span>
                  {priority.title}
                </span>
                {priority.rationale && <span className="presenter__rationale">{priority.rationale}</span>}
              </li>
            )
          })}
        </ol>
      )}
    </>
  )
}

function ResultsSlide({ content, page }: { content: Extract<PresenterView, { view: 'results' }>; page: number }) {
  const { round, results } = content.shown
  const rows = resultRows(round, results)
  const max = Math.max(0, ...rows.map((row) => row.value))
  return <ResultsChart round={round} results={results} rows={(content.byPage[page] ?? []).map((index) => rows[index]!)} max={max} />
}

function Slide({ workshop, state, content, page }: { workshop: Workshop; state: PresenterState; content: PresenterView; page: number }) {
  const now = useNow(state.timer.runningSince != null)
  switch (content.view) {
    case 'question':
      return <QuestionSlide workshop={workshop} />
    case 'board':
      return <PresenterBoard pack={content.pack} gaps={content.gaps} axis={content.axis} page={content.board[page]!} last={page === content.pages - 1} />
    case 'voting':
      return <VotingSlide content={content} page={page} />
    case 'join':
      return <JoinSlide content={content} />
    case 'results':
      return <ResultsSlide content={content} page={page} />
    case 'priorities':
      return <PrioritiesSlide content={content} page={page} />
    case 'timer':
      return <><h1 className="visually-hidden">Discussion timer</h1><TimerFace timer={state.timer} now={now} size="large" chime /></>
    case 'welcome':
      return (
        <>
          <h1 className="presenter__title">{workshop.title}</h1>
          <p className="presenter__lede">
            {formatUkDate(workshop.date)}
            {workshop.localArea && ` · ${workshop.localArea}`}
          </p>
        </>
      )
  }
}

/**
 * The projector's window: one thing at a time, no controls, large type, on a 16:9 stage that fits
 * any window without scrolling. It follows what the facilitator chose (the presenter state, fresh
 * from the change stream), pages what is long ("1 of 2"), and takes Page Up and Page Down too, for a
 * facilitator who clicks on it or a presentation remote.
 */
export function PresenterScreen({ workshopId }: { workshopId: string }) {
  const presenter = useApi('presenter.get', { workshopId })
  const workshop = useApi('workshops.get', { id: workshopId })
  const state = presenter.data
  const shown = usePresenterView(workshop.data, state)
  const fit = useStageFit()
  const now = useNow(state?.timer.runningSince != null)
  const pages = shown.ready ? shown.content.pages : 1
  const page = shownPage(state?.page ?? 0, pages)
  usePageKeys(page, pages, (next) => void write('presenter.page', { workshopId, page: next }).catch(() => undefined))

  useEffect(() => {
    document.title = workshop.data ? `${workshop.data.title}: shared screen` : 'Common Ground: shared screen'
  }, [workshop.data])

  const failed = presenter.error ?? workshop.error
  const cornerTimer = state && state.view !== 'timer' && state.timer.runningSince !== null
  return (
    <main className="presenter" id="main" tabIndex={-1} aria-label={state ? `Shared screen: ${PRESENTER_VIEW_LABELS[state.view]}` : 'Shared screen'} data-view={state?.view ?? 'loading'}>
      <div className="presenter-stage" style={{ transform: `translate(${fit.x}px, ${fit.y}px) scale(${fit.scale})` }} data-page={page + 1} data-pages={pages}>
        <Fitted>
          {failed ? (
            <p className="presenter__quiet">{failed.message}</p>
          ) : shown.ready && state && workshop.data ? (
            <Slide workshop={workshop.data} state={state} content={shown.content} page={page} />
          ) : (
            <p className="presenter__quiet">{shown.ready ? 'Connecting…' : shown.quiet}</p>
          )}
        </Fitted>
        {pages > 1 && (
          <p className="presenter__page" aria-label={`Page ${page + 1} of ${pages}`}>
            {page + 1} of {pages}
          </p>
        )}
        {cornerTimer && (
          <aside className="presenter__corner" aria-label="Discussion timer">
            <TimerFace timer={state.timer} now={now} size="small" chime />
          </aside>
        )}
      </div>
    </main>
  )
}
