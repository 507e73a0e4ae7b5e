import type { RoundResults } from '../../shared/domain/voting/results'
import type { PhoneRound } from './types'
import { plural } from './words'

const UNITS = { dots: 'dot', points: 'point', borda: 'Borda point', schulze: 'head-to-head win' } as const

/** The revealed results, as the shared screen shows them: the order with ties named, and how far people agree. */
export function Results({ round, results }: { round: PhoneRound; results: RoundResults }) {
  const titleOf = (id: string) => round.gaps.find((gap) => gap.id === id)?.title ?? 'A gap'
  const [main] = results.orderings
  if (!main) return null
  const tied = new Set(main.tiers.filter((tier) => tier.length > 1).flat())
  return (
    <section className="panel" aria-labelledby="results-heading">
      <h2 id="results-heading">Results of round {round.number}</h2>
      {(main.tiers[0]?.length ?? 0) < 2 && <p className="winner">{main.winner}</p>}
      {main.ties.map((sentence) => (
        <p key={sentence} className="tie">
          <span aria-hidden="true">= </span>
          {sentence}
        </p>
      ))}
      <ol className="standings" aria-label={`${main.label}, best first`}>
        {main.standings.map((standing) => (
          <li key={standing.gapId}>
            <span className="standings__place">
              {standing.place}
              {tied.has(standing.gapId) ? '= (tied)' : ''}
            </span>
            <span className="standings__title">{titleOf(standing.gapId)}</span>
            <span className="standings__score">
              {plural(standing.score, UNITS[main.scoring])}
            </span>
          </li>
        ))}
      </ol>
      <p className="quiet">{results.consensus.reading}</p>
    </section>
  )
}
