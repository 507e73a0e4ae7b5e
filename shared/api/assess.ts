import { z } from 'zod'
import { agendaSchema, MAX_AGENDA } from '../domain/agenda'
import { gapDetailsSchema, gapSchema } from '../domain/gaps'
import { questionIdSchema } from '../domain/links'
import { noteSaveSchema, noteSchema } from '../domain/notes'
import { offerDetailsSchema, offerItemSchema } from '../domain/offer'
import { ratingInputSchema, ratingSchema } from '../domain/ratings'
import { LIMITS, idSchema, requiredText } from '../domain/text'

const byWorkshop = z.object({ workshopId: idSchema }).strict()
const byId = z.object({ id: idSchema }).strict()

/**
 * Step 1 (Assess): agenda, notes, the current support offer, baseline ratings and gaps.
 * Spread into `contract`; every name is also listed in calls.ts.
 */
export const assessContract = {
  'agenda.get': {
    input: byWorkshop,
    output: agendaSchema,
  },
  'agenda.set': {
    /** Replaces the whole running order: adding, removing and reordering are all this one call. */
    input: z
      .object({
        workshopId: idSchema,
        questionIds: z
          .array(questionIdSchema)
          .max(MAX_AGENDA, { error: `An agenda can hold at most ${MAX_AGENDA} questions.` })
          .refine((ids) => new Set(ids).size === ids.length, { error: 'Each question can be on the agenda only once.' }),
      })
      .strict(),
    output: agendaSchema,
  },
  'agenda.setCurrent': {
    input: z.object({ workshopId: idSchema, questionId: questionIdSchema }).strict(),
    output: agendaSchema,
  },
  'notes.list': {
    input: byWorkshop,
    output: z.array(noteSchema),
  },
  'notes.get': {
    input: z.object({ workshopId: idSchema, questionId: questionIdSchema, groupId: idSchema }).strict(),
    output: noteSchema,
  },
  'notes.save': {
    /** Refused with code 'conflict' (HTTP 409) when baseRevision is not the saved revision. */
    input: noteSaveSchema.strict(),
    output: noteSchema,
  },
  'offer.list': {
    input: byWorkshop,
    output: z.array(offerItemSchema),
  },
  'offer.add': {
    input: z.object({ workshopId: idSchema, details: offerDetailsSchema.strict() }).strict(),
    output: offerItemSchema,
  },
  'offer.update': {
    input: z.object({ id: idSchema, details: offerDetailsSchema.strict() }).strict(),
    output: offerItemSchema,
  },
  'offer.remove': {
    input: byId,
    output: z.object({ removed: z.literal(true) }),
  },
  'ratings.list': {
    input: byWorkshop,
    output: z.array(ratingSchema),
  },
  'ratings.set': {
    input: ratingInputSchema.strict(),
    output: ratingSchema,
  },
  'gaps.list': {
    input: byWorkshop,
    output: z.array(gapSchema),
  },
  'gaps.create': {
    input: z.object({ workshopId: idSchema, details: gapDetailsSchema.strict() }).strict(),
    output: gapSchema,
  },
  'gaps.update': {
    input: z.object({ id: idSchema, details: gapDetailsSchema.strict() }).strict(),
    output: gapSchema,
  },
  'gaps.delete': {
    input: byId,
    output: z.object({ deleted: gapSchema }),
  },
  'gaps.restore': {
    /** Undoes a delete. */
    input: byId,
    output: gapSchema,
  },
  'gaps.merge': {
    /** Both gaps are kept (soft-deleted, merged_into the new gap) so the merge can be undone. */
    input: z.object({ firstId: idSchema, secondId: idSchema, title: requiredText('Title', LIMITS.title) }).strict(),
    output: gapSchema,
  },
  'gaps.unmerge': {
    /** Undoes a merge: the merged gap goes, the two it came from come back as they were. */
    input: byId,
    output: z.array(gapSchema),
  },
} as const
