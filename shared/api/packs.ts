import { z } from 'zod'
import { packSchema } from '../content/schema'
import { byWorkshop } from './inputs'

/** A content pack as listed: enough to choose one and to record which edition a workshop used. */
export const packInfoSchema = z.object({ id: z.string(), version: z.string(), title: z.string() })
export type PackInfo = z.infer<typeof packInfoSchema>

/**
 * The content packs installed: which editions there are, and one whole pack.
 * Spread into `contract`; every name is also listed in calls.ts.
 */
export const packsContract = {
  'packs.list': {
    input: z.object({}).strict(),
    output: z.array(packInfoSchema),
  },
  'packs.get': {
    input: z.object({ id: z.string().min(1).max(100), version: z.string().min(1).max(50).optional() }).strict(),
    output: packSchema,
  },
  /**
   * The edition a workshop uses, by the workshop alone: the page opening on a workshop asks for it beside
   * the workshop (renderer/src/boot/run.ts), not after the workshop's answer has named it.
   */
  'packs.ofWorkshop': {
    input: byWorkshop,
    output: packSchema,
  },
} as const
