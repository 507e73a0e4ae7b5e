import { z } from 'zod'
import { idSchema } from '../domain/text'
import { presenterStateSchema, presenterViewSchema, timerActionSchema } from '../domain/presenter'
import { byWorkshop } from './inputs'

/**
 * The presenter window: what the projector shows, and the discussion timer.
 * Spread into `contract`; every name is also listed in calls.ts.
 */
export const presenterContract = {
  'presenter.get': {
    input: byWorkshop,
    output: presenterStateSchema,
  },
  'presenter.show': {
    input: z.object({ workshopId: idSchema, view: presenterViewSchema, roundId: idSchema.nullable().optional() }).strict(),
    output: presenterStateSchema,
  },
  'presenter.timer': {
    /** `at` is the pressing window's clock (epoch ms); both windows share the computer's clock. */
    input: z
      .object({
        workshopId: idSchema,
        at: z.number({ error: 'The time must be a number.' }).int().min(0),
        command: timerActionSchema,
      })
      .strict(),
    output: presenterStateSchema,
  },
} as const
