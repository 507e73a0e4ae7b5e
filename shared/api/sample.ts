import { z } from 'zod'
import { idSchema } from '../domain/text'

/**
 * The sample workshop on the start screen.
 * Spread into `contract`; every name is also listed in calls.ts.
 */
export const sampleContract = {
  'sample.create': {
    /** Makes the sample workshop (two cycles of a fictional carers' forum) and answers with the second cycle. */
    input: z.object({}).strict(),
    output: z.object({ workshopId: idSchema }),
  },
} as const
