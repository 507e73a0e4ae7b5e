import type { Tiers } from './ordering'

export interface SchulzeOutcome {
  /** pairwise[i][j]: how many ballots put gap i above gap j (indices follow the round's gap order). */
  pairwise: number[][]
  /** strongest[i][j]: the strength of the strongest path from i to j (winning votes). */
  strongest: number[][]
  tiers: Tiers
  /** How many other gaps each gap beats on strongest paths. */
  wins: Record<string, number>
}

/**
 * The Schulze method (beatpath, winning votes). A ranked gap is preferred to an unranked
 * one; two unranked gaps are not compared. Gap i beats j when the strongest path from i to j
 * is stronger than from j to i; this relation is transitive (Schulze 2011), so taking the
 * unbeaten gaps tier by tier gives a full order in which gaps that neither beats tie.
 */
export function schulze(gapIds: readonly string[], rankings: ReadonlyArray<readonly string[]>): SchulzeOutcome {
  const n = gapIds.length
  const index = new Map(gapIds.map((id, i) => [id, i]))
  const pairwise = Array.from({ length: n }, () => new Array<number>(n).fill(0))

  for (const ranking of rankings) {
    const position = new Array<number>(n).fill(Number.POSITIVE_INFINITY)
    ranking.forEach((id, place) => {
      const i = index.get(id)
      if (i !== undefined && position[i] === Number.POSITIVE_INFINITY) position[i] = place
    })
    for (let i = 0; i < n; i += 1) {
      for (let j = 0; j < n; j += 1) {
        if (position[i]! < position[j]!) pairwise[i]![j]! += 1
      }
    }
  }

  const strongest = pairwise.map((row, i) => row.map((votes, j) => (i !== j && votes > pairwise[j]![i]! ? votes : 0)))
  for (let k = 0; k < n; k += 1) {
    for (let i = 0; i < n; i += 1) {
      if (i === k) continue
      for (let j = 0; j < n; j += 1) {
        if (j === i || j === k) continue
        const through = Math.min(strongest[i]![k]!, strongest[k]![j]!)
        if (through > strongest[i]![j]!) strongest[i]![j] = through
      }
    }
  }

  const beats = (i: number, j: number) => strongest[i]![j]! > strongest[j]![i]!
  const wins: Record<string, number> = {}
  gapIds.forEach((id, i) => {
    wins[id] = gapIds.reduce((count, _other, j) => count + (beats(i, j) ? 1 : 0), 0)
  })

  const tiers: Tiers = []
  let remaining = gapIds.map((_id, i) => i)
  while (remaining.length > 0) {
    const unbeaten = remaining.filter((i) => !remaining.some((j) => beats(j, i)))
    // Transitivity guarantees someone is unbeaten; the fallback only guards against a bug looping forever.
    const tier = unbeaten.length > 0 ? unbeaten : remaining
    tiers.push(tier.map((i) => gapIds[i]!))
    remaining = remaining.filter((i) => !tier.includes(i))
  }
  return { pairwise, strongest, tiers, wins }
}
