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
} as const
