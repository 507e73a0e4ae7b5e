import type { Db } from '../sqlite'

export function up(db: Db): void {
  db.exec(`
    CREATE TABLE workshops (
      id TEXT PRIMARY KEY,
      title TEXT NOT NULL,
      local_area TEXT NOT NULL DEFAULT '',
      date TEXT NOT NULL,
      venue TEXT NOT NULL DEFAULT '',
      facilitators TEXT NOT NULL DEFAULT '',
      cycle INTEGER NOT NULL CHECK (cycle >= 1),
      notes TEXT NOT NULL DEFAULT '',
      -- The content pack edition the workshop used, so a later edition never rewrites its record.
      pack_id TEXT NOT NULL,
      pack_version TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE groups (
      id TEXT PRIMARY KEY,
      workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
      name TEXT NOT NULL,
      roles TEXT NOT NULL DEFAULT '[]',
      head_count INTEGER NOT NULL DEFAULT 0 CHECK (head_count >= 0),
      position INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX groups_by_workshop ON groups(workshop_id, position);
  `)
}
