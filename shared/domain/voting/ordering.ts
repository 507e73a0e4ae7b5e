import { listInWords, ordinal, quoted } from './words'

/** Gap ids grouped by equal rank, best first. Ties are kept as a group, never broken silently. */
export type Tiers = string[][]

/**
 * Orders gaps by score, highest first. Equal scores share a tier; within a tier the
 * round's own gap order is kept, so the result never depends on the order ballots arrived.
 */
export function tiersFromScores(gapIds: readonly string[], score: (gapId: string) => number): Tiers {
  const sorted = gapIds.map((id, index) => ({ id, index, value: score(id) })).sort((a, b) => b.value - a.value || a.index - b.index)
  const tiers: Tiers = []
  let previous: number | undefined
  for (const entry of sorted) {
    if (previous === entry.value) tiers.at(-1)!.push(entry.id)
    else tiers.push([entry.id])
    previous = entry.value
  }
  return tiers
}

/** Competition places ("1, 1, 3"): a gap's place is one more than the number of gaps strictly ahead of it. */
export function placesFromTiers(tiers: Tiers): Map<string, number> {
  const places = new Map<string, number>()
  let ahead = 0
  for (const tier of tiers) {
    for (const id of tier) places.set(id, ahead + 1)
    ahead += tier.length
  }
  return places
}

/** Average ranks (1 = best) with tied gaps sharing the mean of the ranks they span, as Kendall's W needs. */
export function midranksFromTiers(gapIds: readonly string[], tiers: Tiers): number[] {
  const rank = new Map<string, number>()
  let ahead = 0
  for (const tier of tiers) {
    const mid = ahead + (tier.length + 1) / 2
    for (const id of tier) rank.set(id, mid)
    ahead += tier.length
  }
  return gapIds.map((id) => rank.get(id) ?? (gapIds.length + 1) / 2)
}

/** One sentence per tie, e.g. "“Respite” and “Training” tie for first place." */
export function describeTies(tiers: Tiers, titleOf: (gapId: string) => string): string[] {
  const sentences: string[] = []
  const total = tiers.reduce((sum, tier) => sum + tier.length, 0)
  let ahead = 0
  for (const tier of tiers) {
    if (tier.length > 1) {
      const names = listInWords(tier.map((id) => quoted(titleOf(id))))
      sentences.push(
        tier.length === total && total > 2
          ? `All ${total} gaps tie for first place: ${names}.`
          : `${names} tie for ${ordinal(ahead + 1)} place.`,
      )
    }
    ahead += tier.length
  }
  return sentences
}

/** The headline: who comes first, naming a shared first place rather than picking one. */
export function describeWinner(tiers: Tiers, titleOf: (gapId: string) => string): string {
  const first = tiers[0]
  if (!first || first.length === 0) return 'There are no gaps in this round.'
  if (first.length === 1) return `${quoted(titleOf(first[0]!))} comes first.`
  return `${listInWords(first.map((id) => quoted(titleOf(id))))} share first place.`
}
