import type { Workshop, WorkshopDetails, WorkshopSummary } from '../../shared/domain/workshop'
import type { Db } from './sqlite'

interface WorkshopRow {
  id: string
  title: string
  local_area: string
  date: string
  venue: string
  facilitators: string
  cycle: number
  notes: string
  pack_id: string
  pack_version: string
  created_at: string
  updated_at: string
}

function toWorkshop(row: WorkshopRow): Workshop {
  return {
    id: row.id,
    title: row.title,
    localArea: row.local_area,
    date: row.date,
    venue: row.venue,
    facilitators: row.facilitators,
    cycle: row.cycle,
    notes: row.notes,
    pack: { id: row.pack_id, version: row.pack_version },
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}

export type WorkshopsRepo = ReturnType<typeof workshopsRepo>

export function workshopsRepo(db: Db) {
  const selectOne = db.prepare<[string], WorkshopRow>('SELECT * FROM workshops WHERE id = ?')
  // The list's columns only (never the notes), named as the summary names them, with each group count from the
  // groups_by_workshop index: one statement for the whole list, and rows that need no copying.
  const selectSummaries = db.prepare<[], WorkshopSummary>(`
    SELECT w.id, w.title, w.local_area AS localArea, w.date, w.cycle, w.updated_at AS updatedAt,
      (SELECT COUNT(*) FROM groups g WHERE g.workshop_id = w.id) AS groupCount
    FROM workshops w
    ORDER BY w.date DESC, w.created_at DESC`)
  const insert = db.prepare(`
    INSERT INTO workshops (id, title, local_area, date, venue, facilitators, cycle, notes, pack_id, pack_version, created_at, updated_at)
    VALUES (@id, @title, @localArea, @date, @venue, @facilitators, @cycle, @notes, @packId, @packVersion, @createdAt, @updatedAt)`)
  const update = db.prepare(`
    UPDATE workshops SET title = @title, local_area = @localArea, date = @date, venue = @venue,
      facilitators = @facilitators, cycle = @cycle, notes = @notes, updated_at = @updatedAt
    WHERE id = @id`)
  const remove = db.prepare<[string]>('DELETE FROM workshops WHERE id = ?')

  return {
    get(id: string): Workshop | undefined {
      const row = selectOne.get(id)
      return row && toWorkshop(row)
    },
    listSummaries(): WorkshopSummary[] {
      return selectSummaries.all()
    },
    insert({ pack, ...workshop }: Workshop): void {
      insert.run({ ...workshop, packId: pack.id, packVersion: pack.version })
    },
    update(id: string, details: WorkshopDetails, updatedAt: string): boolean {
      const { title, localArea, date, venue, facilitators, cycle, notes } = details
      return update.run({ id, title, localArea, date, venue, facilitators, cycle, notes, updatedAt }).changes === 1
    },
    delete(id: string): boolean {
      return remove.run(id).changes === 1
    },
  }
}
