import { z } from 'zod'
import { isIsoDate } from './dates'
import { LIMITS, idSchema, isUuid, optionalText, requiredText, withoutControlCharacters } from './text'

export const isoDateSchema = z
  .string({ error: 'Date must be text.' })
  .refine(isIsoDate, { error: 'Enter a real date, for example 23 November 2026.' })

/** What a facilitator fills in about a workshop. */
export const workshopDetailsSchema = z.object({
  title: requiredText('Title', LIMITS.title),
  localArea: optionalText('Local area', LIMITS.title),
  date: isoDateSchema,
  venue: optionalText('Venue', LIMITS.shortText),
  facilitators: optionalText('Facilitators', LIMITS.shortText),
  cycle: z
    .number({ error: 'Cycle must be a number.' })
    .int({ error: 'Cycle must be a whole number.' })
    .min(1, { error: 'Cycle must be 1 or more.' })
    .max(99, { error: 'Cycle must be 99 or less.' }),
  notes: optionalText('Notes', LIMITS.longText, 'lines'),
})
export type WorkshopDetails = z.infer<typeof workshopDetailsSchema>

/** Which edition of which content pack a workshop used. */
export const packRefSchema = z.object({
  id: withoutControlCharacters(z.string({ error: 'Pack id must be text.' }).min(1).max(100), 'Pack id', 'line'),
  version: withoutControlCharacters(z.string({ error: 'Pack version must be text.' }).min(1).max(50), 'Pack version', 'line'),
})
export type PackRef = z.infer<typeof packRefSchema>

export const workshopSchema = workshopDetailsSchema.extend({
  id: idSchema,
  pack: packRefSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
})
export type Workshop = z.infer<typeof workshopSchema>

/**
 * A line of the start screen's list. Only its shape is checked on the way out: the text rules (trimmed,
 * within limits, no control characters) are what every title passed on its way in, and checking them
 * again on each of thousands of rows was most of the list's time.
 */
export const workshopSummarySchema = z.object({
  id: idSchema,
  title: z.string(),
  localArea: z.string(),
  date: isoDateSchema,
  cycle: z.number().int().min(1),
  updatedAt: z.string(),
  groupCount: z.number().int().min(0),
})
export type WorkshopSummary = z.infer<typeof workshopSummarySchema>

const SUMMARY_FIELDS = Object.keys(workshopSummarySchema.shape).length

function isSummary(row: unknown): boolean {
  if (typeof row !== 'object' || row === null || Object.getPrototypeOf(row) !== Object.prototype) return false
  const { id, title, localArea, date, cycle, updatedAt, groupCount } = row as Record<string, unknown>
  // Exactly the schema's fields (it would drop any other, so a row with one is left to it).
  let fields = 0
  for (const key in row) if (Object.hasOwn(row, key)) fields += 1
  return (
    fields === SUMMARY_FIELDS &&
    typeof id === 'string' && isUuid(id) &&
    typeof title === 'string' &&
    typeof localArea === 'string' &&
    typeof date === 'string' && isIsoDate(date) &&
    Number.isSafeInteger(cycle) && (cycle as number) >= 1 &&
    typeof updatedAt === 'string' &&
    Number.isSafeInteger(groupCount) && (groupCount as number) >= 0
  )
}

/**
 * The same rules as `z.array(workshopSummarySchema)`, written out for the start screen's list of
 * thousands of rows, where zod took as long as the select itself: true only for rows the schema
 * accepts and would return unchanged (plain objects with exactly its fields, each within its rules).
 * Anything else is left to the schema, whose verdict and words stand (workshop.test.ts holds the two
 * together).
 */
export function isWorkshopSummaryList(value: unknown): value is WorkshopSummary[] {
  return Array.isArray(value) && value.every(isSummary)
}

/** Who sits at a table. A group may mix roles; its role mix drives the "do carers and professionals differ?" split. */
export const GROUP_ROLES = [
  'foster_carers',
  'supervising_social_workers',
  'managers_leaders',
  'partner_agencies',
  'others',
] as const
export const groupRoleSchema = z.enum(GROUP_ROLES, {
  error: 'Role must be one of foster carers, supervising social workers, managers and leaders, partner agencies or others.',
})
export type GroupRole = z.infer<typeof groupRoleSchema>

export const GROUP_ROLE_LABELS: Record<GroupRole, string> = {
  foster_carers: 'Foster carers',
  supervising_social_workers: 'Supervising social workers',
  managers_leaders: 'Managers and leaders',
  partner_agencies: 'Partner agencies',
  others: 'Others',
}

export const groupDetailsSchema = z.object({
  name: requiredText('Group name', 100),
  roles: z
    .array(groupRoleSchema, { error: 'Roles must be a list.' })
    .max(GROUP_ROLES.length, { error: 'Too many roles.' })
    .refine((roles) => new Set(roles).size === roles.length, { error: 'Each role can be listed once.' }),
  headCount: z
    .number({ error: 'Head count must be a number.' })
    .int({ error: 'Head count must be a whole number.' })
    .min(0, { error: 'Head count cannot be negative.' })
    .max(500, { error: 'Head count must be 500 or less.' }),
})
export type GroupDetails = z.infer<typeof groupDetailsSchema>

export const groupSchema = groupDetailsSchema.extend({
  id: idSchema,
  workshopId: idSchema,
  position: z.number().int().min(0),
})
export type Group = z.infer<typeof groupSchema>
