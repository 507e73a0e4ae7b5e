import { z } from 'zod'
import { idSchema } from '../text'
import { MAX_GAPS_PER_ROUND, roundSettingsSchema, votingMethodSchema } from './settings'

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
  status: z.enum(ROUND_STATUSES),
  revealed: z.boolean(),
  votedGroupIds: z.array(idSchema),
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
})
export type OpenRound = z.infer<typeof openRoundSchema>
