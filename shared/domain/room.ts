import { z } from 'zod'
import { gapSchema } from './gaps'
import { questionIdSchema } from './links'
import { LIMITS, idSchema, optionalText, requiredText } from './text'
import { roundResultsSchema } from './voting/results'
import { ballotSchema, roundSettingsSchema, votingMethodSchema } from './voting/settings'
import { whoVotesSchema } from './voting/voters'
import { groupRoleSchema } from './workshop'

/**
 * The room on its phones: the facilitator opens it on one network address of the laptop, phones
 * join with a short code, choose their table (and, if they wish, their role), vote in open rounds
 * and send gaps or notes to the facilitator's inbox. Nobody is asked for a name.
 */

export { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH, normaliseJoinCode, spacedJoinCode } from './joinCode'

/** Where phones open the room, on its own listener: `http://192.168.1.20:52301/j`. */
export const PHONE_PAGE_PATH = '/j'

/** The kinds of network adapter a laptop may offer, as the facilitator is told them. */
export const NETWORK_KINDS = ['wifi', 'ethernet', 'hotspot', 'virtual', 'vpn', 'container', 'other'] as const
export const networkKindSchema = z.enum(NETWORK_KINDS)
export type NetworkKind = z.infer<typeof networkKindSchema>

export const networkSchema = z.object({
  address: z.ipv4(),
  /** The adapter's own name (wlan0, Wi-Fi, en0). */
  interfaceName: z.string(),
  kind: networkKindSchema,
  /** "Wi-Fi (wlan0)", "Virtual adapter: not the room's network (docker0)". */
  label: z.string(),
  /** The one most likely to be the room's Wi-Fi or hotspot: listed first. */
  likely: z.boolean(),
})
export type Network = z.infer<typeof networkSchema>

export const roomStatusSchema = z.object({
  /** Open for this workshop. */
  open: z.boolean(),
  /** Open for another workshop (only one room at a time), with its title. */
  elsewhere: z.object({ workshopId: idSchema, title: z.string() }).nullable(),
  address: z.string().nullable(),
  port: z.number().int().nullable(),
  /** What phones open: `http://192.168.1.20:52301/j`. */
  url: z.string().nullable(),
  code: z.string().nullable(),
  /** The address as a QR code: an SVG path over a square of `size` modules (the qrcode package). */
  qr: z.object({ size: z.number().int().min(1), path: z.string() }).nullable(),
  /** Phones joined, in all and at each table (those still choosing have none). */
  phones: z.number().int().min(0),
  phonesByGroup: z.record(idSchema, z.number().int().min(0)),
  openedAt: z.string().nullable(),
})
export type RoomStatus = z.infer<typeof roomStatusSchema>

/** What a phone sends to the facilitator between rounds. */
export const INBOX_KINDS = ['gap', 'note'] as const
export const inboxKindSchema = z.enum(INBOX_KINDS, { error: 'Choose whether this is a gap or a note.' })
export const INBOX_STATUSES = ['new', 'accepted', 'merged', 'dismissed'] as const

export const phoneMessageSchema = z.object({
  kind: inboxKindSchema,
  text: requiredText('What you want to say', LIMITS.title),
  detail: optionalText('More detail', 2_000, 'lines'),
})
export type PhoneMessage = z.infer<typeof phoneMessageSchema>

export const inboxMessageSchema = z.object({
  id: idSchema,
  workshopId: idSchema,
  /** The table that sent it; null if that table has since been removed. */
  groupId: idSchema.nullable(),
  kind: inboxKindSchema,
  text: z.string(),
  detail: z.string(),
  questionId: questionIdSchema.nullable(),
  status: z.enum(INBOX_STATUSES),
  /** The gap it became or was merged into. */
  gapId: idSchema.nullable(),
  createdAt: z.string(),
  handledAt: z.string().nullable(),
})
export type InboxMessage = z.infer<typeof inboxMessageSchema>

export const inboxOutcomeSchema = z.object({ message: inboxMessageSchema, gap: gapSchema })

/** Everything a phone shows, in one answer: never another table's or person's ballot, never a tally before the reveal. */
export const phoneStateSchema = z.object({
  workshopTitle: z.string(),
  tables: z.array(z.object({ id: idSchema, name: z.string() })),
  /** Where this phone sits: its table and, if said, its holder's role. Null until chosen. */
  seat: z.object({ groupId: idSchema, groupName: z.string(), role: groupRoleSchema.nullable() }).nullable(),
  /** The latest round: open to vote in, closed, or revealed. */
  round: z
    .object({
      id: idSchema,
      number: z.number().int(),
      method: votingMethodSchema,
      settings: roundSettingsSchema,
      whoVotes: whoVotesSchema,
      status: z.enum(['open', 'closed']),
      revealed: z.boolean(),
      gaps: z.array(z.object({ id: idSchema, title: z.string() })),
      description: z.array(z.string()),
      /** This phone's ballot (each person) or its table's (each table), to show back; null before voting. */
      mine: ballotSchema.nullable(),
    })
    .nullable(),
  /** The same results as the shared screen, once the facilitator reveals them. */
  results: roundResultsSchema.nullable(),
  /** The question on the shared screen, read-only. */
  question: z.object({ text: z.string(), tags: z.array(z.string()) }).nullable(),
  /** How many gaps and notes this phone has sent in this session. */
  sent: z.number().int().min(0),
})
export type PhoneState = z.infer<typeof phoneStateSchema>
