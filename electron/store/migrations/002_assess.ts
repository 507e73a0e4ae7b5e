import type { Db } from '../sqlite'

/**
 * Step 1 of the Reflective Tool (Assess): the agenda, notes per question per group, the current
 * support offer, baseline ratings and gaps. Everything is keyed by workshop, and a workshop
 * belongs to one cycle, so cycle N can later be compared with cycle N-1 workshop by workshop.
 * Question ids refer to the content pack edition the workshop records (workshops.pack_*).
 */
export function up(db: Db): void {
  db.exec(`
    -- The questions chosen for the session, in running order. A workshop with no agenda_state
    -- row has the default agenda (every Assess question); once changed, this table is the truth,
    -- so an agenda the facilitator empties stays empty.
    CREATE TABLE agenda_state (
      workshop_id TEXT PRIMARY KEY REFERENCES workshops(id) ON DELETE CASCADE,
      -- The question on the shared screen now, mirrored by the presenter window.
      current_question_id TEXT,
      customised INTEGER NOT NULL DEFAULT 0 CHECK (customised IN (0, 1)),
      updated_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE agenda_items (
      workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
      question_id TEXT NOT NULL,
      position INTEGER NOT NULL,
      PRIMARY KEY (workshop_id, question_id)
    ) STRICT;
    CREATE INDEX agenda_items_in_order ON agenda_items(workshop_id, position);

    -- One note per question per group. revision goes up by one on every save: a client sends
    -- the revision it edited, and a stale one is refused rather than silently overwriting.
    CREATE TABLE notes (
      workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
      question_id TEXT NOT NULL,
      group_id TEXT NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
      text TEXT NOT NULL,
      revision INTEGER NOT NULL CHECK (revision >= 1),
      updated_at TEXT NOT NULL,
      PRIMARY KEY (workshop_id, question_id, group_id)
    ) STRICT;

    CREATE TABLE offer_items (
      id TEXT PRIMARY KEY,
      workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
      name TEXT NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('evidence_based', 'local')),
      delivered_by TEXT NOT NULL DEFAULT '',
      take_up TEXT NOT NULL DEFAULT '',
      notes TEXT NOT NULL DEFAULT '',
      position INTEGER NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX offer_items_by_workshop ON offer_items(workshop_id, position);

    -- Key Principles (KP1…) and Recommendations (R1…) an offer item serves.
    CREATE TABLE offer_links (
      offer_id TEXT NOT NULL REFERENCES offer_items(id) ON DELETE CASCADE,
      tag TEXT NOT NULL,
      PRIMARY KEY (offer_id, tag)
    ) STRICT;

    -- The room's agreed baseline rating per Key Principle or Recommendation.
    CREATE TABLE ratings (
      workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
      tag TEXT NOT NULL,
      rating TEXT CHECK (rating IN ('red', 'amber', 'green')),
      comment TEXT NOT NULL DEFAULT '',
      updated_at TEXT NOT NULL,
      PRIMARY KEY (workshop_id, tag)
    ) STRICT;

    -- Optional ratings per group, to show where groups differ from each other and the room.
    CREATE TABLE group_ratings (
      workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
      tag TEXT NOT NULL,
      group_id TEXT NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
      rating TEXT CHECK (rating IN ('red', 'amber', 'green')),
      comment TEXT NOT NULL DEFAULT '',
      updated_at TEXT NOT NULL,
      PRIMARY KEY (workshop_id, tag, group_id)
    ) STRICT;

    -- Gaps are referenced by id from later steps (voting, priorities, actions, the report), so
    -- they are never hard-deleted: delete and merge set deleted_at (merge also merged_into), and
    -- undo clears them again.
    CREATE TABLE gaps (
      id TEXT PRIMARY KEY,
      workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
      title TEXT NOT NULL,
      detail TEXT NOT NULL DEFAULT '',
      source_question_id TEXT,
      edie INTEGER NOT NULL DEFAULT 0 CHECK (edie IN (0, 1)),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted_at TEXT,
      merged_into TEXT REFERENCES gaps(id)
    ) STRICT;
    CREATE INDEX gaps_by_workshop ON gaps(workshop_id, created_at);
    CREATE INDEX gaps_by_merge ON gaps(merged_into);

    CREATE TABLE gap_links (
      gap_id TEXT NOT NULL REFERENCES gaps(id) ON DELETE CASCADE,
      tag TEXT NOT NULL,
      PRIMARY KEY (gap_id, tag)
    ) STRICT;

    CREATE TABLE gap_groups (
      gap_id TEXT NOT NULL REFERENCES gaps(id) ON DELETE CASCADE,
      group_id TEXT NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
      PRIMARY KEY (gap_id, group_id)
    ) STRICT;
    CREATE INDEX gap_groups_by_group ON gap_groups(group_id);
  `)
}
