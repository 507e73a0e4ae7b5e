import type { Ordering, RoundResults } from '../domain/voting/results'
import { describeMethod } from '../domain/voting/describe'
import type { Round } from '../domain/voting/rounds'
import { METHOD_LABELS } from '../domain/voting/settings'
import { voterCount } from '../domain/voting/voters'
import { ordinal, plural } from '../domain/voting/words'
import type { ReportRound } from './model'

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

const SCORE_UNITS = { dots: 'dot', points: 'point', borda: 'Borda point', schulze: 'head-to-head win' } as const

/** "Round 2: ranked ballot, counted by the Schulze method": the method the room used, then how it was counted. */
export function roundTitle(round: Pick<Round, 'number' | 'method'>, mainLabel: string | null): string {
  const method = METHOD_LABELS[round.method].toLowerCase()
  const counted = round.method === 'ranked' && mainLabel ? `, counted by the ${mainLabel}` : ''
  return `Round ${round.number}: ${method}${counted}`
}

function ballotText(results: RoundResults, values: Record<string, number>, titleOf: (gapId: string) => string): string {
  const entries = Object.entries(values)
  if (entries.length === 0) return 'No votes placed'
  if (results.method === 'ranked') {
    return entries
      .sort(([, a], [, b]) => a - b)
      .map(([gapId, place]) => `${place}. ${titleOf(gapId)}`)
      .join('; ')
  }
  const unit = results.method === 'dots' ? 'dot' : 'point'
  return entries
    .filter(([, value]) => value > 0)
    .sort(([, a], [, b]) => b - a)
    .map(([gapId, value]) => `${titleOf(gapId)}: ${plural(value, unit)}`)
    .join('; ')
}

/** One voting round as the report shows it: method, each group's ballot, the result with ties, agreement. */
export function roundSection(round: Round, results: RoundResults | null, nameOf: (groupId: string) => string): ReportRound {
  const titles = new Map(round.gaps.map((gap) => [gap.id, gap.title]))
  const titleOf = (gapId: string) => titles.get(gapId) ?? 'A gap since removed'
  if (!results) {
    return {
      title: roundTitle(round, null),
      // The round's own description says what it allows; the report says what the groups did.
      method: describeMethod(round.settings, 'counted', round.whoVotes).join(' '),
      ballots: round.votedGroupIds.map((groupId) => ({
        group: nameOf(groupId),
        ballot: round.whoVotes === 'people' ? `${voterCount(round.peopleVotedByGroup[groupId] ?? 0, 'people')} voted; the results were not revealed.` : 'Voted; the results were not revealed.',
      })),
      result: [],
      ties: [],
      alsoCounted: [],
      consensus: 'The results of this round were not revealed, so they are not reported.',
    }
  }
  const [main, ...others] = results.orderings as [Ordering, ...Ordering[]]
  const standings = (ordering: Ordering) =>
    ordering.standings.map((standing) => ({ place: capitalise(ordinal(standing.place)), gap: titleOf(standing.gapId), score: plural(standing.score, SCORE_UNITS[ordering.scoring]) }))
  return {
    title: roundTitle(round, main.label),
    method: [...results.description, ...(results.methodsCompared ? [results.methodsCompared] : [])].join(' '),
    // In an each-person round a table's people are reported together; one person's ballot never is.
    ballots: results.groups.map((group) => ({
      group: results.whoVotes === 'people' ? `${nameOf(group.groupId)} (${voterCount(group.voterCount, 'people')} together)` : nameOf(group.groupId),
      ballot: ballotText(results, group.values, titleOf),
    })),
    result: standings(main),
    ties: main.ties,
    alsoCounted: others.map((ordering) => ({ label: ordering.label, result: standings(ordering), ties: ordering.ties })),
    consensus: [results.consensus.reading, results.roleSplit.comparison].filter((text) => text.trim() !== '').join(' '),
  }
}
