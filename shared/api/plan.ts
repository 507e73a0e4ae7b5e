import { z } from 'zod'
import {
  actionDetailsSchema,
  actionSchema,
  actionUpdateInputSchema,
  plannedPrioritySchema,
  priorityGapIdSchema,
  priorityPlanSchema,
} from '../domain/plan/action'
import { actionOutcomeSchema, ratingComparisonSchema } from '../domain/plan/compare'
import { voicesSchema } from '../domain/plan/voices'
import { youSaidRowSchema, youSaidRowsSchema } from '../domain/plan/youSaid'
import { idSchema } from '../domain/text'
import { workshopSchema } from '../domain/workshop'

const byWorkshop = z.object({ workshopId: idSchema }).strict()
const byId = z.object({ id: idSchema }).strict()

const cycleWorkshopSchema = workshopSchema.pick({ id: true, title: true, localArea: true, date: true, cycle: true })

export const overdueActionSchema = actionSchema.extend({ workshopTitle: z.string(), priorityTitle: z.string() })
export type OverdueAction = z.infer<typeof overdueActionSchema>

export const reviewSchema = z.object({
  /** The workshop of the cycle before, if this one was started from it. */
  previous: cycleWorkshopSchema.nullable(),
  ratings: z.array(ratingComparisonSchema),
  /** What became of the last cycle's actions (empty in a first cycle). */
  actions: z.array(actionOutcomeSchema),
  /** This cycle's own actions so far. */
  progress: z.object({ total: z.number().int(), complete: z.number().int(), overdue: z.number().int(), slipped: z.number().int() }),
  voices: voicesSchema,
})
export type Review = z.infer<typeof reviewSchema>

/**
 * Steps 2–4 (Plan, Do, Review) and the next cycle. A priority is named by its workshop and gap,
 * as the Prioritise step stores it. Spread into `contract`; every name is also listed in calls.ts.
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
    output: z.object({ removed: z.literal(true) }),
  },
  'actions.log': {
    /** Adds a dated update and evidence; the action takes the update's status. */
    input: z.object({ id: idSchema, update: actionUpdateInputSchema.strict() }).strict(),
    output: actionSchema,
  },
  'cycles.overview': {
    /** For the start screen: which workshop follows which, and every overdue action. */
    input: z.object({}).strict(),
    output: z.object({
      links: z.array(z.object({ id: idSchema, previousId: idSchema.nullable() })),
      overdue: z.array(overdueActionSchema),
    }),
  },
  'cycles.list': {
    /** The cycles of this workshop's service, first cycle first. */
    input: byWorkshop,
    output: z.array(cycleWorkshopSchema),
  },
  'cycles.startNext': {
    /** A new workshop of cycle N+1 carrying forward open priorities and actions, and the ratings as a baseline. */
    input: byWorkshop,
    output: workshopSchema,
  },
  'review.get': {
    input: byWorkshop,
    output: reviewSchema,
  },
  'review.youSaid': {
    /** The saved table (empty until saved) and a fresh draft from the plan. */
    input: byWorkshop,
    output: z.object({ saved: z.array(youSaidRowSchema), draft: z.array(youSaidRowSchema) }),
  },
  'review.saveYouSaid': {
    input: z.object({ workshopId: idSchema, rows: youSaidRowsSchema }).strict(),
    output: z.array(youSaidRowSchema),
  },
} as const
