import { z } from 'zod'
import { idSchema } from '../domain/text'
import { maxPrioritiesSchema, priorityInputSchema, prioritiesSchema } from '../domain/priorities'
import { byWorkshop } from './inputs'

/**
 * Prioritise: the 2–3 priorities the room agrees, with their rationale.
 * Spread into `contract`; every name is also listed in calls.ts.
 */
export const prioritiesContract = {
  'priorities.get': {
    input: byWorkshop,
    output: prioritiesSchema,
  },
  'priorities.set': {
    /** Replaces the agreed priorities in order (first is priority 1), each with its rationale. */
    input: z
      .object({
        workshopId: idSchema,
        priorities: z
          .array(priorityInputSchema.strict(), { error: 'Priorities must be a list.' })
          .max(50, { error: 'Too many priorities.' })
          .refine((list) => new Set(list.map((priority) => priority.gapId)).size === list.length, {
            error: 'Each gap can be agreed as a priority only once.',
          }),
      })
      .strict(),
    output: prioritiesSchema,
  },
  'priorities.setMax': {
    input: z.object({ workshopId: idSchema, max: maxPrioritiesSchema }).strict(),
    output: prioritiesSchema,
  },
} as const
