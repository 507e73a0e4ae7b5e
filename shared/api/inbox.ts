import { z } from 'zod'
import { gapDetailsSchema } from '../domain/gaps'
import { inboxMessageSchema, inboxOutcomeSchema } from '../domain/room'
import { idSchema } from '../domain/text'
import { byId, byWorkshop } from './inputs'

/**
 * What phones sent the facilitator: gaps and notes that wait here, never on the shared screen,
 * until the facilitator accepts one as a gap, merges it into a gap, or dismisses it.
 * Spread into `contract`; every name is also listed in calls.ts.
 */
export const inboxContract = {
  'inbox.list': {
    /** Every message of the workshop, newest first, handled ones too (with what became of them). */
    input: byWorkshop,
    output: z.array(inboxMessageSchema),
  },
  'inbox.accept': {
    /** Makes a new gap from a message, as the facilitator worded it. */
    input: z.object({ id: idSchema, details: gapDetailsSchema.strict() }).strict(),
    output: inboxOutcomeSchema,
  },
  'inbox.merge': {
    /** Adds a message to a gap already named: its words to the gap's detail, its table to who raised it. */
    input: z.object({ id: idSchema, gapId: idSchema }).strict(),
    output: inboxOutcomeSchema,
  },
  'inbox.dismiss': {
    input: byId,
    output: inboxMessageSchema,
  },
} as const
