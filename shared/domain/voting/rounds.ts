import { z } from 'zod'
import { idSchema } from '../text'
import { MAX_GAPS_PER_ROUND, roundSettingsSchema, votingMethodSchema } from './settings'
import { whoVotesSchema } from './voters'

export const ROUND_STATUSES = ['open', 'closed'] as const

/**
 * A voting round as every call shows it. It never carries what a group voted: before the
 * facilitator reveals the results, the only thing anyone can learn is which groups have voted.
 */
export const roundSchema = z.object({
  id: idSchema,
  workshopId: idSchema,
  /** 1, 2, … within the workshop; earlier rounds stay in history when a vote is re-run. */
  number: z.number().int().min(1),
  method: votingMethodSchema,
  settings: roundSettingsSchema,
  /** The gaps on the ballot, in the order they were chosen, with the titles people read. */
  gaps: z.array(z.object({ id: idSchema, title: z.string() })),
  /** Each table, or each person (from their phones, or keyed in a person at a time). */
  whoVotes: whoVotesSchema,
  status: z.enum(ROUND_STATUSES),
  revealed: z.boolean(),
  /** The tables that have voted: their own ballot, or (each person) at least one of their people's. */
  votedGroupIds: z.array(idSchema),
  /** Each person: how many have voted, in all and at each table (0 and empty when each table votes). */
  peopleVoted: z.number().int().min(0),
  peopleVotedByGroup: z.record(idSchema, z.number().int().min(0)),
  /**
   * Each person: how many can vote now: the phones joined to the room, with everyone who has
   * voted already (a phone that has left, a person keyed in). 0 when each table votes.
   */
  peopleExpected: z.number().int().min(0),
  /** The method in plain words (describeMethod). */
  description: z.array(z.string()),
  createdAt: z.string(),
  closedAt: z.string().nullable(),
  revealedAt: z.string().nullable(),
})
export type Round = z.infer<typeof roundSchema>

export const openRoundSchema = z.object({
  workshopId: idSchema,
  gapIds: z
    .array(idSchema, { error: 'Choose the gaps to vote on.' })
    .min(2, { error: 'Choose at least two gaps to vote on.' })
    .max(MAX_GAPS_PER_ROUND, { error: `A round can have at most ${MAX_GAPS_PER_ROUND} gaps.` })
    .refine((ids) => new Set(ids).size === ids.length, { error: 'Each gap can be in a round only once.' }),
  settings: roundSettingsSchema,
  whoVotes: whoVotesSchema.optional().default('tables'),
})
export type OpenRound = z.infer<typeof openRoundSchema>
