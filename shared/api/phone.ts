import { z } from 'zod'
import { phoneMessageSchema, phoneStateSchema } from '../domain/room'
import { idSchema } from '../domain/text'
import { ballotSchema } from '../domain/voting/settings'
import { groupRoleSchema } from '../domain/workshop'
import type { PhoneCallName } from './phoneCalls'

/**
 * The phones' own contract, answered only on the room's LAN listener (electron/lan). Every call
 * but `phone.join` acts as the phone's device, known from its HttpOnly cookie, never from the body.
 * Ids are made on the laptop; nothing asks for a name.
 */
export const phoneContract = {
  'phone.join': {
    /** The code on the shared screen; the answer sets the device's cookie. */
    input: z.object({ code: z.string({ error: 'Type the code shown on the shared screen.' }).max(40, { error: 'That is not a code from the shared screen.' }) }).strict(),
    output: phoneStateSchema,
  },
  'phone.state': {
    input: z.object({}).strict(),
    output: phoneStateSchema,
  },
  'phone.seat': {
    /** Chooses the phone's table and, optionally, its holder's role. */
    input: z.object({ groupId: idSchema, role: groupRoleSchema.nullable() }).strict(),
    output: phoneStateSchema,
  },
  'phone.cast': {
    /** Casts (or changes) this phone's ballot, or its table's, in the open round. */
    input: z.object({ roundId: idSchema, ballot: ballotSchema }).strict(),
    output: phoneStateSchema,
  },
  'phone.send': {
    /** A gap or a note for the facilitator's inbox; nothing reaches the shared screen until accepted. */
    input: phoneMessageSchema.strict(),
    output: phoneStateSchema,
  },
} as const satisfies Record<PhoneCallName, { input: z.ZodType; output: z.ZodType }>

export type PhoneContract = typeof phoneContract
export type PhoneInput<K extends PhoneCallName> = z.output<PhoneContract[K]['input']>
export type PhoneOutput<K extends PhoneCallName> = z.output<PhoneContract[K]['output']>
