import { useLayoutEffect, useRef } from 'react'
import type { Round } from '../../../shared/domain/voting/rounds'
import type { RoundResults } from '../../../shared/domain/voting/results'
import { CONSENSUS_THRESHOLDS, type Consensus } from '../../../shared/domain/voting/consensus'
import { METHOD_LABELS } from '../../../shared/domain/voting/settings'
import './results-chart.css'

export interface ResultRow {
  gapId: string
  title: string
  /** "1", or "=2" for a shared place. */
  place: string
  tie: boolean
  /** What the bar shows: dots, points, or (ranked) the gap's Borda points. */
  value: number
}

/**
 * A round's result as rows for the chart: dots and points by their totals; a ranked ballot in the
 * Schulze order, each gap with its Borda points. A shared place is "=" and the word "tie".
 */
export function resultRows(round: Round, results: RoundResults): ResultRow[] {
  const [main] = results.orderings
  if (!main) return []
  const titles = new Map(round.gaps.map((gap) => [gap.id, gap.title]))
  const borda = results.orderings.find((ordering) => ordering.scoring === 'borda')
  const bars = new Map((round.method === 'ranked' && borda ? borda : main).standings.map((standing) => [standing.gapId, standing.score]))
  const tied = new Set(main.tiers.filter((tier) => tier.length > 1).flat())
  return main.standings.map((standing) => ({
    gapId: standing.gapId,
    title: titles.get(standing.gapId) ?? 'Unknown gap',
    place: tied.has(standing.gapId) ? `=${standing.place}` : String(standing.place),
    tie: tied.has(standing.gapId),
    value: bars.get(standing.gapId) ?? 0,
  }))
}

const UNITS: Record<Round['method'], [string, string]> = { dots: ['dot', 'dots'], points: ['point', 'points'], ranked: ['Borda point', 'Borda points'] }
export const unitOf = (method: Round['method'], value: number) => `${value} ${UNITS[method][value === 1 ? 0 : 1]}`

/**
 * The top three in one line: "1 Respite breaks · =2 Peer mentoring (tie) · =2 Out-of-hours support (tie)".
 * A tie that runs past the third says how many more share that place, so none of them seems to lose.
 */
export function headline(rows: readonly ResultRow[]): string {
  const top = rows.slice(0, 3).map((row) => `${row.place} ${row.title}${row.tie ? ' (tie)' : ''}`)
  const third = rows[2]
  const more = third?.tie ? rows.slice(3).filter((row) => row.place === third.place).length : 0
  return [...top, ...(more > 0 ? [`and ${more} more at ${third!.place}`] : [])].join(' · ')
}

function caption(round: Round, results: RoundResults): string {
  const groups = `${results.ballotCount} ${results.ballotCount === 1 ? 'group' : 'groups'}`
  if (round.method === 'ranked') return `In the Schulze order (head-to-head); each bar is the gap’s Borda points. Ranked by ${groups}.`
  return round.method === 'dots' ? `Dots placed by ${groups}.` : `Points shared out by ${groups}, 100 each.`
}

/** Kendall's W in a short phrase: "Strong agreement between the 4 groups". */
export function agreementPhrase(consensus: Consensus): string {
  if (consensus.w === null || consensus.level === null) return consensus.reading
  const words = CONSENSUS_THRESHOLDS.find((threshold) => threshold.level === consensus.level)!.words
  return `${words[0]!.toUpperCase()}${words.slice(1)} between the ${consensus.groupCount} groups`
}

/**
 * A line that stays one line: its type shrinks (to 60% at the least) until it fits the width, and
 * past that it wraps rather than run off the screen. Set on the element itself, so nothing re-renders.
 */
