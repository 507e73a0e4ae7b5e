import { z } from 'zod'
import { gapDetailsSchema, gapSchema } from '../domain/gaps'
import { LIMITS, idSchema, requiredText } from '../domain/text'
import { byId, byWorkshop } from './inputs'

/**
 * Assess: the gaps the room names, with undo of delete and merge.
 * Spread into `contract`; every name is also listed in calls.ts.
 */
export const gapsContract = {
  'gaps.list': {
    input: byWorkshop,
    output: z.array(gapSchema),
  },
  'gaps.create': {
    input: z.object({ workshopId: idSchema, details: gapDetailsSchema.strict() }).strict(),
    output: gapSchema,
  },
  'gaps.update': {
    input: z.object({ id: idSchema, details: gapDetailsSchema.strict() }).strict(),
    output: gapSchema,
  },
  'gaps.delete': {
    input: byId,
    output: z.object({ deleted: gapSchema }),
  },
  'gaps.restore': {
    /** Undoes a delete. */
    input: byId,
    output: gapSchema,
  },
  'gaps.merge': {
    /** Both gaps are kept (soft-deleted, merged_into the new gap) so the merge can be undone. */
    input: z.object({ firstId: idSchema, secondId: idSchema, title: requiredText('Title', LIMITS.title) }).strict(),
    output: gapSchema,
  },
  'gaps.unmerge': {
    /** Undoes a merge: the merged gap goes, the two it came from come back as they were. */
    input: byId,
    output: z.array(gapSchema),
  },
} as const
