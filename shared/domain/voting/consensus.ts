import { z } from 'zod'
import { midranksFromTiers, tiersFromScores } from './ordering'
import { VOTER_WORDS, type VoterWords } from './voters'
import { plural } from './words'

/**
 * Readings of Kendall's W, after Schmidt (1997), "Managing Delphi surveys using nonparametric
 * statistical techniques", Decision Sciences 28(3): below 0.1 very weak, 0.1 weak, 0.3 moderate,
 * 0.5 strong, 0.7 and above very strong. The same thresholds are shown in the app's own words.
 */
export const CONSENSUS_LEVELS = ['very_weak', 'weak', 'moderate', 'strong', 'very_strong'] as const
export const consensusLevelSchema = z.enum(CONSENSUS_LEVELS)
export type ConsensusLevel = z.infer<typeof consensusLevelSchema>

export const CONSENSUS_THRESHOLDS: ReadonlyArray<{ level: ConsensusLevel; from: number; words: string }> = [
  { level: 'very_strong', from: 0.7, words: 'very strong agreement' },
  { level: 'strong', from: 0.5, words: 'strong agreement' },
  { level: 'moderate', from: 0.3, words: 'moderate agreement' },
  { level: 'weak', from: 0.1, words: 'weak agreement' },
  { level: 'very_weak', from: 0, words: 'very little agreement' },
]

/** The thresholds as one sentence, for the results screen and the report. */
export const CONSENSUS_SCALE_TEXT =
  'Kendall’s W runs from 0 (no agreement) to 1 (every group put the gaps in the same order). We read 0.7 or more as very strong agreement, 0.5 to 0.7 as strong, 0.3 to 0.5 as moderate, 0.1 to 0.3 as weak and below 0.1 as very little agreement.'

/** Ranks 1..n (1 = best) from per-gap scores where higher is better; ties share the mean rank. */
export function midranksFromScores(gapIds: readonly string[], score: (gapId: string) => number): number[] {
  return midranksFromTiers(gapIds, tiersFromScores(gapIds, score))
}

/**
 * Ranks from a top-K ranking: listed gaps 1..L in order, every unlisted gap tied at the
 * mean of the ranks L+1..n (the group expressed no order among them).
 */
export function midranksFromRanking(gapIds: readonly string[], ranking: readonly string[]): number[] {
  const place = new Map<string, number>()
  ranking.forEach((id, index) => {
    if (!place.has(id)) place.set(id, index)
  })
  return midranksFromScores(gapIds, (id) => -(place.get(id) ?? gapIds.length))
}

/**
 * Kendall's coefficient of concordance with the correction for ties:
 * W = 12·S / (m²(n³ − n) − m·ΣT), where S is the sum of squared deviations of the gaps'
 * rank sums from their mean and T = Σ(t³ − t) over each group's tied sets.
 * `ranks[group][gap]`. Null when it cannot be measured: fewer than two groups or gaps,
 * or every group tied every gap.
 */
export function kendallsW(ranks: ReadonlyArray<readonly number[]>): number | null {
  const m = ranks.length
  const n = ranks[0]?.length ?? 0
  if (m < 2 || n < 2) return null
  const rankSums = new Array<number>(n).fill(0)
  let tieCorrection = 0
  for (const row of ranks) {
    row.forEach((rank, i) => {
      rankSums[i]! += rank
    })
    const sizes = new Map<number, number>()
    for (const rank of row) sizes.set(rank, (sizes.get(rank) ?? 0) + 1)
    for (const t of sizes.values()) tieCorrection += t ** 3 - t
  }
  const mean = (m * (n + 1)) / 2
  const s = rankSums.reduce((sum, total) => sum + (total - mean) ** 2, 0)
  const denominator = m * m * (n ** 3 - n) - m * tieCorrection
  if (denominator <= 0) return null
  return Math.min(1, Math.max(0, (12 * s) / denominator))
}

export const consensusSchema = z.object({
  w: z.number().min(0).max(1).nullable(),
  level: consensusLevelSchema.nullable(),
  /** A sentence for the screen, e.g. "Kendall’s W is 0.62: strong agreement between the 4 groups." */
  reading: z.string(),
  /** How many ballots (groups' or people's) were compared. */
  groupCount: z.number().int().min(0),
})
export type Consensus = z.infer<typeof consensusSchema>

export function consensusLevel(w: number): (typeof CONSENSUS_THRESHOLDS)[number] {
  return CONSENSUS_THRESHOLDS.find((threshold) => w >= threshold.from) ?? CONSENSUS_THRESHOLDS.at(-1)!
}

/** Kendall's W with its plain-English reading. */
export function readConsensus(ranks: ReadonlyArray<readonly number[]>, between?: string, words: VoterWords = VOTER_WORDS.tables): Consensus {
  const w = kendallsW(ranks)
  if (w === null) {
    const reading =
      ranks.length < 2
        ? `Agreement between ${words.many} can be measured once at least two ${words.many} have voted.`
        : (ranks[0]?.length ?? 0) < 2
          ? 'Agreement needs at least two gaps to compare.'
          : `Agreement cannot be measured: every ${words.one} scored every gap the same.`
    return { w: null, level: null, reading, groupCount: ranks.length }
  }
  const level = consensusLevel(w)
  return {
    w,
    level: level.level,
    reading: `Kendall’s W is ${w.toFixed(2)}: ${level.words} between ${between ?? `the ${plural(ranks.length, words.one, words.many)}`}.`,
    groupCount: ranks.length,
  }
}
