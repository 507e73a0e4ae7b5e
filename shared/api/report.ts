import { z } from 'zod'
import { idSchema } from '../domain/text'
import { reportOptionsSchema } from '../report/options'
import { exportedFileSchema } from './files'

/** Contract entries for the Word report and other exports. */
export const reportContract = {
  'report.docx': {
    input: z.object({ workshopId: idSchema, options: reportOptionsSchema.strict() }).strict(),
    output: exportedFileSchema,
  },
  'sample.create': {
    /** Makes the sample workshop (two cycles of a fictional carers' forum) and answers with the second cycle. */
    input: z.object({}).strict(),
    output: z.object({ workshopId: idSchema }),
  },
} as const
