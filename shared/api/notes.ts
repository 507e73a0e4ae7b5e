import { z } from 'zod'
import { questionIdSchema } from '../domain/links'
import { noteSaveSchema, noteSchema } from '../domain/notes'
import { idSchema } from '../domain/text'
import { byWorkshop } from './inputs'

/**
 * Assess: each group's notes on a question.
 * Spread into `contract`; every name is also listed in calls.ts.
 */
export const notesContract = {
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
} as const
