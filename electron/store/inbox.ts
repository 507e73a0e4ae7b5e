import type { InboxMessage } from '../../shared/domain/room'
import type { Db } from './sqlite'

interface MessageRow {
  id: string
  workshop_id: string
  group_id: string | null
  kind: 'gap' | 'note'
  text: string
  detail: string
  question_id: string | null
  status: InboxMessage['status']
  gap_id: string | null
  created_at: string
  handled_at: string | null
}

const toMessage = (row: MessageRow): InboxMessage => ({
  id: row.id,
  workshopId: row.workshop_id,
  groupId: row.group_id,
  kind: row.kind,
  text: row.text,
  detail: row.detail,
  questionId: row.question_id,
  status: row.status,
  gapId: row.gap_id,
  createdAt: row.created_at,
  handledAt: row.handled_at,
})

export type InboxRepo = ReturnType<typeof inboxRepo>

/** What phones sent the facilitator, waiting to be accepted, merged or dismissed. */
export function inboxRepo(db: Db) {
  const insert = db.prepare(`
    INSERT INTO inbox_messages (id, workshop_id, group_id, kind, text, detail, question_id, created_at)
    VALUES (@id, @workshopId, @groupId, @kind, @text, @detail, @questionId, @createdAt)`)
  const selectOne = db.prepare<[string], MessageRow>('SELECT * FROM inbox_messages WHERE id = ?')
  const selectAll = db.prepare<[string], MessageRow>('SELECT * FROM inbox_messages WHERE workshop_id = ? ORDER BY created_at DESC, rowid DESC')
  const handle = db.prepare('UPDATE inbox_messages SET status = @status, gap_id = @gapId, handled_at = @at WHERE id = @id')

  return {
    insert(message: { id: string; workshopId: string; groupId: string | null; kind: 'gap' | 'note'; text: string; detail: string; questionId: string | null; createdAt: string }): void {
      insert.run(message)
    },
    get(id: string): InboxMessage | undefined {
      const row = selectOne.get(id)
      return row && toMessage(row)
    },
    list(workshopId: string): InboxMessage[] {
      return selectAll.all(workshopId).map(toMessage)
    },
    handle(id: string, status: 'accepted' | 'merged' | 'dismissed', gapId: string | null, at: string): void {
      handle.run({ id, status, gapId, at })
    },
  }
}
