import { DEFAULT_TIMER, presenterViewSchema, timerSchema, type PresenterState } from '../../shared/domain/presenter'
import type { Db } from './sqlite'

interface PresenterRow {
  workshop_id: string
  view: string
  round_id: string | null
  pinned: number
  page: number
  timer: string
  version: number
  updated_at: string
}

export type PresenterRepo = ReturnType<typeof presenterRepo>

/** One row per workshop: what the presenter window shows. A workshop without a row shows its title. */
export function presenterRepo(db: Db) {
  const select = db.prepare<[string], PresenterRow>('SELECT * FROM presenter_state WHERE workshop_id = ?')
  const upsert = db.prepare(`
    INSERT INTO presenter_state (workshop_id, view, round_id, pinned, page, timer, version, updated_at)
    VALUES (@workshopId, @view, @roundId, @pinned, @page, @timer, @version, @updatedAt)
    ON CONFLICT (workshop_id) DO UPDATE SET view = excluded.view, round_id = excluded.round_id, pinned = excluded.pinned,
      page = excluded.page, timer = excluded.timer, version = excluded.version, updated_at = excluded.updated_at`)

  return {
    get(workshopId: string, now: string): PresenterState {
      const row = select.get(workshopId)
      if (!row) return { workshopId, view: 'welcome', roundId: null, pinned: false, page: 0, timer: DEFAULT_TIMER, version: 0, updatedAt: now }
      return {
        workshopId,
        view: presenterViewSchema.parse(row.view),
        roundId: row.round_id,
        pinned: row.pinned === 1,
        page: row.page,
        timer: timerSchema.parse(JSON.parse(row.timer)),
        version: row.version,
        updatedAt: row.updated_at,
      }
    },
    save(state: PresenterState): void {
      upsert.run({ workshopId: state.workshopId, view: state.view, roundId: state.roundId, pinned: state.pinned ? 1 : 0, page: state.page, timer: JSON.stringify(state.timer), version: state.version, updatedAt: state.updatedAt })
    },
  }
}
