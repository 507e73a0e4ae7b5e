import { z } from 'zod'
import { actionStatusSchema } from '../domain/plan/status'
import { guideTagSchema } from '../domain/links'
import { LIMITS, idSchema, optionalText } from '../domain/text'
import { exportedFileSchema } from './files'

/**
 * The team library: a PostgreSQL database a council runs, keeping every published revision of a
 * service's workshops. The laptop's library stays the working copy; nothing leaves this computer
 * unless a team library is connected on the Settings screen. Spread into `contract`; every name is
 * also listed in calls.ts.
 */

/** What the Settings screen shows. The password itself is never sent back to a window. */
export const teamSettingsSchema = z.object({
  /** Where the connection comes from: typed on the Settings screen (desktop), or COMMON_GROUND_TEAM_URL (browser mode). */
  source: z.enum(['settings', 'environment']),
  /** The address without its password, or null when none is set. */
  address: z.string().nullable(),
  displayName: z.string(),
  /** Connected: publishing and getting may reach the server. Off: nothing leaves this computer. */
  connect: z.boolean(),
  passwordSaved: z.boolean(),
})
export type TeamSettings = z.infer<typeof teamSettingsSchema>

const statusCounts = z.object(Object.fromEntries(actionStatusSchema.options.map((status) => [status, z.number().int().min(0)])) as Record<z.infer<typeof actionStatusSchema>, z.ZodNumber>)
export type StatusCounts = z.infer<typeof statusCounts>

export const outboxEntrySchema = z.object({
  revisionId: idSchema,
  workshopId: idSchema,
  title: z.string(),
  since: z.string(),
  attempts: z.number().int().min(0),
  /** waiting: will be sent when the server answers; refused: someone published a newer revision first. */
  state: z.enum(['waiting', 'refused']),
  lastError: z.string().nullable(),
})

export const teamLinkSchema = z.object({
  workshopId: idSchema,
  teamWorkshopId: idSchema,
  /** The team revision this copy was published as or brought in from; null until the first publish lands. */
  revisionNumber: z.number().int().min(1).nullable(),
  /** Changed on this computer since that revision. */
  changed: z.boolean(),
})

const newerSchema = z.object({ number: z.number().int().min(1), publishedBy: z.string(), publishedAt: z.string() })

export const publishAnswerSchema = z.object({
  state: z.enum(['published', 'waiting', 'refused']),
  message: z.string(),
  revisionNumber: z.number().int().min(1).nullable(),
  /** When refused: the newer revision someone else published. */
  newer: newerSchema.nullable(),
})
export type PublishAnswer = z.infer<typeof publishAnswerSchema>

export const teamWorkshopSchema = z.object({
  teamWorkshopId: idSchema,
  title: z.string(),
  service: z.string(),
  cycle: z.number().int(),
  date: z.string(),
  revisionNumber: z.number().int().min(1),
  publishedBy: z.string(),
  publishedAt: z.string(),
  beingRunBy: z.string().nullable(),
  beingRunSince: z.string().nullable(),
  /** The workshop this was published as a separate copy of. */
  copyOf: idSchema.nullable(),
  continuesFrom: idSchema.nullable(),
  /** This computer's copy, if it has one. */
  local: z.object({ workshopId: idSchema, revisionNumber: z.number().int().nullable(), changed: z.boolean() }).nullable(),
  newerThanMine: z.boolean(),
})
export type TeamWorkshop = z.infer<typeof teamWorkshopSchema>

export const partnershipPrioritySchema = z.object({
  title: z.string(),
  tags: z.array(guideTagSchema),
  actions: statusCounts,
})
export const partnershipCycleSchema = z.object({
  service: z.string(),
  cycle: z.number().int(),
  date: z.string(),
  /** The service's most recent cycle in the team library. */
  latest: z.boolean(),
  priorities: z.array(partnershipPrioritySchema),
})
export const partnershipTagSchema = z.object({
  tag: guideTagSchema,
  /** Services whose most recent cycle prioritises it. */
  services: z.array(z.string()),
  actions: statusCounts,
})
export const partnershipSummarySchema = z.object({
  partnerships: z.array(z.string()),
  cycles: z.array(partnershipCycleSchema),
  byTag: z.array(partnershipTagSchema),
})
export type PartnershipSummary = z.infer<typeof partnershipSummarySchema>
export type PartnershipCycle = z.infer<typeof partnershipCycleSchema>

/** The settings file beside the library (electron/store/teamSettings.ts): anything unreadable reads as not connected. */
export const storedTeamSettingsSchema = z.object({
  address: z.string().nullable().catch(null),
  displayName: z.string().catch(''),
  connect: z.boolean().catch(false),
  /** The services the role worked for when last asked, so a publish can wait without asking. */
  services: z.array(z.object({ id: z.string(), name: z.string() })).catch([]),
})
export type StoredTeamSettings = z.infer<typeof storedTeamSettingsSchema>

const addressText = z.string({ error: 'Enter the team library’s address.' }).trim().max(1_000, { error: 'That address is too long.' })

export const teamSettingsInputSchema = z
  .object({
    /** Ignored in browser mode, where COMMON_GROUND_TEAM_URL says it. */
    address: addressText,
    /** A new password to keep (desktop); empty keeps the saved one. */
    password: z.string().max(1_000, { error: 'That password is too long.' }),
    displayName: optionalText('Your name', LIMITS.title),
    connect: z.boolean(),
  })
  .strict()
export type TeamSettingsInput = z.infer<typeof teamSettingsInputSchema>

export const teamContract = {
  'team.settings': { input: z.object({}).strict(), output: teamSettingsSchema },
  'team.saveSettings': { input: teamSettingsInputSchema, output: teamSettingsSchema },
  /** What this computer knows without asking the server: links and what is waiting to be published. */
  'team.status': {
    input: z.object({}).strict(),
    output: z.object({ connect: z.boolean(), outbox: z.array(outboxEntrySchema), links: z.array(teamLinkSchema) }),
  },
  /** Asks the server who we are there. */
  'team.check': {
    input: z.object({}).strict(),
    output: z.object({
      state: z.enum(['off', 'connected', 'unreachable', 'not_set_up', 'refused']),
      message: z.string(),
      role: z.string().nullable(),
      services: z.array(z.object({ id: idSchema, name: z.string() })),
      partnerships: z.array(z.string()),
    }),
  },
  'team.publish': {
    /** asSeparateCopy: after a refusal, publish this computer's version as a workshop of its own. */
    input: z.object({ workshopId: idSchema, serviceId: idSchema.optional(), asSeparateCopy: z.boolean().optional() }).strict(),
    output: publishAnswerSchema,
  },
  'team.list': { input: z.object({}).strict(), output: z.array(teamWorkshopSchema) },
  'team.get': {
    input: z.object({ teamWorkshopId: idSchema }).strict(),
    output: z.object({
      workshopId: idSchema,
      /** Every workshop brought in: the one asked for and the earlier cycles it continues from. */
      brought: z.array(z.object({ workshopId: idSchema, title: z.string(), cycle: z.number().int() })),
      /** This computer's own version, kept as a workshop of its own because it had changes not published. */
      keptMine: z.object({ workshopId: idSchema, title: z.string() }).nullable(),
    }),
  },
  'team.markRunning': {
    input: z.object({ workshopId: idSchema, running: z.boolean() }).strict(),
    output: z.object({ beingRunBy: z.string().nullable() }),
  },
  'team.partnership': { input: z.object({}).strict(), output: partnershipSummarySchema },
  'team.partnershipReport': { input: z.object({}).strict(), output: exportedFileSchema },
} as const
