import { z } from 'zod'
import { idSchema } from '../domain/text'
import { workshopSchema } from '../domain/workshop'
import { MAX_WORKSHOP_FILE_BYTES } from '../domain/workshopFile'
import { exportedFileSchema } from './files'

/**
 * The workshop file: one workshop, to move it to another laptop.
 * Spread into `contract`; every name is also listed in calls.ts.
 */
export const workshopFileContract = {
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
} as const
