import { z } from 'zod'
import { networkSchema, roomStatusSchema } from '../domain/room'
import { idSchema } from '../domain/text'
import { byWorkshop } from './inputs'

/**
 * The facilitator's side of letting phones join: the laptop's networks, opening and closing the
 * room on one of them, and changing its join code. Off until opened; one room at a time.
 * Spread into `contract`; every name is also listed in calls.ts.
 */
export const roomContract = {
  'room.networks': {
    /** The laptop's IPv4 addresses other devices could reach, the likely Wi-Fi or hotspot first. */
    input: z.object({}).strict(),
    output: z.array(networkSchema),
  },
  'room.status': {
    input: byWorkshop,
    output: roomStatusSchema,
  },
  'room.open': {
    /** Listens on `address` (one of room.networks) for this workshop's phones, beside 127.0.0.1. */
    input: z.object({ workshopId: idSchema, address: z.ipv4({ error: 'Choose one of the networks listed.' }) }).strict(),
    output: roomStatusSchema,
  },
  'room.close': {
    /** Stops listening and ends every phone's session; votes already cast stay. */
    input: byWorkshop,
    output: roomStatusSchema,
  },
  'room.newCode': {
    /** A new join code; phones already in the room stay in it. */
    input: byWorkshop,
    output: roomStatusSchema,
  },
} as const
