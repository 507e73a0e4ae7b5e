import { z } from 'zod'

/**
 * The main side's log, for what a window cannot show anyone else: a screen that hit a render error
 * (the window shows a calm panel and reports here). Spread into `contract`; its name is also listed in calls.ts.
 */
export const logContract = {
  'log.renderError': {
    input: z
      .object({
        /** Which screen or step, e.g. `step:prioritise` or `presenter`. */
        where: z.string().min(1).max(100),
        message: z.string().max(2_000),
        stack: z.string().max(20_000).optional(),
        componentStack: z.string().max(20_000).optional(),
      })
      .strict(),
    output: z.object({ logged: z.literal(true) }),
  },
} as const
