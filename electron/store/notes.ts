import type { Note } from '../../shared/domain/notes'
import type { Db } from './sqlite'

interface NoteRow {
  question_id: string
  group_id: string
  text: string
  revision: number
  updated_at: string
}

const toNote = (row: NoteRow): Note => ({
  questionId: row.question_id,
  groupId: row.group_id,
  text: row.text,
  revision: row.revision,
  updatedAt: row.updated_at,
})

export type NotesRepo = ReturnType<typeof notesRepo>

export function notesRepo(db: Db) {
  const selectAll = db.prepare<[string], NoteRow>(
    'SELECT question_id, group_id, text, revision, updated_at FROM notes WHERE workshop_id = ? ORDER BY question_id, group_id',
  )
  const selectOne = db.prepare<[string, string, string], NoteRow>(
    'SELECT question_id, group_id, text, revision, updated_at FROM notes WHERE workshop_id = ? AND question_id = ? AND group_id = ?',
  )
  const upsert = db.prepare(`
    INSERT INTO notes (workshop_id, question_id, group_id, text, revision, updated_at)
    VALUES (@workshopId, @questionId, @groupId, @text, @revision, @updatedAt)
    ON CONFLICT (workshop_id, question_id, group_id) DO UPDATE SET text = @text, revision = @revision, updated_at = @updatedAt`)

  return {
    list(workshopId: string): Note[] {
      return selectAll.all(workshopId).map(toNote)
    },
    get(workshopId: string, questionId: string, groupId: string): Note | undefined {
      const row = selectOne.get(workshopId, questionId, groupId)
      return row && toNote(row)
    },
    put(workshopId: string, note: Note): void {
      upsert.run({ workshopId, ...note })
    },
  }
}
