import { z } from 'zod'
import { LIMITS, idSchema, withoutControlCharacters } from './text'
import { questionIdSchema } from './links'

/**
 * A note as typed: not trimmed (saving happens while the facilitator types, and trimming would
 * eat the space before the next word), but limited so a 1 MB accidental paste is refused.
 */
export const noteTextSchema = withoutControlCharacters(
  z.string({ error: 'Note must be text.' }).max(LIMITS.longText, {
    error: `This note is too long to save: a note can hold ${LIMITS.longText.toLocaleString('en-GB')} characters. Shorten it, or split it across questions.`,
  }),
  'The note',
  'lines',
)

export const noteSchema = z.object({
  questionId: questionIdSchema,
  groupId: idSchema,
  text: z.string(),
  /** Goes up by one on every save; 0 means never saved. */
  revision: z.number().int().min(0),
  updatedAt: z.string(),
})
export type Note = z.infer<typeof noteSchema>

export const noteSaveSchema = z.object({
  workshopId: idSchema,
  questionId: questionIdSchema,
  groupId: idSchema,
  text: noteTextSchema,
  /** The revision the client's text was based on; a different saved revision is a conflict. */
  baseRevision: z.number({ error: 'Revision must be a number.' }).int().min(0),
})

/** The message a person reads when another tab or window saved the same note first. */
export const NOTE_CONFLICT_MESSAGE =
  'This note was changed in another window or tab while you were typing. Both versions are kept: choose which to keep, or keep both.'
