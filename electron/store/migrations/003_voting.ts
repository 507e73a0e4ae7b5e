import type { Db } from '../sqlite'

/**
 * Step 2 (Prioritise): voting rounds and their gaps, one ballot per group per round, the agreed
 * priorities with their limit, and what the presenter window shows (with the discussion timer).
 * Gaps are soft-deleted by Assess (002), so rounds and priorities can reference them by FK.
 */
export function up(db: Db): void {
  db.exec(`
    CREATE TABLE voting_rounds (
      id TEXT PRIMARY KEY,
      workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
      number INTEGER NOT NULL CHECK (number >= 1),
      method TEXT NOT NULL CHECK (method IN ('dots', 'ranked', 'points')),
      -- RoundSettings as JSON, validated by zod on the way in and out.
      settings TEXT NOT NULL,
      status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
      revealed INTEGER NOT NULL DEFAULT 0 CHECK (revealed IN (0, 1)),
      created_at TEXT NOT NULL,
      closed_at TEXT,
      revealed_at TEXT,
      UNIQUE (workshop_id, number)
    ) STRICT;

    CREATE TABLE voting_round_gaps (
      round_id TEXT NOT NULL REFERENCES voting_rounds(id) ON DELETE CASCADE,
      gap_id TEXT NOT NULL REFERENCES gaps(id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      PRIMARY KEY (round_id, gap_id)
    ) STRICT;

    CREATE TABLE ballots (
      round_id TEXT NOT NULL REFERENCES voting_rounds(id) ON DELETE CASCADE,
      group_id TEXT NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
      -- A Ballot as JSON (dots, ranking or points), validated against its round before it is written.
      payload TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      PRIMARY KEY (round_id, group_id)
    ) STRICT;

    CREATE TABLE priority_settings (
      workshop_id TEXT PRIMARY KEY REFERENCES workshops(id) ON DELETE CASCADE,
      max_priorities INTEGER NOT NULL CHECK (max_priorities BETWEEN 1 AND 10)
    ) STRICT;

    CREATE TABLE priorities (
      workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
      gap_id TEXT NOT NULL REFERENCES gaps(id) ON DELETE CASCADE,
      position INTEGER NOT NULL CHECK (position >= 1),
      rationale TEXT NOT NULL DEFAULT '',
      updated_at TEXT NOT NULL,
      PRIMARY KEY (workshop_id, gap_id),
      UNIQUE (workshop_id, position)
    ) STRICT;

    CREATE TABLE presenter_state (
      workshop_id TEXT PRIMARY KEY REFERENCES workshops(id) ON DELETE CASCADE,
      view TEXT NOT NULL,
      round_id TEXT REFERENCES voting_rounds(id) ON DELETE SET NULL,
      -- Timer as JSON (duration, elapsed, running since, sound).
      timer TEXT NOT NULL,
      version INTEGER NOT NULL DEFAULT 0,
      updated_at TEXT NOT NULL
    ) STRICT;
  `)
}
