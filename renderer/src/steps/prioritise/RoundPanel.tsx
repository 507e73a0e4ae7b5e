import { useEffect, useRef, useState } from 'react'
import type { Round } from '../../../../shared/domain/voting/rounds'
import { METHOD_LABELS } from '../../../../shared/domain/voting/settings'
import type { Group, GroupRole } from '../../../../shared/domain/workshop'
import { PERSON_ROLES, PERSON_ROLE_LABELS } from '../../../../shared/domain/voting/personRoles'
import { plural } from '../../../../shared/domain/voting/words'
import { messageOf } from '../../api/client'
import { useApi, write } from '../../api/queries'
import { ErrorMessage, LiveMessage } from '../../ui/Status'
import { Field } from '../../ui/Field'
import { BallotEditor } from './BallotEditor'
import { ResultsView } from '../../parts/ResultsView'

interface RoundPanelProps {
  round: Round
  groups: readonly Group[]
}

/** One round: which groups have voted (never what), each group's ballot, close, reopen, reveal and results. */
export function RoundPanel({ round, groups }: RoundPanelProps) {
  const [voting, setVoting] = useState<Group>()
  const people = round.whoVotes === 'people'
  /** The role of the person being keyed in (each-person rounds); empty: not said. */
  const [role, setRole] = useState<GroupRole | ''>('')
  const room = useApi('room.status', { workshopId: round.workshopId })
  const phonesAt = (groupId: string) => room.data?.phonesByGroup[groupId] ?? 0
  const [said, setSaid] = useState('')
  const [error, setError] = useState<string>()
  // Asked for only once revealed; a reveal answers with them, so this is usually already here.
  const results = useApi('rounds.results', { id: round.id }, { enabled: round.revealed })
  const voted = new Set(round.votedGroupIds)
  const voteButtons = useRef(new Map<string, HTMLButtonElement>())
  const closeButton = useRef<HTMLButtonElement>(null)
  /** After a ballot, focus goes on: to this group's Vote, or (once all have voted) to Close round. */
  const [focusNext, setFocusNext] = useState<{ groupId: string | null }>()

  useEffect(() => {
    if (!focusNext) return
    setFocusNext(undefined)
    const target = focusNext.groupId ? voteButtons.current.get(focusNext.groupId) : closeButton.current
    target?.focus()
  }, [focusNext])

  /** The next group, in the room's order after this one, that has not voted yet. */
  const nextVoter = (after: Group): string | null => {
    const done = new Set([...voted, after.id])
    const at = groups.findIndex((group) => group.id === after.id)
    const order = [...groups.slice(at + 1), ...groups.slice(0, at)]
    return order.find((group) => !done.has(group.id))?.id ?? null
  }

  const act = async (name: 'rounds.close' | 'rounds.reopen' | 'rounds.reveal', done: string) => {
    try {
      await write(name, { id: round.id })
      setError(undefined)
      setSaid(done)
      setVoting(undefined)
    } catch (failure) {
      setError(messageOf(failure))
    }
  }

  return (
    <section className="round-panel" aria-labelledby={`round-${round.id}`}>
      <h3 id={`round-${round.id}`}>
        Round {round.number}: {METHOD_LABELS[round.method].toLowerCase()} ({round.status === 'open' ? 'open' : round.revealed ? 'closed, results revealed' : 'closed'})
      </h3>
      <p>{round.description[0]}</p>
      <LiveMessage onMoveOn={() => setSaid('')}>{said}</LiveMessage>
      {error && <ErrorMessage>{error}</ErrorMessage>}
      <h4>{votedLine(round, groups.length)}</h4>
      {people && <p className="field__hint">Each phone votes for its holder. For someone without a phone, key in their ballot here, a person at a time.</p>}
      <ul className="voters">
        {groups.map((group) => (
          <li key={group.id} className={voted.has(group.id) ? 'voter voter--done' : 'voter'}>
            <span className="voter__mark" aria-hidden="true">{voted.has(group.id) ? '✓' : '○'}</span>
            <span className="voter__name">
              {group.name}:{' '}
              {people
                ? `${plural(round.peopleVotedByGroup[group.id] ?? 0, 'person', 'people')} voted${room.data?.open ? `, ${plural(phonesAt(group.id), 'phone')} here` : ''}`
                : `${voted.has(group.id) ? 'voted' : 'not yet'}${room.data?.open && phonesAt(group.id) > 0 ? ` (${plural(phonesAt(group.id), 'phone')})` : ''}`}
            </span>
            {round.status === 'open' && (
              <button
                type="button"
                className="button"
                ref={(element) => {
                  if (element) voteButtons.current.set(group.id, element)
                  else voteButtons.current.delete(group.id)
                }}
                onClick={() => {
                  setSaid('')
                  setVoting(group)
                }}
                aria-label={people ? `Key in a ballot for one person at ${group.name} without a phone` : `${voted.has(group.id) ? 'Correct the ballot of' : 'Vote for'} ${group.name}`}
              >
                {people ? 'Key in a person' : voted.has(group.id) ? 'Correct' : 'Vote'}
              </button>
            )}
          </li>
        ))}
      </ul>
      {voting && round.status === 'open' && people && (
        <Field label={`Role of the person at ${voting.name} (optional)`} hint="For the carers-and-professionals comparison; leave it if they would rather not say">
          {(props) => (
            <select {...props} value={role} onChange={(event) => setRole(event.target.value as GroupRole | '')}>
              <option value="">Not said</option>
              {PERSON_ROLES.map((value) => (
                <option key={value} value={value}>
                  {PERSON_ROLE_LABELS[value]}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      {voting && round.status === 'open' && (
        <BallotEditor
          key={`${round.id}-${voting.id}`}
          round={round}
          group={voting}
          {...(people ? { person: { role: role === '' ? null : role } } : {})}
          onCancel={() => {
            setVoting(undefined)
            setFocusNext({ groupId: voting.id })
          }}
          onRecorded={(message) => {
            if (people) {
              setSaid(message)
              setVoting(undefined)
              setRole('')
              setFocusNext({ groupId: voting.id })
              return
            }
            const next = nextVoter(voting)
            setSaid(next ? message : `${message} Every group has voted; close the round when the room is ready.`)
            setVoting(undefined)
            setFocusNext({ groupId: next })
          }}
        />
      )}
      <p className="round-panel__actions">
        {round.status === 'open' ? (
          <button type="button" className="button" ref={closeButton} onClick={() => void act('rounds.close', `Round ${round.number} is closed.`)}>Close round</button>
        ) : (
          <button type="button" className="button" onClick={() => void act('rounds.reopen', `Round ${round.number} is open again; its results are hidden.`)}>Reopen round</button>
        )}{' '}
        {!round.revealed && (
          <button type="button" className="button button--primary" onClick={() => void act('rounds.reveal', `Round ${round.number}’s results are revealed.`)}>
            Reveal results
          </button>
        )}
      </p>
      {round.revealed && results.error && <ErrorMessage>{results.error.message}</ErrorMessage>}
      {round.revealed && results.data && <ResultsView round={results.data.round} results={results.data.results} density="facilitator" />}
    </section>
  )
}

/** "5 of 6 groups have voted", or in an each-person round "23 of 31 people have voted" (never who voted what). */
export function votedLine(round: Round, groupCount: number): string {
  if (round.whoVotes === 'tables') return `${round.votedGroupIds.length} of ${groupCount} groups have voted`
  if (round.peopleExpected === 0) return 'No one has voted yet, and no phones have joined'
  return `${round.peopleVoted} of ${plural(round.peopleExpected, 'person', 'people')} ${round.peopleVoted === 1 && round.peopleExpected === 1 ? 'has' : 'have'} voted`
}
