import type { Round } from '../../../shared/domain/voting/rounds'
import type { Ordering, RoundResults } from '../../../shared/domain/voting/results'
import { CONSENSUS_SCALE_TEXT } from '../../../shared/domain/voting/consensus'
import { METHOD_LABELS } from '../../../shared/domain/voting/settings'
import type { RoleMix } from '../../../shared/domain/voting/roles'
import { voterCount } from '../../../shared/domain/voting/voters'
import './results.css'

const ROLE_MIX_SHORT: Record<RoleMix, string> = {
  carers: 'carers',
  professionals: 'professionals',
  mixed: 'mixed table',
  not_recorded: 'roles not recorded',
}

const SCORE_LABELS: Record<Ordering['scoring'], string> = {
  dots: 'Dots',
  points: 'Points',
  borda: 'Borda points',
  schulze: 'Head-to-head wins',
}

function OrderingTable({ ordering, titleOf, caption }: { ordering: Ordering; titleOf: (id: string) => string; caption: string }) {
  const tied = new Set(ordering.tiers.filter((tier) => tier.length > 1).flat())
  return (
    <table className="results-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Place</th>
          <th scope="col">Gap</th>
          <th scope="col">{SCORE_LABELS[ordering.scoring]}</th>
        </tr>
      </thead>
      <tbody>
        {ordering.standings.map((standing) => (
          <tr key={standing.gapId}>
            {/* "1=" marks a shared place in words as well as by the equal numbers. */}
            <td>{tied.has(standing.gapId) ? `${standing.place}= (tied)` : standing.place}</td>
            <th scope="row">{titleOf(standing.gapId)}</th>
            <td>{standing.score}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

function TieNotes({ ordering }: { ordering: Ordering }) {
  if (ordering.ties.length === 0) return null
  return (
    <ul className="results-ties">
      {ordering.ties.map((sentence) => (
        <li key={sentence}>
          <span className="results-ties__mark" aria-hidden="true">=</span> {sentence}
        </li>
      ))}
    </ul>
  )
}

interface ResultsViewProps {
  round: Round
  results: RoundResults
  /** The presenter view shows the combined order and agreement; the facilitator also sees each group and the role split. */
  density: 'presenter' | 'facilitator'
}

/** A revealed round's results: the order with ties named, Kendall's W in words, and (for the facilitator) the detail. */
export function ResultsView({ round, results, density }: ResultsViewProps) {
  const titles = new Map(round.gaps.map((gap) => [gap.id, gap.title]))
  const titleOf = (id: string) => titles.get(id) ?? 'Unknown gap'
  const [main, ...others] = results.orderings
  const Heading = density === 'presenter' ? 'h1' : 'h3'
  const people = results.whoVotes === 'people'
  return (
    <section className={`results results--${density}`} aria-labelledby={`results-${round.id}`}>
      <Heading id={`results-${round.id}`}>
        Results of round {round.number}: {METHOD_LABELS[round.method].toLowerCase()}
      </Heading>
      {main && (
        <>
          {/* A shared first place is said once, by the tie sentence below. */}
          {(main.tiers[0]?.length ?? 0) < 2 && <p className="results-winner">{main.winner}</p>}
          <TieNotes ordering={main} />
          <OrderingTable ordering={main} titleOf={titleOf} caption={`${main.label}: ${voterCount(results.ballotCount, results.whoVotes)} voted`} />
        </>
      )}
      {/* A second order's ties are said under its own table: above it they would read as the first table's. */}
      {others.map((ordering) => (
        <div key={ordering.scoring} className="results-other">
          <OrderingTable ordering={ordering} titleOf={titleOf} caption={ordering.label} />
          <TieNotes ordering={ordering} />
        </div>
      ))}
      {results.methodsCompared && <p>{results.methodsCompared}</p>}
      <p className="results-consensus">
        <strong>Agreement between {people ? 'people' : 'groups'}:</strong> {results.consensus.reading}
      </p>
      <p className="results-scale">{CONSENSUS_SCALE_TEXT}</p>
      {density === 'facilitator' && (
        <>
          <h4>{people ? 'Foster carers and professionals' : 'Carers’ and professionals’ groups'}</h4>
          <p>{results.roleSplit.comparison}</p>
          {results.roleSplit.agreement?.w != null && <p>{results.roleSplit.agreement.reading}</p>}
          <p className="field__hint">{results.roleSplit.rule}</p>
          <div className="results-sides">
            {results.roleSplit.sides.map((side) =>
              side.ordering ? (
                <OrderingTable key={side.roleMix} ordering={side.ordering} titleOf={titleOf} caption={`${side.label} (${side.voterCount})`} />
              ) : (
                <p key={side.roleMix}>{side.label}: none voted.</p>
              ),
            )}
          </div>
          <h4>{people ? 'Each table’s people together' : 'Each group’s ballot'}</h4>
          <div className="table-scroll">
            <table className="results-table results-table--groups">
              <caption>
                {people
                  ? round.method === 'ranked'
                    ? 'Place each gap has in the order of the table’s people’s rankings together (one person’s ballot is never shown)'
                    : `${round.method === 'dots' ? 'Dots' : 'Points'} the table’s people gave together (one person’s ballot is never shown)`
                  : round.method === 'ranked'
                    ? 'Place each group gave each gap (blank: not ranked)'
                    : round.method === 'dots'
                      ? 'Dots each group placed'
                      : 'Points each group gave'}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Group</th>
                  {round.gaps.map((gap) => (
                    <th scope="col" key={gap.id}>{gap.title}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {results.groups.map((group) => (
                  <tr key={group.groupId}>
                    <th scope="row">
                      {group.groupName}
                      <span className="results-role"> ({people ? voterCount(group.voterCount, 'people') : ROLE_MIX_SHORT[group.roleMix]})</span>
                    </th>
                    {round.gaps.map((gap) => (
                      <td key={gap.id}>{group.values[gap.id] ?? (round.method === 'ranked' ? '' : 0)}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <details className="results-method">
            <summary>How this was worked out</summary>
            {results.description.map((paragraph) => (
              <p key={paragraph}>{paragraph}</p>
            ))}
          </details>
        </>
      )}
    </section>
  )
}
