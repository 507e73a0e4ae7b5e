import { z } from 'zod'
import { idSchema } from '../domain/text'
import { actionDetailsSchema, actionSchema, actionUpdateInputSchema, plannedPrioritySchema, priorityGapIdSchema, priorityPlanSchema } from '../domain/plan/action'
import { byId, byWorkshop } from './inputs'

/**
 * Plan and Do: each priority's aim, Task and Finish group and actions, and their dated updates.
 * A priority is named by its workshop and gap, as the Prioritise step stores it.
 * Spread into `contract`; every name is also listed in calls.ts.
 */
export const planContract = {
  'plan.get': {
    input: byWorkshop,
    output: z.array(plannedPrioritySchema),
  },
  'plan.savePriority': {
    /** What we want to achieve and the Task and Finish group. */
    input: z.object({ workshopId: idSchema, gapId: priorityGapIdSchema, plan: priorityPlanSchema.strict() }).strict(),
    output: plannedPrioritySchema,
  },
  'plan.removePriority': {
    /** Refused while the priority has actions unless `confirm` is true; the refusal says how many go with it. */
    input: z.object({ workshopId: idSchema, gapId: priorityGapIdSchema, confirm: z.boolean().optional() }).strict(),
    output: z.object({ removed: z.literal(true), actions: z.number().int() }),
  },
  'actions.add': {
    input: z.object({ workshopId: idSchema, gapId: priorityGapIdSchema, details: actionDetailsSchema.strict() }).strict(),
    output: actionSchema,
  },
  'actions.update': {
    input: z.object({ id: idSchema, details: actionDetailsSchema.strict() }).strict(),
    output: actionSchema,
  },
  'actions.remove': {
    input: byId,
    output: z.object({ removed: z.literal(true), workshopId: idSchema }),
  },
  'actions.log': {
    /** Adds a dated update and evidence; the action takes the update's status. */
    input: z.object({ id: idSchema, update: actionUpdateInputSchema.strict() }).strict(),
    output: actionSchema,
  },
} as const
