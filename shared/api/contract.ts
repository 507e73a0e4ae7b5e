import { z } from 'zod'
import type { CallName } from './calls'
import {
  groupDetailsSchema,
  groupSchema,
  packRefSchema,
  workshopDetailsSchema,
  workshopSchema,
  workshopSummarySchema,
} from '../domain/workshop'
import { idSchema } from '../domain/text'
import { packSchema } from '../content/schema'
import { backupsContract } from './backups'
import { votingContract } from './voting'
import { assessContract } from './assess'
import { planContract } from './plan'
import { reportContract } from './report'

/** A content pack as listed: enough to choose one and to record which edition a workshop used. */
export const packInfoSchema = z.object({ id: z.string(), version: z.string(), title: z.string() })
export type PackInfo = z.infer<typeof packInfoSchema>

/**
 * The API contract: every call the renderer can make, once. Preload, IPC registration,
 * the browser-mode HTTP host and the renderer's client are all driven from this object.
 */
export const contract = {
  'packs.list': {
    input: z.object({}).strict(),
    output: z.array(packInfoSchema),
  },
  'packs.get': {
    input: z.object({ id: z.string().min(1).max(100), version: z.string().min(1).max(50).optional() }).strict(),
    output: packSchema,
  },
  'workshops.list': {
    input: z.object({}).strict(),
    output: z.array(workshopSummarySchema),
  },
  'workshops.get': {
    input: z.object({ id: idSchema }).strict(),
    output: workshopSchema,
  },
  'workshops.create': {
    /** Without `pack`, the newest edition of the first installed pack is used. */
    input: workshopDetailsSchema.extend({ pack: packRefSchema.strict().optional() }).strict(),
    output: workshopSchema,
  },
  'workshops.update': {
    input: z.object({ id: idSchema, details: workshopDetailsSchema.strict() }).strict(),
    output: workshopSchema,
  },
  'workshops.delete': {
    /** `removeFromBackups`: also rewrite every backup without it, so nothing of it is left in the data folder. */
    input: z.object({ id: idSchema, removeFromBackups: z.boolean({ error: 'Say whether to remove it from the backups too.' }).default(false) }).strict(),
    output: z.object({
      deleted: z.literal(true),
      /** With removeFromBackups: how many backups held it and were rewritten without it. */
      backupsRewritten: z.number().int().nonnegative(),
      /** Backups that could not be read (damaged), so may still hold it. */
      backupsUnreadable: z.array(z.string()),
    }),
  },
  'groups.list': {
    input: z.object({ workshopId: idSchema }).strict(),
    output: z.array(groupSchema),
  },
  'groups.add': {
    input: z.object({ workshopId: idSchema, details: groupDetailsSchema.strict() }).strict(),
    output: groupSchema,
  },
  'groups.update': {
    input: z.object({ id: idSchema, details: groupDetailsSchema.strict() }).strict(),
    output: groupSchema,
  },
  'groups.reorder': {
    input: z
      .object({
        workshopId: idSchema,
        order: z.array(idSchema).max(100, { error: 'A workshop can have at most 100 groups.' }),
      })
      .strict(),
    output: z.array(groupSchema),
  },
  'groups.remove': {
    input: z.object({ id: idSchema }).strict(),
    output: z.object({ removed: z.literal(true) }),
  },
  ...assessContract,
  ...backupsContract,
  ...reportContract,
  ...votingContract,
  ...planContract,
} as const satisfies Record<CallName, { input: z.ZodType; output: z.ZodType }>

export type Contract = typeof contract
export type { CallName } from './calls'
export { CALL_NAMES, isCallName } from './calls'
export type CallInput<K extends CallName> = z.input<Contract[K]['input']>
export type ParsedInput<K extends CallName> = z.output<Contract[K]['input']>
export type CallOutput<K extends CallName> = z.output<Contract[K]['output']>
