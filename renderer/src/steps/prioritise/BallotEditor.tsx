import { useEffect, useRef, useState } from 'react'
import type { Round } from '../../../../shared/domain/voting/rounds'
import { effectiveTopK, POINTS_PER_GROUP, type Ballot } from '../../../../shared/domain/voting/settings'
import { ballotProblems } from '../../../../shared/domain/voting/validate'
import { plural } from '../../../../shared/domain/voting/words'
import type { Group, GroupRole } from '../../../../shared/domain/workshop'
import { RequestError } from '../../api/client'
import { write } from '../../api/queries'
import { ErrorMessage } from '../../ui/Status'
import { RankingEditor } from './RankingEditor'

interface BallotEditorProps {
  round: Round
  group: Group
  /** In an each-person round: one person at this table without a phone, with the role they give (or none). */
  person?: { role: GroupRole | null }
  onRecorded: (message: string) => void
  onCancel: () => void
}

/** What the group still has to do before its ballot can be recorded, in the words of the counter. */
function stillToDo(round: Round, total: number, ranked: number): string | null {
  const settings = round.settings
  if (settings.method === 'dots') return total === 0 ? 'Place at least one dot to record this ballot.' : null
  if (settings.method === 'points') return total === POINTS_PER_GROUP ? null : `Share out exactly ${POINTS_PER_GROUP} points to record this ballot.`
  return ranked === 0 ? 'Add at least one gap to the ranking to record this ballot.' : null
}

/**
 * One group's ballot, entered on the shared screen by the group or typed in by the facilitator
 * as the group calls it out. It starts empty even when the group has voted: what was voted stays
 * hidden until the reveal, so a correction is a fresh ballot. The round's limits hold as the group
 * votes (no + past the cap or the dots left, Record only for a ballot the round accepts); the
 * server checks again.
 */
