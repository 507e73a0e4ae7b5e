import { useEffect, useRef, useState, type JSX } from 'react'
import type { PhoneState } from '../../shared/domain/room'
import type { Ballot } from '../../shared/domain/voting/settings'
import { PERSON_ROLE_LABELS } from '../../shared/domain/voting/personRoles'
import { callPhone } from './api'
import { BallotShown } from './BallotShown'
import { DotsBallot } from './DotsBallot'
import { Heading } from './Heading'
import { PointsBallot } from './PointsBallot'
import { RankingBallot } from './RankingBallot'
import { Results } from './Results'
import { SendForm } from './SendForm'
import type { BallotEditorProps, PhoneRound } from './types'

interface RoomScreenProps {
  state: PhoneState
  onState: (state: PhoneState) => void
  onChangeSeat: () => void
  onSignedOut: (notice: string) => void
}

const EDITORS = { dots: DotsBallot, ranked: RankingBallot, points: PointsBallot } as const

/** "Your vote is in", which takes focus when it appears so it is heard at once. */
function VoteIn({ children }: { children: string }) {
  const ref = useRef<HTMLHeadingElement>(null)
  useEffect(() => ref.current?.focus(), [])
  return (
    <h2 id="vote-in" ref={ref} tabIndex={-1}>
      <span aria-hidden="true">✓ </span>
      {children}
    </h2>
  )
}

/** An open round: vote, see the vote back, change it until voting closes. */
function Voting({ round, people, table, onState, onSignedOut }: { round: PhoneRound; people: boolean; table: string; onState: RoomScreenProps['onState']; onSignedOut: RoomScreenProps['onSignedOut'] }) {
  const [changing, setChanging] = useState(false)
  const send = async (ballot: Ballot): Promise<string | undefined> => {
    const answer = await callPhone('phone.cast', { roundId: round.id, ballot })
    if (answer.ok) {
      setChanging(false)
      onState(answer.value)
      return undefined
    }
    if (answer.error.code === 'signed_out') onSignedOut(answer.error.message)
    return answer.error.message
  }
  const Editor: (props: BallotEditorProps) => JSX.Element = EDITORS[round.method]
  return (
    <>
      <Heading>Round {round.number}: {people ? 'your vote' : `${table}’s vote`}</Heading>
      <p>{people ? `Your own vote, counted with ${table}. Nobody sees how you voted.` : `One vote for the whole table: agree it together, then one of you sends it. Any phone at ${table} can change it until voting closes.`}</p>
      <p className="hint">{round.description[0]}</p>
      {round.mine && !changing ? (
        <section className="panel panel--done" aria-labelledby="vote-in">
          <VoteIn>{people ? 'Your vote is in' : 'Your table’s vote is in'}</VoteIn>
          <BallotShown round={round} ballot={round.mine} />
          <p className="hint">You can change it until the facilitator closes the voting.</p>
          <button type="button" className="button button--secondary" onClick={() => setChanging(true)}>
            Change {people ? 'my' : 'our'} vote
          </button>
        </section>
      ) : (
        <Editor round={round} initial={round.mine} sendLabel={people ? 'Send my vote' : 'Send our table’s vote'} onSend={send} />
      )}
    </>
  )
}

/** Everything a seated phone shows: the open round, or the results and the question between rounds. */
export function RoomScreen({ state, onState, onChangeSeat, onSignedOut }: RoomScreenProps) {
  const { round, seat } = state
  const people = round?.whoVotes === 'people'
  const table = seat?.groupName ?? 'your table'
  const open = round?.status === 'open'
  return (
    <>
      <header className="seat">
        <p className="eyebrow">{state.workshopTitle}</p>
        <p className="seat__where">
          {table}
          {seat?.role ? ` · ${PERSON_ROLE_LABELS[seat.role]}` : ''}{' '}
          <button type="button" className="button button--link" onClick={onChangeSeat}>
            Change<span className="visually-hidden"> table or role</span>
          </button>
        </p>
      </header>
      {round && open ? (
        <Voting key={round.id} round={round} people={people} table={table} onState={onState} onSignedOut={onSignedOut} />
      ) : (
        <>
          <Heading>{round?.revealed ? 'The results are in' : round ? 'Voting has closed' : 'Between rounds'}</Heading>
          {round && !round.revealed && <p>The results will show here when the facilitator reveals them on the shared screen.</p>}
          {round && round.mine && !round.revealed && (
            <section className="panel" aria-labelledby="cast-heading">
              <h2 id="cast-heading">{people ? 'Your vote' : 'Your table’s vote'}</h2>
              <BallotShown round={round} ballot={round.mine} />
            </section>
          )}
          {round && state.results && <Results round={round} results={state.results} />}
          {state.question ? (
            <section className="panel" aria-labelledby="question-heading">
              <h2 id="question-heading">The question on the shared screen</h2>
              <p className="question">{state.question.text}</p>
            </section>
          ) : (
            !round && <p>The facilitator will start the next part soon. This page follows by itself.</p>
          )}
          <SendForm onState={onState} onSignedOut={onSignedOut} />
        </>
      )}
    </>
  )
}
