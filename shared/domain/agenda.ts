import { z } from 'zod'
import { questionsBy } from '../content/load'
import type { Pack } from '../content/schema'
import { questionIdSchema } from './links'

export const MAX_AGENDA = 500

export const agendaSchema = z.object({
  /** Question ids of the workshop's pack edition, in running order. */
  questionIds: z.array(questionIdSchema),
  /** The question on the shared screen now (null when the agenda is empty). */
  currentQuestionId: questionIdSchema.nullable(),
})
export type Agenda = z.infer<typeof agendaSchema>

/** A workshop starts with every Assess question, section by section, in the tool's order. */
export function defaultAgenda(pack: Pack): string[] {
  return questionsBy(pack, { stage: 'assess' }).map((question) => question.id)
}

/** The current question after moving `by` places, staying within the agenda. */
export function stepAgenda(agenda: Agenda, by: number): string | null {
  const { questionIds, currentQuestionId } = agenda
  if (questionIds.length === 0) return null
  const index = currentQuestionId === null ? -1 : questionIds.indexOf(currentQuestionId)
  if (index === -1) return questionIds[0]!
  return questionIds[Math.min(questionIds.length - 1, Math.max(0, index + by))]!
}

/**
 * Where the current question is after the agenda changes: kept if still there, otherwise the
 * question now at its old place (or the last one), so removing the current question moves on.
 */
export function keepCurrent(before: Agenda, after: readonly string[]): string | null {
  if (after.length === 0) return null
  const current = before.currentQuestionId
  if (current !== null && after.includes(current)) return current
  const oldIndex = current === null ? 0 : Math.max(0, before.questionIds.indexOf(current))
  return after[Math.min(oldIndex, after.length - 1)]!
}
