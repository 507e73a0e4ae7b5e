import { z } from 'zod'
import { agendaSchema } from './agenda'
import { gapDetailsSchema } from './gaps'
import { guideTagSchema, questionIdSchema } from './links'
import { noteTextSchema } from './notes'
import { offerDetailsSchema } from './offer'
import { actionDetailsSchema, actionUpdateInputSchema, priorityPlanSchema } from './plan/action'
import { youSaidRowsSchema } from './plan/youSaid'
import { ragSchema } from './ratings'
import { LIMITS, idSchema, optionalText } from './text'
import { ballotSchema, roundSettingsSchema } from './voting/settings'
import { whoVotesSchema } from './voting/voters'
import { groupDetailsSchema, groupRoleSchema, packRefSchema, workshopDetailsSchema } from './workshop'

/**
 * A workshop as a portable file, to move it between laptops. Ids inside the file only tie its
 * parts together; importing gives everything new ids, so nothing on the receiving laptop is
 * ever overwritten. Every part is checked with the same schemas the app uses for typing.
 */
export const WORKSHOP_FILE_FORMAT = 'common-ground-workshop'
/**
 * 2 added an action's first-agreed date and You said themes; 3 who votes in a round and each
 * person's ballot (with their table and role). Files of earlier versions still import.
 */
export const WORKSHOP_FILE_VERSION = 3
export { MAX_WORKSHOP_FILE_BYTES } from './fileLimits'

const list = <T extends z.ZodType>(item: T, max: number, label: string) =>
  z.array(item, { error: `${label} must be a list.` }).max(max, { error: `The file has too many ${label.toLowerCase()} (at most ${max}).` })

export const workshopFileSchema = z
  .object({
    format: z.literal(WORKSHOP_FILE_FORMAT, { error: 'This is not a Common Ground workshop file.' }),
    version: z
      .number({ error: 'This workshop file’s format version is not one this version of Common Ground reads.' })
      .int({ error: 'This workshop file’s format version is not one this version of Common Ground reads.' })
      .min(1, { error: 'This workshop file’s format version is not one this version of Common Ground reads.' })
      .max(WORKSHOP_FILE_VERSION),
    exportedAt: z.string().max(40),
    workshop: workshopDetailsSchema.extend({ pack: packRefSchema }).strict(),
    groups: list(groupDetailsSchema.extend({ id: idSchema }).strict(), 100, 'Groups'),
    agenda: agendaSchema.extend({ customised: z.boolean() }).strict(),
    notes: list(z.object({ questionId: questionIdSchema, groupId: idSchema, text: noteTextSchema }).strict(), 20_000, 'Notes'),
    offer: list(offerDetailsSchema.strict(), 500, 'Offer items'),
    ratings: list(
      z.object({ tag: guideTagSchema, groupId: idSchema.nullable(), rating: ragSchema.nullable(), comment: optionalText('Comment', LIMITS.longText, 'lines') }).strict(),
      2_000,
      'Ratings',
    ),
    /** `removed`: deleted or merged since, kept because a voting round or priority refers to it. */
    gaps: list(gapDetailsSchema.extend({ id: idSchema, removed: z.boolean() }).strict(), 2_000, 'Gaps'),
    rounds: list(
      z
        .object({
          settings: roundSettingsSchema,
          gapIds: z.array(idSchema).min(2).max(60),
          status: z.enum(['open', 'closed']),
          revealed: z.boolean(),
          ballots: list(z.object({ groupId: idSchema, ballot: ballotSchema }).strict(), 100, 'Ballots'),
          whoVotes: whoVotesSchema.optional(),
          personBallots: list(z.object({ groupId: idSchema, role: groupRoleSchema.nullable(), ballot: ballotSchema }).strict(), 2_000, 'Person ballots').optional(),
        })
        .strict(),
      200,
      'Rounds',
    ),
    priorities: z
      .object({
        max: z.number().int().min(1).max(50),
        list: list(z.object({ gapId: idSchema, rationale: optionalText('Rationale', LIMITS.longText, 'lines') }).strict(), 50, 'Priorities'),
      })
      .strict(),
    plans: list(
      z
        .object({
          gapId: idSchema,
          plan: priorityPlanSchema.strict(),
          actions: list(
            actionDetailsSchema
              // The date first agreed, when it was moved later (files made before it was kept have none).
              .extend({ originalByWhen: actionDetailsSchema.shape.byWhen.optional(), updates: list(actionUpdateInputSchema.strict(), 500, 'Updates') })
              .strict(),
            200,
            'Actions',
          ),
        })
        .strict(),
      50,
      'Plans',
    ),
    youSaid: youSaidRowsSchema,
  })
  .strict()
export type WorkshopFile = z.infer<typeof workshopFileSchema>

/** Reads a file's text: JSON first, then the format and version, then every part. */
export function parseWorkshopFile(text: string): { ok: true; file: WorkshopFile } | { ok: false; message: string; place?: string } {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return { ok: false, message: 'This file is not a Common Ground workshop file: it is not valid JSON.' }
  }
  if (typeof json !== 'object' || json === null || (json as { format?: unknown }).format !== WORKSHOP_FILE_FORMAT) {
    return { ok: false, message: 'This is not a Common Ground workshop file.' }
  }
  const version = (json as { version?: unknown }).version
  if (typeof version === 'number' && version > WORKSHOP_FILE_VERSION) {
    return { ok: false, message: `This workshop file was made by a newer version of Common Ground (format ${version}). Update Common Ground to import it.` }
  }
  const parsed = workshopFileSchema.safeParse(json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    const place = issue.path.map(String).join('.')
    return { ok: false, message: `The workshop file has a problem${place ? ` at ${place}` : ''}: ${issue.message}`, place }
  }
  return { ok: true, file: parsed.data }
}
