import { z } from 'zod'
import { idSchema } from '../domain/text'
import { presenterPageSchema, presenterStateSchema, presenterViewSchema, timerActionSchema } from '../domain/presenter'
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
    /**
     * Shows a view from its first page. `pinned` keeps it there when a round is revealed (which
     * otherwise moves the shared screen to that round's results); left out, the pin stays as it was.
     */
    input: z
      .object({ workshopId: idSchema, view: presenterViewSchema, roundId: idSchema.nullable().optional(), pinned: z.boolean().optional() })
      .strict(),
    output: presenterStateSchema,
  },
  'presenter.page': {
    /** Moves the shared screen to a page of what it shows (from 0); the window shows the last page when there are fewer. */
    input: z.object({ workshopId: idSchema, page: presenterPageSchema }).strict(),
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
