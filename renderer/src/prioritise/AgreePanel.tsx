import { useEffect, useState } from 'react'
import type { Gap } from '../../../shared/domain/gaps'
import type { Priorities } from '../../../shared/domain/voting/priorities'
import { MAX_PRIORITIES_LIMIT } from '../../../shared/domain/voting/priorities'
import { request, RequestError } from '../api/client'
import { Field } from '../ui/Field'
import { ErrorMessage, LiveMessage } from '../ui/Status'

interface AgreePanelProps {
  workshopId: string
  gaps: readonly Gap[]
  onChanged: () => void
}

type Draft = Array<{ gapId: string; rationale: string }>

/**
 * The priorities the room agrees, in order, each with its rationale: buttons and menus only, so
 * nothing here needs dragging (a drag-and-drop Agree board can sit on the same calls).
 */
export function AgreePanel({ workshopId, gaps, onChanged }: AgreePanelProps) {
  const [saved, setSaved] = useState<Priorities>()
  const [draft, setDraft] = useState<Draft>([])
  const [adding, setAdding] = useState('')
  const [limit, setLimit] = useState('')
  const [error, setError] = useState<string>()
  const [limitError, setLimitError] = useState<string>()
  const [said, setSaid] = useState('')

  const accept = (priorities: Priorities) => {
    setSaved(priorities)
    setDraft(priorities.priorities.map(({ gapId, rationale }) => ({ gapId, rationale })))
    setLimit(String(priorities.max))
  }
  useEffect(() => {
    request('priorities.get', { workshopId }).then(accept, (failure: unknown) => setError(failure instanceof Error ? failure.message : String(failure)))
  }, [workshopId])

  const save = async (next: Draft, message: string) => {
    try {
      accept(await request('priorities.set', { workshopId, priorities: next }))
      setError(undefined)
      setSaid(message)
      onChanged()
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure))
    }
  }
  const saveLimit = async () => {
    try {
      accept(await request('priorities.setMax', { workshopId, max: Number(limit) }))
      setLimitError(undefined)
      setSaid(`This workshop now agrees at most ${limit} priorities.`)
    } catch (failure) {
      setLimitError(failure instanceof RequestError ? (failure.error.fields?.max ?? failure.message) : String(failure))
    }
  }

  if (!saved) return error ? <ErrorMessage>{error}</ErrorMessage> : <p>Loading the agreed priorities…</p>
  const title = (id: string) => gaps.find((gap) => gap.id === id)?.title ?? saved.priorities.find((p) => p.gapId === id)?.title ?? 'Unknown gap'
  const available = gaps.filter((gap) => !draft.some((priority) => priority.gapId === gap.id))
  const move = (from: number, to: number) => {
    const next = [...draft]
    const [moved] = next.splice(from, 1)
    next.splice(to, 0, moved!)
    void save(next, `${title(moved!.gapId)} is now priority ${to + 1}.`)
  }

  return (
    <section className="agree-panel" aria-labelledby="agree-heading">
      <h3 id="agree-heading">Agreed priorities</h3>
      <p>
        {draft.length} of at most {saved.max} agreed. The Reflective Tool suggests two or three per cycle.
      </p>
      <LiveMessage>{said}</LiveMessage>
      {error && <ErrorMessage>{error}</ErrorMessage>}
      <ol className="agree-list">
        {draft.map((priority, index) => (
          <li key={priority.gapId} className="agree-item">
            <p className="agree-item__title">
              Priority {index + 1}: {title(priority.gapId)}
            </p>
            <Field label={`Why ${title(priority.gapId)} is a priority`} hint="Saved when you leave the box">
              {(props) => (
                <textarea
                  {...props}
                  rows={2}
                  value={priority.rationale}
                  onChange={(event) => setDraft((current) => current.map((item, i) => (i === index ? { ...item, rationale: event.target.value } : item)))}
                  onBlur={() => {
                    if (priority.rationale !== saved.priorities[index]?.rationale) void save(draft, `Rationale saved for ${title(priority.gapId)}.`)
                  }}
                />
              )}
            </Field>
            <p className="agree-item__actions">
              <button type="button" className="button button--quiet" disabled={index === 0} onClick={() => move(index, index - 1)} aria-label={`Move ${title(priority.gapId)} up`}>Up</button>
              <button type="button" className="button button--quiet" disabled={index === draft.length - 1} onClick={() => move(index, index + 1)} aria-label={`Move ${title(priority.gapId)} down`}>Down</button>
              <button type="button" className="button button--danger-quiet" onClick={() => void save(draft.filter((_, i) => i !== index), `${title(priority.gapId)} is no longer a priority.`)} aria-label={`Remove ${title(priority.gapId)} from the priorities`}>
                Remove
              </button>
            </p>
          </li>
        ))}
      </ol>
      {available.length > 0 && (
        <form
          className="agree-add"
          onSubmit={(event) => {
            event.preventDefault()
            if (adding) void save([...draft, { gapId: adding, rationale: '' }], `${title(adding)} is agreed as priority ${draft.length + 1}.`).then(() => setAdding(''))
          }}
        >
          <Field label="Agree another priority">
            {(props) => (
              <select {...props} value={adding} onChange={(event) => setAdding(event.target.value)}>
                <option value="">Choose a gap…</option>
                {available.map((gap) => (
                  <option key={gap.id} value={gap.id}>{gap.title}</option>
                ))}
              </select>
            )}
          </Field>
          <button type="submit" className="button" disabled={!adding}>Agree as a priority</button>
        </form>
      )}
      <div className="agree-limit">
        <Field label="Most priorities for this workshop" hint={`1 to ${MAX_PRIORITIES_LIMIT}`} error={limitError}>
          {(props) => <input {...props} className="input--short" type="number" min={1} max={MAX_PRIORITIES_LIMIT} value={limit} onChange={(event) => setLimit(event.target.value)} />}
        </Field>
        <button type="button" className="button" onClick={() => void saveLimit()}>Change the limit</button>
      </div>
    </section>
  )
}
