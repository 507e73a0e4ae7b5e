import { useState } from 'react'
import type { Round } from '../../../../shared/domain/voting/rounds'
import { effectiveTopK, POINTS_PER_GROUP, type Ballot } from '../../../../shared/domain/voting/settings'
import type { Group } from '../../../../shared/domain/workshop'
import { request, RequestError } from '../../api/client'
import { ErrorMessage } from '../../ui/Status'
import { RankingEditor } from './RankingEditor'

interface BallotEditorProps {
  round: Round
  group: Group
  onRecorded: (message: string) => void
  onCancel: () => void
}

/**
 * One group's ballot, entered on the shared screen by the group or typed in by the facilitator
 * as the group calls it out. It starts empty even when the group has voted: what was voted stays
 * hidden until the reveal, so a correction is a fresh ballot.
 */
export function BallotEditor({ round, group, onRecorded, onCancel }: BallotEditorProps) {
  const [allocation, setAllocation] = useState<Record<string, number>>({})
  const [ranking, setRanking] = useState<string[]>([])
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [message, setMessage] = useState<string>()
  const settings = round.settings
  const total = Object.values(allocation).reduce((sum, value) => sum + (Number.isFinite(value) ? value : 0), 0)
  const unit = settings.method === 'dots' ? 'dots' : 'points'

  const ballot = (): Ballot => {
    const clean = Object.fromEntries(Object.entries(allocation).filter(([, value]) => value !== 0))
    if (settings.method === 'ranked') return { method: 'ranked', ranking }
    return settings.method === 'dots' ? { method: 'dots', dots: clean } : { method: 'points', points: clean }
  }

  const record = async () => {
    try {
      await request('ballots.cast', { roundId: round.id, groupId: group.id, ballot: ballot() })
      onRecorded(`Ballot recorded for ${group.name}.`)
    } catch (error) {
      setErrors(error instanceof RequestError ? (error.error.fields ?? {}) : {})
      setMessage(error instanceof Error ? error.message : String(error))
    }
  }

  let status = ''
  if (settings.method === 'dots') status = `${total} of ${settings.dotsPerGroup} dots placed${settings.capPerGap === null ? '' : `, at most ${settings.capPerGap} on one gap`}`
  if (settings.method === 'points') {
    const left = POINTS_PER_GROUP - total
    status = left === 0 ? 'All 100 points shared out' : left > 0 ? `${left} points still to share` : `${-left} points too many`
  }

  return (
    <form
      className="ballot-editor"
      aria-labelledby="ballot-heading"
      onSubmit={(event) => {
        event.preventDefault()
        void record()
      }}
    >
      <h4 id="ballot-heading">Ballot for {group.name}</h4>
      <p>{round.description[0]}</p>
      {message && <ErrorMessage>{message}</ErrorMessage>}
      {settings.method === 'ranked' ? (
        <RankingEditor gaps={round.gaps} ranking={ranking} topK={effectiveTopK(settings, round.gaps.length)} onChange={setRanking} />
      ) : (
        <>
          <p className="ballot-editor__count" aria-live="polite">
            {status}
          </p>
          <ul className="allocation-list">
            {round.gaps.map((gap) => {
              const id = `allocation-${gap.id}`
              const error = errors[`ballot.${unit}.${gap.id}`]
              const value = allocation[gap.id] ?? 0
              const set = (next: number) => setAllocation((current) => ({ ...current, [gap.id]: Math.max(0, next) }))
              return (
                <li key={gap.id} className={error ? 'allocation field--error' : 'allocation'}>
                  <label htmlFor={id}>
                    {settings.method === 'dots' ? 'Dots on' : 'Points for'} {gap.title}
                  </label>
                  {error && <p className="field__error" id={`${id}-error`}><span aria-hidden="true">⚠ </span>{error}</p>}
                  <span className="allocation__controls">
                    {settings.method === 'dots' && (
                      <button type="button" className="button" aria-label={`One dot fewer on ${gap.title}`} disabled={value === 0} onClick={() => set(value - 1)}>−</button>
                    )}
                    <input
                      id={id}
                      className="input--short"
                      type="number"
                      inputMode="numeric"
                      min={0}
                      max={settings.method === 'dots' ? 20 : 100}
                      value={value}
                      aria-invalid={Boolean(error)}
                      aria-describedby={error ? `${id}-error` : undefined}
                      onChange={(event) => set(event.target.value === '' ? 0 : Math.trunc(Number(event.target.value)))}
                    />
                    {settings.method === 'dots' && (
                      <button type="button" className="button" aria-label={`One more dot on ${gap.title}`} onClick={() => set(value + 1)}>+</button>
                    )}
                  </span>
                </li>
              )
            })}
          </ul>
        </>
      )}
      <p className="ballot-editor__actions">
        <button type="submit" className="button button--primary">Record this ballot</button>{' '}
        <button type="button" className="button button--quiet" onClick={onCancel}>Cancel</button>
      </p>
    </form>
  )
}
