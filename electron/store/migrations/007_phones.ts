import type { Db } from '../sqlite'

/**
 * The room on its phones. A round says who votes: each table (one ballot per group, as before) or
 * each person (one ballot per phone, kept with its table and the role its holder chose; the voter
 * is an id the app made, never a name). Phones' gaps and notes wait in the facilitator's inbox
 * until accepted as a gap, merged into one, or dismissed. Phones' sessions are not stored: they
 * live only while the room is open.
 */
export function up(db: Db): void {
  db.exec(`
    ALTER TABLE voting_rounds ADD COLUMN who_votes TEXT NOT NULL DEFAULT 'tables' CHECK (who_votes IN ('tables', 'people'));

    CREATE TABLE person_ballots (
      round_id TEXT NOT NULL REFERENCES voting_rounds(id) ON DELETE CASCADE,
      voter_id TEXT NOT NULL,
      group_id TEXT NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
      role TEXT CHECK (role IS NULL OR role IN ('foster_carers', 'supervising_social_workers', 'managers_leaders', 'partner_agencies', 'others')),
      -- A Ballot as JSON, validated against its round before it is written.
      payload TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      PRIMARY KEY (round_id, voter_id)
    ) STRICT;
    CREATE INDEX person_ballots_by_group ON person_ballots (group_id);

    CREATE TABLE inbox_messages (
      id TEXT PRIMARY KEY,
      workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
      group_id TEXT REFERENCES groups(id) ON DELETE SET NULL,
      kind TEXT NOT NULL CHECK (kind IN ('gap', 'note')),
      text TEXT NOT NULL,
      detail TEXT NOT NULL DEFAULT '',
      -- The question on the shared screen when it was sent, if any.
      question_id TEXT,
      status TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'accepted', 'merged', 'dismissed')),
      gap_id TEXT REFERENCES gaps(id) ON DELETE SET NULL,
      created_at TEXT NOT NULL,
      handled_at TEXT
    ) STRICT;
    CREATE INDEX inbox_by_workshop ON inbox_messages (workshop_id, created_at);
  `)
}
