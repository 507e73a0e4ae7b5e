import { z } from 'zod'
import { idSchema } from '../domain/text'
import { actionOutcomeSchema, ratingComparisonSchema } from '../domain/plan/compare'
import { voicesSchema } from '../domain/plan/voices'
import { youSaidRowSchema, youSaidRowsSchema } from '../domain/plan/youSaid'
import { byWorkshop } from './inputs'
import { cycleWorkshopSchema } from './cycles'

export const reviewSchema = z.object({
  /** The workshop of the cycle before, if this one was started from it. */
  previous: cycleWorkshopSchema.nullable(),
  ratings: z.array(ratingComparisonSchema),
  /** What became of the last cycle's actions (empty in a first cycle). */
  actions: z.array(actionOutcomeSchema),
  /** This cycle's own actions so far. */
  progress: z.object({ total: z.number().int(), complete: z.number().int(), overdue: z.number().int(), slipped: z.number().int() }),
  voices: voicesSchema,
})
export type Review = z.infer<typeof reviewSchema>

/**
 * Review: the comparison with the last cycle, whose voice is missing, and You said, we did, now we will.
 * Spread into `contract`; every name is also listed in calls.ts.
 */
export const reviewContract = {
  'review.get': {
    input: byWorkshop,
    output: reviewSchema,
  },
  'review.youSaid': {
    /** The saved table (empty until saved) and a fresh draft from the plan. */
    input: byWorkshop,
    output: z.object({ saved: z.array(youSaidRowSchema), draft: z.array(youSaidRowSchema) }),
  },
  'review.saveYouSaid': {
    input: z.object({ workshopId: idSchema, rows: youSaidRowsSchema }).strict(),
    output: z.array(youSaidRowSchema),
  },
} as const
