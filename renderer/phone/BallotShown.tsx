import type { Ballot } from '../../shared/domain/voting/settings'
import type { PhoneRound } from './types'
import { plural } from './words'

/** A ballot as it was cast, read back in words. */
export function BallotShown({ round, ballot }: { round: PhoneRound; ballot: Ballot }) {
  const titleOf = (id: string) => round.gaps.find((gap) => gap.id === id)?.title ?? 'A gap'
  if (ballot.method === 'ranked') {
    return (
      <ol className="shown">
        {ballot.ranking.map((id) => (
          <li key={id}>{titleOf(id)}</li>
        ))}
      </ol>
    )
  }
  const values = ballot.method === 'dots' ? ballot.dots : ballot.points
  const unit = ballot.method === 'dots' ? 'dot' : 'point'
  const given = round.gaps.filter((gap) => (values[gap.id] ?? 0) > 0).sort((a, b) => (values[b.id] ?? 0) - (values[a.id] ?? 0))
  return (
    <ul className="shown">
      {given.map((gap) => (
        <li key={gap.id}>
          {gap.title}: <strong>{plural(values[gap.id] ?? 0, unit)}</strong>
        </li>
      ))}
    </ul>
  )
}
