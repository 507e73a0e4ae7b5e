import { z } from 'zod'
import { idSchema } from '../domain/text'
import { reportOptionsSchema } from '../report/options'
import { exportedFileSchema } from './files'

/**
 * The Word report, the briefing for elected members and the CSV tables.
 * Spread into `contract`; every name is also listed in calls.ts.
 */
export const reportContract = {
  'report.docx': {
    input: z.object({ workshopId: idSchema, options: reportOptionsSchema.strict() }).strict(),
    output: exportedFileSchema,
  },
  'report.briefing': {
    /** The briefing for elected and lead members (at most two pages); groups are never named in it. */
    input: z.object({ workshopId: idSchema }).strict(),
    output: exportedFileSchema,
  },
  'report.csv': {
    /** The gaps register, the action plan or the ratings, for spreadsheets. */
    input: z
      .object({
        workshopId: idSchema,
        table: z.enum(['gaps', 'actions', 'ratings'], { error: 'Choose the gaps, the action plan or the ratings.' }),
        includeGroupNames: z.boolean({ error: 'Say whether to include group names.' }),
      })
      .strict(),
    output: exportedFileSchema,
  },
} as const
