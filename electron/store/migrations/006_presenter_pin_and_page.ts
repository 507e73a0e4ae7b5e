import type { Db } from '../sqlite'

/**
 * The shared screen remembers whether the facilitator pinned its view (a reveal then leaves it
 * there) and which page of a long view it shows. Rows saved before this are unpinned, on page one.
 */
export function up(db: Db): void {
  db.exec(`
    ALTER TABLE presenter_state ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE presenter_state ADD COLUMN page INTEGER NOT NULL DEFAULT 0;
  `)
}
