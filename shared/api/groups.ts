import { z } from 'zod'
import { idSchema } from '../domain/text'
import { groupDetailsSchema, groupSchema } from '../domain/workshop'

/**
 * The groups (tables) in the room, in their order.
 * Spread into `contract`; every name is also listed in calls.ts.
 */
export const groupsContract = {
  'groups.list': {
    input: z.object({ workshopId: idSchema }).strict(),
    output: z.array(groupSchema),
  },
  'groups.add': {
    input: z.object({ workshopId: idSchema, details: groupDetailsSchema.strict() }).strict(),
    output: groupSchema,
  },
  'groups.update': {
    input: z.object({ id: idSchema, details: groupDetailsSchema.strict() }).strict(),
    output: groupSchema,
  },
  'groups.reorder': {
    input: z
      .object({
        workshopId: idSchema,
        order: z.array(idSchema).max(100, { error: 'A workshop can have at most 100 groups.' }),
      })
      .strict(),
    output: z.array(groupSchema),
  },
  'groups.remove': {
    input: z.object({ id: idSchema }).strict(),
    output: z.object({ removed: z.literal(true), workshopId: idSchema }),
  },
} as const
