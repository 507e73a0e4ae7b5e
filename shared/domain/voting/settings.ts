import { z } from 'zod'
import { idSchema } from '../text'

/** The three ways a room can vote on gaps, as the Prioritise step offers them. */
export const VOTING_METHODS = ['dots', 'ranked', 'points'] as const
export const votingMethodSchema = z.enum(VOTING_METHODS, {
  error: 'Method must be dot votes, a ranked ballot or 100 points.',
})
export type VotingMethod = z.infer<typeof votingMethodSchema>

export const METHOD_LABELS: Record<VotingMethod, string> = {
  dots: 'Dot votes',
  ranked: 'Ranked ballot',
  points: '100 points',
}

export { POINTS_PER_GROUP } from './limits'
/** A round compares at most this many gaps: more would not fit on a shared screen, and keeps Schulze's n³ small. */
export const MAX_GAPS_PER_ROUND = 60
export const MAX_DOTS_PER_GROUP = 20
export const MAX_RANKED = 20

function wholeNumber(label: string, min: number, max: number) {
  return z
    .number({ error: `${label} must be a number.` })
    .int({ error: `${label} must be a whole number.` })
    .min(min, { error: `${label} must be ${min} or more.` })
    .max(max, { error: `${label} must be ${max} or fewer.` })
}

export const dotSettingsSchema = z
  .object({
    method: z.literal('dots'),
    dotsPerGroup: wholeNumber('Dots per group', 1, MAX_DOTS_PER_GROUP),
    /** The most dots one group may put on one gap; null means no limit. */
    capPerGap: wholeNumber('Most dots on one gap', 1, MAX_DOTS_PER_GROUP).nullable(),
  })
  .refine((settings) => settings.capPerGap === null || settings.capPerGap <= settings.dotsPerGroup, {
    error: 'The most dots on one gap cannot be more than the dots each group has.',
    path: ['capPerGap'],
  })

export const rankedSettingsSchema = z.object({
  method: z.literal('ranked'),
  /** How many gaps each group puts in order (its top K). */
  topK: wholeNumber('Gaps each group ranks', 1, MAX_RANKED),
})

export const pointsSettingsSchema = z.object({
  method: z.literal('points'),
})

export const roundSettingsSchema = z.discriminatedUnion('method', [dotSettingsSchema, rankedSettingsSchema, pointsSettingsSchema], {
  error: 'Method must be dot votes, a ranked ballot or 100 points.',
})
export type RoundSettings = z.infer<typeof roundSettingsSchema>
export type DotSettings = z.infer<typeof dotSettingsSchema>
export type RankedSettings = z.infer<typeof rankedSettingsSchema>

function allocation(label: string) {
  return z.record(
    idSchema,
    z
      .number({ error: `${label} must be numbers.` })
      .int({ error: `${label} must be whole numbers.` })
      .min(0, { error: `${label} cannot be negative.` })
      .max(1000, { error: `${label} must be 1,000 or fewer on one gap.` }),
    { error: `${label} must be given per gap.` },
  )
}

/** Dots placed per gap id; gaps without an entry have none. */
export const dotBallotSchema = z.object({ method: z.literal('dots'), dots: allocation('Dots') })
/** Gap ids best first; gaps not listed are unranked. */
export const rankedBallotSchema = z.object({
  method: z.literal('ranked'),
  ranking: z.array(idSchema, { error: 'A ranking must be a list of gaps.' }).max(MAX_GAPS_PER_ROUND, {
    error: `A ranking can list at most ${MAX_GAPS_PER_ROUND} gaps.`,
  }),
})
/** Points per gap id, summing to 100. */
export const pointsBallotSchema = z.object({ method: z.literal('points'), points: allocation('Points') })

/** A ballot's shape; whether it fits its round (totals, caps, known gaps) is `ballotProblems`. */
export const ballotSchema = z.discriminatedUnion('method', [dotBallotSchema, rankedBallotSchema, pointsBallotSchema], {
  error: 'A ballot must be dots, a ranking or points.',
})
export type Ballot = z.infer<typeof ballotSchema>
export type DotBallot = z.infer<typeof dotBallotSchema>
export type RankedBallot = z.infer<typeof rankedBallotSchema>
export type PointsBallot = z.infer<typeof pointsBallotSchema>

/** What the pure rules need to know about a gap: its id and the title people read. */
export interface GapRef {
  id: string
  title: string
}

/** The number of gaps a ranked ballot may list: the round's K, or fewer when the round has fewer gaps. */
export function effectiveTopK(settings: RankedSettings, gapCount: number): number {
  return Math.min(settings.topK, gapCount)
}
