import { z } from 'zod'
import { agendaSchema, MAX_AGENDA } from '../domain/agenda'
import { questionIdSchema } from '../domain/links'
import { idSchema } from '../domain/text'
import { byWorkshop } from './inputs'

/**
 * Assess: the session's running order of questions, and the one on the shared screen.
 * Spread into `contract`; every name is also listed in calls.ts.
 */
export const agendaContract = {
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
} as const
