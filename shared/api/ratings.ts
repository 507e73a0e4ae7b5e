import { z } from 'zod'
import { ratingInputSchema, ratingSchema } from '../domain/ratings'
import { byWorkshop } from './inputs'

/**
 * Assess: the red / amber / green ratings, as a room and per group.
 * Spread into `contract`; every name is also listed in calls.ts.
 */
export const ratingsContract = {
  'ratings.list': {
    input: byWorkshop,
    output: z.array(ratingSchema),
  },
  'ratings.set': {
    input: ratingInputSchema.strict(),
    output: ratingSchema,
  },
} as const
