import type { Db } from '../sqlite'

/**
 * The team library, on this computer's side: which workshops are linked to one in the team library
 * (and which revision they are), and the outbox of publishes waiting for the server. The connection
 * settings are not here: they are kept beside the library (team-settings.json), never in it, so no
 * backup, workshop file or report can carry them.
 */
export function up(db: Db): void {
  db.exec(`
    CREATE TABLE team_links (
      workshop_id TEXT PRIMARY KEY REFERENCES workshops(id) ON DELETE CASCADE,
      team_workshop_id TEXT NOT NULL UNIQUE,
      service_id TEXT NOT NULL,
      -- The team revision this copy was published as or brought in from (null until a publish lands).
      revision_id TEXT,
      revision_number INTEGER,
      -- Written to on this computer since that revision.
      changed INTEGER NOT NULL DEFAULT 0,
      linked_at TEXT NOT NULL
    );

    -- Sent in order; each carries the revision it is based on, and its own id made here, so sending
    -- it again after a lost answer is the same revision, never a second one.
    CREATE TABLE team_outbox (
      position INTEGER PRIMARY KEY AUTOINCREMENT,
      revision_id TEXT NOT NULL UNIQUE,
      workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
      team_workshop_id TEXT NOT NULL,
      base_revision_id TEXT,
      service_id TEXT NOT NULL,
      copy_of TEXT,
      continues_from TEXT,
      title TEXT NOT NULL,
      cycle INTEGER NOT NULL,
      date TEXT NOT NULL,
      format_version INTEGER NOT NULL,
      document TEXT NOT NULL,
      carried TEXT NOT NULL,
      published_by_name TEXT NOT NULL,
      state TEXT NOT NULL DEFAULT 'waiting' CHECK (state IN ('waiting', 'refused')),
      attempts INTEGER NOT NULL DEFAULT 0,
      last_error TEXT,
      created_at TEXT NOT NULL
    );
    CREATE INDEX team_outbox_by_workshop ON team_outbox (workshop_id, position);
  `)
}
