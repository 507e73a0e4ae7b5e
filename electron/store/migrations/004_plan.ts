import type { Db } from '../sqlite'

/**
 * Steps 2–4 of the Reflective Tool (Plan, Do, Review) and the next cycle. An agreed priority is a
 * row of `priorities` (003), keyed by workshop and gap; its plan, Task and Finish group and actions
 * hang off that key.
 */
export function up(db: Db): void {
  db.exec(`
    -- "Start the next cycle" links the new workshop to the one it follows, so a service's cycles
    -- are listed together and compared. A deleted earlier cycle leaves the later one standing.
    ALTER TABLE workshops ADD COLUMN previous_workshop_id TEXT REFERENCES workshops(id) ON DELETE SET NULL;
    CREATE INDEX workshops_by_previous ON workshops(previous_workshop_id);

    -- What we want to achieve and the Task and Finish group, per priority. Not tied to the
    -- priorities row by a foreign key: priorities are rewritten whole when the room reorders them,
    -- and a plan with no actions may quietly outlive its priority (it comes back if re-agreed).
    CREATE TABLE priority_plans (
      workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
      gap_id TEXT NOT NULL REFERENCES gaps(id) ON DELETE CASCADE,
      aim TEXT NOT NULL DEFAULT '',
      team_name TEXT NOT NULL DEFAULT '',
      team_lead TEXT NOT NULL DEFAULT '',
      updated_at TEXT NOT NULL,
      PRIMARY KEY (workshop_id, gap_id)
    ) STRICT;

    CREATE TABLE task_group_members (
      workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
      gap_id TEXT NOT NULL REFERENCES gaps(id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      role TEXT NOT NULL CHECK (role IN ('foster_carers', 'supervising_social_workers', 'managers_leaders', 'partner_agencies', 'others')),
      name TEXT NOT NULL DEFAULT '',
      PRIMARY KEY (workshop_id, gap_id, position)
    ) STRICT;

    -- Actions must belong to an agreed priority. The check is deferred to commit because the
    -- Prioritise step rewrites the priorities list (delete then insert) when it is reordered;
    -- removing a priority that still has actions fails instead of silently deleting them.
    CREATE TABLE actions (
      id TEXT PRIMARY KEY,
      workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
      gap_id TEXT NOT NULL,
      action TEXT NOT NULL,
      lead TEXT NOT NULL,
      by_when TEXT NOT NULL,
      -- The date first agreed (kept when carried into the next cycle), to see slippage.
      original_by_when TEXT NOT NULL,
      outcome TEXT NOT NULL DEFAULT '',
      measure TEXT NOT NULL DEFAULT '',
      status TEXT NOT NULL CHECK (status IN ('awaiting_start', 'on_track', 'at_risk', 'off_track', 'complete')),
      position INTEGER NOT NULL,
      carried_from_id TEXT REFERENCES actions(id) ON DELETE SET NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      FOREIGN KEY (workshop_id, gap_id) REFERENCES priorities(workshop_id, gap_id) DEFERRABLE INITIALLY DEFERRED
    ) STRICT;
    CREATE INDEX actions_by_priority ON actions(workshop_id, gap_id, position);
    CREATE INDEX actions_by_carried_from ON actions(carried_from_id);
    CREATE INDEX actions_by_date ON actions(by_when) WHERE status <> 'complete';

    -- The "update and evidence" column as a dated log.
    CREATE TABLE action_updates (
      id TEXT PRIMARY KEY,
      action_id TEXT NOT NULL REFERENCES actions(id) ON DELETE CASCADE,
      date TEXT NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('awaiting_start', 'on_track', 'at_risk', 'off_track', 'complete')),
      text TEXT NOT NULL,
      created_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX action_updates_by_action ON action_updates(action_id, date, created_at);

    -- "You said, we did, now we will" as the facilitator edited it (the draft is computed).
    CREATE TABLE you_said_rows (
      workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      you_said TEXT NOT NULL,
      we_did TEXT NOT NULL,
      now_we_will TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      PRIMARY KEY (workshop_id, position)
    ) STRICT;
  `)
}