export function BallotEditor({ round, group, person, onRecorded, onCancel }: BallotEditorProps) {
  const [allocation, setAllocation] = useState<Record<string, number>>({})
  const [ranking, setRanking] = useState<string[]>([])
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({})
  const [message, setMessage] = useState<string>()
  const heading = useRef<HTMLHeadingElement>(null)
  const recordButton = useRef<HTMLButtonElement>(null)
  const settings = round.settings
  const total = Object.values(allocation).reduce((sum, value) => sum + (Number.isFinite(value) ? value : 0), 0)
  const unit = settings.method === 'dots' ? 'dots' : 'points'

  const form = useRef<HTMLFormElement>(null)
  /** A + that the last press disabled hands focus on: to the next gap's +, or to Record once the dots are all placed. */
  const [focusAfterPlus, setFocusAfterPlus] = useState<{ gapId: string; allPlaced: boolean }>()

  // Opening a ballot takes the group to it: the next Tab is its first control.
  useEffect(() => heading.current?.focus(), [])
  useEffect(() => {
    if (!focusAfterPlus) return
    setFocusAfterPlus(undefined)
    const pluses = Array.from(form.current?.querySelectorAll<HTMLButtonElement>('[data-plus]') ?? [])
    const from = pluses.findIndex((button) => button.dataset.plus === focusAfterPlus.gapId)
    const next = [...pluses.slice(from + 1), ...pluses.slice(0, from)].find((button) => !button.disabled)
    ;(focusAfterPlus.allPlaced || !next ? recordButton.current : next)?.focus()
  }, [focusAfterPlus])

  const ballot = (): Ballot => {
    const clean = Object.fromEntries(Object.entries(allocation).filter(([, value]) => value !== 0))
    if (settings.method === 'ranked') return { method: 'ranked', ranking }
    return settings.method === 'dots' ? { method: 'dots', dots: clean } : { method: 'points', points: clean }
  }
  const problems = ballotProblems(settings, round.gaps, ballot(), round.whoVotes)
  const fieldErrors: Record<string, string> = { ...serverErrors }
  for (const problem of problems) if (problem.path.includes('.')) fieldErrors[`ballot.${problem.path}`] ??= problem.message
  const todo = stillToDo(round, total, ranking.length)
  // A problem with the ballot as a whole (too many dots or points) that no field shows.
  const overall = problems.find((problem) => !problem.path.includes('.') && todo === null)?.message
  const valid = problems.length === 0

  const record = async () => {
    if (!valid) return
    try {
      if (person) {
        await write('ballots.castForPerson', { roundId: round.id, groupId: group.id, role: person.role, ballot: ballot() })
        onRecorded(`Ballot recorded for one person at ${group.name}.`)
      } else {
        await write('ballots.cast', { roundId: round.id, groupId: group.id, ballot: ballot() })
        onRecorded(`Ballot recorded for ${group.name}.`)
      }
    } catch (error) {
      const fields = error instanceof RequestError ? (error.error.fields ?? {}) : {}
      setServerErrors(fields)
      // Said once: beside its field when the server names one, otherwise at the top.
      setMessage(Object.keys(fields).some((key) => key.startsWith('ballot.')) ? undefined : error instanceof Error ? error.message : String(error))
    }
  }

  let status = ''
  if (settings.method === 'dots') {
    const left = settings.dotsPerGroup - total
    status = `${total} of ${plural(settings.dotsPerGroup, 'dot')} placed, ${left >= 0 ? `${left} left` : `${-left} too many`}${settings.capPerGap === null ? '' : `; at most ${plural(settings.capPerGap, 'dot')} on one gap`}`
  }
  if (settings.method === 'points') {
    const left = POINTS_PER_GROUP - total
    status = left === 0 ? 'All 100 points shared out, 0 left' : left > 0 ? `${total} of 100 points shared out, ${left} left` : `${-left} points too many`
  }

  return (
    <form
      ref={form}
      className="ballot-editor"
      aria-labelledby="ballot-heading"
      onSubmit={(event) => {
        event.preventDefault()
        void record()
      }}
    >
      <h4 id="ballot-heading" ref={heading} tabIndex={-1}>{person ? `Ballot for one person at ${group.name}` : `Ballot for ${group.name}`}</h4>
      <p>{round.description[0]}</p>
      {message && <ErrorMessage>{message}</ErrorMessage>}
      {settings.method === 'ranked' ? (
        <RankingEditor gaps={round.gaps} ranking={ranking} topK={effectiveTopK(settings, round.gaps.length)} onChange={setRanking} onFull={() => setTimeout(() => recordButton.current?.focus())} />
      ) : (
        <>
          <p className="ballot-editor__count" aria-live="polite" id="ballot-count">
            {status}
          </p>
          <ul className="allocation-list">
            {round.gaps.map((gap) => {
              const id = `allocation-${gap.id}`
              const error = fieldErrors[`ballot.${unit}.${gap.id}`]
              const value = allocation[gap.id] ?? 0
              const set = (next: number) => {
                setServerErrors({})
                setMessage(undefined)
                setAllocation((current) => ({ ...current, [gap.id]: Math.max(0, next) }))
              }
              const atCap = settings.method === 'dots' && settings.capPerGap !== null && value >= settings.capPerGap
              const noneLeft = settings.method === 'dots' && total >= settings.dotsPerGroup
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
                      max={settings.method === 'dots' ? (settings.capPerGap ?? settings.dotsPerGroup) : POINTS_PER_GROUP}
                      value={value}
                      aria-invalid={Boolean(error)}
                      aria-describedby={error ? `${id}-error` : 'ballot-count'}
                      onChange={(event) => set(event.target.value === '' ? 0 : Math.trunc(Number(event.target.value)))}
                    />
                    {settings.method === 'dots' && (
                      <button
                        type="button"
                        className="button"
                        data-plus={gap.id}
                        aria-label={`One more dot on ${gap.title}`}
                        aria-describedby="ballot-count"
                        disabled={atCap || noneLeft}
                        onClick={() => {
                          set(value + 1)
                          const capped = settings.capPerGap !== null && value + 1 >= settings.capPerGap
                          const allPlaced = total + 1 >= settings.dotsPerGroup
                          if (capped || allPlaced) setFocusAfterPlus({ gapId: gap.id, allPlaced })
                        }}
                      >
                        +
                      </button>
                    )}
                    {atCap && <span className="allocation__limit">The most one gap can take</span>}
                  </span>
                </li>
              )
            })}
          </ul>
        </>
      )}
      {overall && <p className="field__error" id="ballot-problem"><span aria-hidden="true">⚠ </span>{overall}</p>}
      <p className="ballot-editor__actions">
        <button type="submit" ref={recordButton} className="button button--primary" disabled={!valid} aria-describedby={todo ? 'ballot-todo' : overall ? 'ballot-problem' : undefined}>
          Record this ballot
        </button>{' '}
        <button type="button" className="button button--quiet" onClick={onCancel}>Cancel</button>
        {todo && <span className="ballot-editor__todo" id="ballot-todo"> {todo}</span>}
      </p>
    </form>
  )
}
