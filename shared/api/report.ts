import { z } from 'zod'
import { idSchema } from '../domain/text'
import { reportOptionsSchema } from '../report/options'
import { exportedFileSchema } from './files'

/**
 * The Word report and the CSV tables.
 * Spread into `contract`; every name is also listed in calls.ts.
 */
export const reportContract = {
  'report.docx': {
    input: z.object({ workshopId: idSchema, options: reportOptionsSchema.strict() }).strict(),
    output: exportedFileSchema,
  },
  'report.csv': {
    /** The gaps register or the action plan, for spreadsheets. */
    input: z
      .object({
        workshopId: idSchema,
        table: z.enum(['gaps', 'actions'], { error: 'Choose the gaps or the action plan.' }),
        includeGroupNames: z.boolean({ error: 'Say whether to include group names.' }),
      })
      .strict(),
    output: exportedFileSchema,
  },
} as const
