import type { Ballot } from './settings'

/** Sums per-gap allocations (dots or points) over ballots; every gap in the round appears, unvoted ones with 0. */
export function tallyAllocations(gapIds: readonly string[], allocations: ReadonlyArray<Readonly<Record<string, number>>>): Record<string, number> {
  const totals: Record<string, number> = Object.fromEntries(gapIds.map((id) => [id, 0]))
  for (const allocation of allocations) {
    for (const id of gapIds) totals[id]! += allocation[id] ?? 0
  }
  return totals
}

/**
 * Borda count over top-K rankings: a first choice gets K points, the second K − 1, down to
 * 1 for the Kth; unranked gaps get nothing. So a full ballot gives away K(K+1)/2 points.
 */
export function bordaScores(gapIds: readonly string[], rankings: ReadonlyArray<readonly string[]>, topK: number): Record<string, number> {
  const scores: Record<string, number> = Object.fromEntries(gapIds.map((id) => [id, 0]))
  for (const ranking of rankings) {
    ranking.forEach((id, index) => {
      if (id in scores) scores[id]! += Math.max(topK - index, 0)
    })
  }
  return scores
}

/** The per-gap numbers of one ballot: dots, points, or the gap's place in the ranking (1 = first). */
export function ballotValues(ballot: Ballot): Record<string, number> {
  if (ballot.method === 'dots') return { ...ballot.dots }
  if (ballot.method === 'points') return { ...ballot.points }
  return Object.fromEntries(ballot.ranking.map((id, index) => [id, index + 1]))
}
