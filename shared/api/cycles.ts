import { z } from 'zod'
import { idSchema } from '../domain/text'
import { isoDateSchema, workshopSchema } from '../domain/workshop'
import { actionSchema } from '../domain/plan/action'
import { byWorkshop } from './inputs'

export const cycleWorkshopSchema = workshopSchema.pick({ id: true, title: true, localArea: true, date: true, cycle: true })

export const overdueActionSchema = actionSchema.extend({ workshopTitle: z.string(), priorityTitle: z.string() })
export type OverdueAction = z.infer<typeof overdueActionSchema>

/**
 * Cycles of a service's Assess-Plan-Do-Review loop: which workshop follows which, and starting the next.
 * Spread into `contract`; every name is also listed in calls.ts.
 */
export const cyclesContract = {
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
    /** A new workshop of cycle N+1 on the date asked for (today when none is given), carrying forward open priorities and actions, and the ratings as a baseline. */
    input: z.object({ workshopId: idSchema, date: isoDateSchema.optional() }).strict(),
    output: workshopSchema,
  },
} as const
