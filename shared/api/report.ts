import { z } from 'zod'
import { idSchema } from '../domain/text'
import { workshopSchema } from '../domain/workshop'
import { MAX_WORKSHOP_FILE_BYTES } from '../domain/workshopFile'
import { reportOptionsSchema } from '../report/options'
import { exportedFileSchema } from './files'

/** Contract entries for the Word report and other exports. */
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
  'workshopFile.export': {
    input: z.object({ workshopId: idSchema }).strict(),
    output: exportedFileSchema,
  },
  'workshopFile.import': {
    /** Always makes a new workshop. Refused with 'conflict' when one with the same title and date exists, unless `asCopy`. */
    input: z
      .object({
        text: z.string({ error: 'Choose a workshop file.' }).min(1, { error: 'The file is empty.' }).max(MAX_WORKSHOP_FILE_BYTES, { error: 'This file is too large to be a Common Ground workshop file.' }),
        asCopy: z.boolean().optional(),
      })
      .strict(),
    output: workshopSchema,
  },
  'sample.create': {
    /** Makes the sample workshop (two cycles of a fictional carers' forum) and answers with the second cycle. */
    input: z.object({}).strict(),
    output: z.object({ workshopId: idSchema }),
  },
} as const
