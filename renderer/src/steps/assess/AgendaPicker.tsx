import { useId, useMemo, useState } from 'react'
import { lineLabel, questionsBy, tagLabel } from '../../../../shared/content/read'
import { type Pack, type Question } from '../../../../shared/content/schema'
import { TAG_IDS, type Stage, type TagId } from '../../../../shared/content/blocks'

interface Props {
  pack: Pack
  agenda: readonly string[]
  onChange: (questionIds: string[], said: string) => void
}

/** The content pack, filtered by step, section, line and tag: add whole sections or single questions. */
export function AgendaPicker({ pack, agenda, onChange }: Props) {
  const [stage, setStage] = useState<Stage>('assess')
  const [section, setSection] = useState('')
  const [line, setLine] = useState('')
  const [tag, setTag] = useState('')
  const ids = useId()
  const onAgenda = new Set(agenda)
  // With a filter on, show the matching questions straight away.
  const filtered = section !== '' || line !== '' || tag !== ''
  const step = pack.steps.find((candidate) => candidate.stage === stage)
  const sections = (step?.sections ?? []).filter((candidate) => section === '' || candidate.id === section)

  const shown = useMemo(
    () =>
      new Set(
        questionsBy(pack, {
          stage,
          ...(section ? { section } : {}),
          ...(line === 'strategic' || line === 'practice' ? { line } : {}),
          ...(tag ? { tag: tag as TagId, includeBlanketTags: true } : {}),
        }).map((question) => question.id),
      ),
    [pack, stage, section, line, tag],
  )

  const add = (questionIds: string[], said: string) => onChange([...agenda, ...questionIds.filter((id) => !onAgenda.has(id))], said)
  const remove = (questionIds: string[], said: string) => onChange(agenda.filter((id) => !questionIds.includes(id)), said)

  return (
    <section className="panel agenda__picker" aria-labelledby={`${ids}-heading`}>
      <h2 id={`${ids}-heading`}>Add from the Reflective Tool</h2>
      <div className="filters" role="group" aria-label="Filter questions">
        <div className="field">
          <label htmlFor={`${ids}-stage`}>Step</label>
          <select id={`${ids}-stage`} value={stage} onChange={(event) => { setStage(event.target.value as Stage); setSection('') }}>
            {pack.steps.map((candidate) => (
              <option key={candidate.stage} value={candidate.stage}>{candidate.number}. {candidate.title}</option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${ids}-section`}>Section</label>
          <select id={`${ids}-section`} value={section} onChange={(event) => setSection(event.target.value)}>
            <option value="">All sections</option>
            {(step?.sections ?? []).map((candidate) => (
              <option key={candidate.id} value={candidate.id}>{candidate.title ?? `${step?.title ?? ''} (opening questions)`}</option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${ids}-line`}>Line</label>
          <select id={`${ids}-line`} value={line} onChange={(event) => setLine(event.target.value)}>
            <option value="">Strategic and practice</option>
            <option value="strategic">Strategic</option>
            <option value="practice">Practice</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${ids}-tag`}>Tag</label>
          <select id={`${ids}-tag`} value={tag} onChange={(event) => setTag(event.target.value)}>
            <option value="">Any tag</option>
            {TAG_IDS.map((candidate) => (
              <option key={candidate} value={candidate}>{tagLabel(pack, candidate)}</option>
            ))}
          </select>
        </div>
      </div>
      {shown.size === 0 && <p className="empty">No questions match these filters.</p>}
      {sections.map((candidate) => {
        const all = candidate.items.filter((item) => item.kind === 'question').map((item) => item.id)
        const visible = candidate.items.filter((item): item is Question => item.kind === 'question' && shown.has(item.id))
        if (all.length === 0 || visible.length === 0) return null
        const title = candidate.title ?? `${step?.title ?? ''} (opening questions)`
        const whole = all.every((id) => onAgenda.has(id))
        return (
          <section key={candidate.id} className="picker-section" aria-label={title}>
            <div className="picker-section__head">
              <h3>{title}</h3>
              {whole ? (
                <button type="button" className="button button--small button--danger-quiet" onClick={() => remove(all, `Removed the section ${title} from the agenda.`)}>
                  Remove whole section
                </button>
              ) : (
                <button type="button" className="button button--small" onClick={() => add(all, `Added the section ${title}: the agenda now has ${new Set([...agenda, ...all]).size} questions.`)}>
                  Add whole section
                </button>
              )}
            </div>
            <details className="picker-section__questions" open={filtered || undefined}>
              <summary>
                {filtered ? `${visible.length} matching` : `${all.length}`} {visible.length === 1 ? 'question' : 'questions'}, {all.filter((id) => onAgenda.has(id)).length} on the agenda
              </summary>
              <ul className="picker-questions">
                {visible.map((question) => (
                  <li key={question.id}>
                    <label className="checkbox checkbox--top">
                      <input
                        type="checkbox"
                        checked={onAgenda.has(question.id)}
                        onChange={(event) => (event.target.checked ? add([question.id], 'Added the question to the end of the agenda.') : remove([question.id], 'Removed the question from the agenda.'))}
                      />
                      <span>
                        {question.text} <span className="picker-questions__meta">({[lineLabel(question), question.tags.map((t) => t.replace('_', ' ')).join(', ')].filter(Boolean).join(' · ')})</span>
                      </span>
                    </label>
                  </li>
                ))}
              </ul>
            </details>
          </section>
        )
      })}
    </section>
  )
}
