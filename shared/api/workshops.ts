import { z } from 'zod'
import { idSchema } from '../domain/text'
import { isWorkshopSummaryList, workshopSchema, packRefSchema, workshopDetailsSchema, workshopSummarySchema } from '../domain/workshop'

/**
 * Workshops: list, open, create, edit and delete.
 * Spread into `contract`; every name is also listed in calls.ts.
 */
export const workshopsContract = {
  'workshops.list': {
    input: z.object({}).strict(),
    output: z.array(workshopSummarySchema),
    // Checks the answer's thousands of rows to the output's own rules without zod's cost (dispatch.ts).
    accepts: isWorkshopSummaryList,
  },
  'workshops.get': {
    input: z.object({ id: idSchema }).strict(),
    output: workshopSchema,
  },
  'workshops.create': {
    /** Without `pack`, the newest edition of the first installed pack is used. */
    input: workshopDetailsSchema.extend({ pack: packRefSchema.strict().optional() }).strict(),
    output: workshopSchema,
  },
  'workshops.update': {
    input: z.object({ id: idSchema, details: workshopDetailsSchema.strict() }).strict(),
    output: workshopSchema,
  },
  'workshops.delete': {
    /** `removeFromBackups`: also rewrite every backup without it, so nothing of it is left in the data folder. */
    input: z.object({ id: idSchema, removeFromBackups: z.boolean({ error: 'Say whether to remove it from the backups too.' }).default(false) }).strict(),
    output: z.object({
      deleted: z.literal(true),
      /** With removeFromBackups: how many backups held it and were rewritten without it. */
      backupsRewritten: z.number().int().nonnegative(),
      /** Backups that could not be read (damaged), so may still hold it. */
      backupsUnreadable: z.array(z.string()),
    }),
  },
} as const
