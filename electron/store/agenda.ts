import type { Db } from './sqlite'

export type AgendaRepo = ReturnType<typeof agendaRepo>

/** The running order of questions per workshop and the question on the shared screen now. */
export function agendaRepo(db: Db) {
  const selectState = db.prepare<[string], { current_question_id: string | null; customised: number }>(
    'SELECT current_question_id, customised FROM agenda_state WHERE workshop_id = ?',
  )
  const selectItems = db.prepare<[string], { question_id: string }>(
    'SELECT question_id FROM agenda_items WHERE workshop_id = ? ORDER BY position',
  )
  const upsertState = db.prepare(`
    INSERT INTO agenda_state (workshop_id, current_question_id, customised, updated_at)
    VALUES (@workshopId, @current, @customised, @now)
    ON CONFLICT (workshop_id) DO UPDATE SET current_question_id = @current, customised = @customised, updated_at = @now`)
  const clearItems = db.prepare<[string]>('DELETE FROM agenda_items WHERE workshop_id = ?')
  const insertItem = db.prepare<[string, string, number]>('INSERT INTO agenda_items (workshop_id, question_id, position) VALUES (?, ?, ?)')

  return {
    /** Undefined while the workshop still has the default agenda (never changed). */
    get(workshopId: string): { questionIds: string[]; currentQuestionId: string | null; customised: boolean } | undefined {
      const state = selectState.get(workshopId)
      if (!state) return undefined
      return {
        questionIds: state.customised ? selectItems.all(workshopId).map((row) => row.question_id) : [],
        currentQuestionId: state.current_question_id,
        customised: state.customised === 1,
      }
    },
    setQuestions(workshopId: string, questionIds: readonly string[], current: string | null, now: string): void {
      clearItems.run(workshopId)
      questionIds.forEach((id, position) => insertItem.run(workshopId, id, position))
      upsertState.run({ workshopId, current, customised: 1, now })
    },
    /** Records the current question; the running order is left as it is (default or customised). */
    setCurrent(workshopId: string, current: string | null, customised: boolean, now: string): void {
      upsertState.run({ workshopId, current, customised: customised ? 1 : 0, now })
    },
  }
}
