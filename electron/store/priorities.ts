import { DEFAULT_MAX_PRIORITIES } from '../../shared/domain/priorities'
import type { Db } from './sqlite'

export interface StoredPriority {
  gapId: string
  position: number
  rationale: string
  title: string
  updatedAt: string
}

export type PrioritiesRepo = ReturnType<typeof prioritiesRepo>

export function prioritiesRepo(db: Db) {
  const selectMax = db.prepare<[string], { max_priorities: number }>('SELECT max_priorities FROM priority_settings WHERE workshop_id = ?')
  const upsertMax = db.prepare<[string, number]>(`
    INSERT INTO priority_settings (workshop_id, max_priorities) VALUES (?, ?)
    ON CONFLICT (workshop_id) DO UPDATE SET max_priorities = excluded.max_priorities`)
  const selectAll = db.prepare<[string], { gap_id: string; position: number; rationale: string; title: string; updated_at: string }>(`
    SELECT p.gap_id, p.position, p.rationale, g.title, p.updated_at FROM priorities p JOIN gaps g ON g.id = p.gap_id
    WHERE p.workshop_id = ? ORDER BY p.position`)
  const deleteAll = db.prepare<[string]>('DELETE FROM priorities WHERE workshop_id = ?')
  const insert = db.prepare('INSERT INTO priorities (workshop_id, gap_id, position, rationale, updated_at) VALUES (@workshopId, @gapId, @position, @rationale, @updatedAt)')

  return {
    max(workshopId: string): number {
      return selectMax.get(workshopId)?.max_priorities ?? DEFAULT_MAX_PRIORITIES
    },
    setMax(workshopId: string, max: number): void {
      upsertMax.run(workshopId, max)
    },
    list(workshopId: string): StoredPriority[] {
      return selectAll.all(workshopId).map((row) => ({ gapId: row.gap_id, position: row.position, rationale: row.rationale, title: row.title, updatedAt: row.updated_at }))
    },
    /** Replaces the list; keeps a priority's updatedAt when neither its place nor its rationale changed. */
    replace(workshopId: string, priorities: ReadonlyArray<{ gapId: string; rationale: string }>, at: string): void {
      const before = new Map(this.list(workshopId).map((priority) => [priority.gapId, priority]))
      deleteAll.run(workshopId)
      priorities.forEach((priority, index) => {
        const old = before.get(priority.gapId)
        const unchanged = old && old.position === index + 1 && old.rationale === priority.rationale
        insert.run({ workshopId, gapId: priority.gapId, position: index + 1, rationale: priority.rationale, updatedAt: unchanged ? old.updatedAt : at })
      })
    },
  }
}
