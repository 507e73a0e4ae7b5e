import { POINTS_PER_GROUP, effectiveTopK, METHOD_LABELS, type Ballot, type GapRef, type RoundSettings } from './settings'
import { VOTER_WORDS, type WhoVotes } from './voters'
import { plural, quoted } from './words'

/** A reason a ballot does not fit its round, with the field path (within the ballot) to show it beside. */
export interface BallotProblem {
  path: string
  message: string
}

/**
 * Checks a well-formed ballot against its round: the method, the gaps in the round, the
 * number of dots and the cap, the 100 points, the ranking's length and duplicates.
 * Returns every problem found, in plain words a group can act on; empty means the ballot is good.
 */
export function ballotProblems(settings: RoundSettings, gaps: readonly GapRef[], ballot: Ballot, whoVotes: WhoVotes = 'tables'): BallotProblem[] {
  const each = `each ${VOTER_WORDS[whoVotes].one}`
  if (ballot.method !== settings.method) {
    return [{ path: 'method', message: `This round uses ${METHOD_LABELS[settings.method].toLowerCase()}, so the ballot must too.` }]
  }
  const titles = new Map(gaps.map((gap) => [gap.id, gap.title]))
  const titleOf = (id: string) => quoted(titles.get(id) ?? 'that gap')

  if (ballot.method === 'ranked' && settings.method === 'ranked') {
    const problems: BallotProblem[] = []
    const k = effectiveTopK(settings, gaps.length)
    if (ballot.ranking.length === 0) problems.push({ path: 'ranking', message: 'Put at least one gap in the ranking.' })
    if (ballot.ranking.length > k) {
      problems.push({ path: 'ranking', message: `This ranking lists ${ballot.ranking.length} gaps, but ${each} ranks ${VOTER_WORDS[whoVotes].their} top ${k}.` })
    }
    const seen = new Set<string>()
    ballot.ranking.forEach((id, index) => {
      if (!titles.has(id)) problems.push({ path: `ranking.${index}`, message: 'The ranking includes a gap that is not in this round.' })
      else if (seen.has(id)) problems.push({ path: `ranking.${index}`, message: `${titleOf(id)} is listed more than once; each gap can be ranked once.` })
      seen.add(id)
    })
    return problems
  }

  const field = ballot.method === 'dots' ? 'dots' : 'points'
  const allocation = ballot.method === 'dots' ? ballot.dots : ballot.method === 'points' ? ballot.points : {}
  const problems: BallotProblem[] = []
  let total = 0
  for (const [id, count] of Object.entries(allocation)) {
    if (!titles.has(id)) problems.push({ path: `${field}.${id}`, message: `Some ${field} are on a gap that is not in this round.` })
    total += count
  }

  if (settings.method === 'dots') {
    if (total === 0) problems.push({ path: 'dots', message: 'Place at least one dot.' })
    if (total > settings.dotsPerGroup) {
      problems.push({ path: 'dots', message: `This ballot places ${plural(total, 'dot')}, but ${each} has ${plural(settings.dotsPerGroup, 'dot')}.` })
    }
    const cap = settings.capPerGap
    if (cap !== null) {
      for (const [id, count] of Object.entries(allocation)) {
        if (count > cap && titles.has(id)) {
          problems.push({ path: `dots.${id}`, message: `${titleOf(id)} has ${plural(count, 'dot')}, but at most ${plural(cap, 'dot')} can go on one gap.` })
        }
      }
    }
  } else if (settings.method === 'points' && total !== POINTS_PER_GROUP) {
    const difference = POINTS_PER_GROUP - total
    problems.push({
      path: 'points',
      message: `The points add up to ${total}; they must add up to exactly ${POINTS_PER_GROUP} (${difference > 0 ? `${difference} still to place` : `${-difference} too many`}).`,
    })
  }
  return problems
}
