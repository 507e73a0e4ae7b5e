import { DEFAULT_TIMER, presenterViewSchema, timerSchema, type PresenterState } from '../../shared/domain/presenter'
import type { Db } from './db'

interface PresenterRow {
  workshop_id: string
  view: string
  round_id: string | null
  timer: string
  version: number
  updated_at: string
}

export type PresenterRepo = ReturnType<typeof presenterRepo>

/** One row per workshop: what the presenter window shows. A workshop without a row shows its title. */
export function presenterRepo(db: Db) {
  const select = db.prepare<[string], PresenterRow>('SELECT * FROM presenter_state WHERE workshop_id = ?')
  const upsert = db.prepare(`
    INSERT INTO presenter_state (workshop_id, view, round_id, timer, version, updated_at)
    VALUES (@workshopId, @view, @roundId, @timer, @version, @updatedAt)
    ON CONFLICT (workshop_id) DO UPDATE SET view = excluded.view, round_id = excluded.round_id,
      timer = excluded.timer, version = excluded.version, updated_at = excluded.updated_at`)

  return {
    get(workshopId: string, now: string): PresenterState {
      const row = select.get(workshopId)
      if (!row) return { workshopId, view: 'welcome', roundId: null, timer: DEFAULT_TIMER, version: 0, updatedAt: now }
      return {
        workshopId,
        view: presenterViewSchema.parse(row.view),
        roundId: row.round_id,
        timer: timerSchema.parse(JSON.parse(row.timer)),
        version: row.version,
        updatedAt: row.updated_at,
      }
    },
    save(state: PresenterState): void {
      upsert.run({ workshopId: state.workshopId, view: state.view, roundId: state.roundId, timer: JSON.stringify(state.timer), version: state.version, updatedAt: state.updatedAt })
    },
  }
}