function OneLine({ className, children }: { className: string; children: string }) {
  const line = useRef<HTMLParagraphElement>(null)
  useLayoutEffect(() => {
    const element = line.current
    if (!element) return
    element.style.fontSize = ''
    element.style.whiteSpace = ''
    const base = parseFloat(getComputedStyle(element).fontSize)
    const fit = element.clientWidth / element.scrollWidth
    if (fit >= 1) return
    element.style.fontSize = `${base * Math.max(0.6, fit * 0.98)}px`
    if (fit < 0.6) element.style.whiteSpace = 'normal'
  }, [children])
  return (
    <p ref={line} className={className}>
      {children}
    </p>
  )
}

/** A simple gauge from 0 (none) to 1 (complete), marked where the readings change, with a pointer at W. */
function AgreementGauge({ w }: { w: number }) {
  const x = (value: number) => 20 + value * 560
  return (
    <svg className="agreement-gauge" viewBox="0 0 600 84" aria-hidden="true" focusable="false">
      <rect x="20" y="22" width="560" height="16" rx="8" className="agreement-gauge__track" />
      <rect x="20" y="22" width={Math.max(8, w * 560)} height="16" rx="8" className="agreement-gauge__fill" />
      {CONSENSUS_THRESHOLDS.filter((threshold) => threshold.from > 0).map((threshold) => (
        <line key={threshold.level} x1={x(threshold.from)} x2={x(threshold.from)} y1="16" y2="44" className="agreement-gauge__tick" />
      ))}
      <path d={`M ${x(w) - 12} 2 L ${x(w) + 12} 2 L ${x(w)} 20 Z`} className="agreement-gauge__pointer" />
      <text x="20" y="80" className="agreement-gauge__end">0</text>
      <text x="580" y="80" textAnchor="end" className="agreement-gauge__end">1</text>
    </svg>
  )
}

interface ResultsChartProps {
  round: Round
  results: RoundResults
  /** The rows on this page (all of them when not paged). */
  rows: readonly ResultRow[]
  /** The biggest value in the whole round, so bars on every page share one scale. */
  max: number
  headingLevel?: 'h1' | 'h3'
}

/**
 * The results as a room reads them from the back: a heading, the top three in one line, then one
 * horizontal bar per gap with its number written at the end, and how far the groups agree as a
 * phrase with a gauge. Every number is text (the bars are drawn beside it), and a tie is "=" and "tie".
 */
export function ResultsChart({ round, results, rows, max, headingLevel = 'h1' }: ResultsChartProps) {
  const Heading = headingLevel
  const all = resultRows(round, results)
  const scale = max > 0 ? max : 1
  return (
    <section className="results-chart" aria-labelledby={`results-chart-${round.id}`}>
      <Heading id={`results-chart-${round.id}`} className="results-chart__heading">
        Round {round.number} results: {METHOD_LABELS[round.method].toLowerCase()}
      </Heading>
      <OneLine className="results-chart__headline">{headline(all)}</OneLine>
      <p className="results-chart__caption">{caption(round, results)}</p>
      <ol className="results-chart__rows" aria-label={`Results of round ${round.number}, first place first`}>
        {rows.map((row) => (
          <li key={row.gapId} className={row.tie ? 'results-chart__row results-chart__row--tie' : 'results-chart__row'}>
            <span className="results-chart__place">{row.place}</span>
            <span className="results-chart__title">{row.title}</span>
            <span className="results-chart__bar-cell">
              <span className="results-chart__bar" style={{ width: `${Math.max(0.5, (row.value / scale) * 78)}%` }} aria-hidden="true" />
              <span className="results-chart__value">
                {unitOf(round.method, row.value)}
                {row.tie && <span className="results-chart__tie"> · tie</span>}
              </span>
            </span>
          </li>
        ))}
      </ol>
      <div className="results-chart__agreement">
        <p>
          <strong>{agreementPhrase(results.consensus)}</strong>
          {results.consensus.w !== null && <span className="results-chart__w"> (Kendall’s W {results.consensus.w.toFixed(2)})</span>}
        </p>
        {results.consensus.w !== null && <AgreementGauge w={results.consensus.w} />}
      </div>
    </section>
  )
}
