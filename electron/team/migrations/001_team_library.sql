-- Common Ground team library, schema 001: every published revision of each workshop, kept for good.
--
-- Applied by `npm run team:setup -- <url>`, or read and run by hand, as the database's owner, in one
-- transaction:   psql "<url>" -v ON_ERROR_STOP=1 --single-transaction -f 001_team_library.sql
-- Common Ground itself never changes the schema when it connects; it only checks which migrations
-- are recorded in common_ground.migrations.
--
-- Who sees what (row-level security):
--   * A service is a row in common_ground.services naming a PostgreSQL role. A facilitator's login
--     role (or the service's own login role) that is a member of that role sees and publishes only
--     that service's workshops.
--   * A partnership is a row in common_ground.partnerships naming a role, with its member services.
--     A member of a partnership's role reads only the summaries (cycle_summaries, priority_summaries):
--     each cycle's agreed priorities, their Key Principles and Recommendations and their actions'
--     status counts. Never the workshops, their documents, notes, group names or ballots.
--   * Revisions are never updated or deleted by Common Ground's roles: publishing adds one.

CREATE SCHEMA common_ground;

CREATE TABLE common_ground.migrations (
  name text PRIMARY KEY,
  applied_at timestamptz NOT NULL DEFAULT now()
);

-- The two group roles Common Ground's tables are granted to. Each service's role is made a member of
-- common_ground_facilitator, each partnership's role of common_ground_partnership (see the README).
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'common_ground_facilitator') THEN
    CREATE ROLE common_ground_facilitator NOLOGIN;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'common_ground_partnership') THEN
    CREATE ROLE common_ground_partnership NOLOGIN;
  END IF;
END $$;

CREATE TABLE common_ground.services (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 200),
  -- The role whose members work for this service.
  role_name name NOT NULL UNIQUE
);

CREATE TABLE common_ground.partnerships (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 200),
  role_name name NOT NULL UNIQUE
);

CREATE TABLE common_ground.partnership_services (
  partnership_id uuid NOT NULL REFERENCES common_ground.partnerships ON DELETE CASCADE,
  service_id uuid NOT NULL REFERENCES common_ground.services ON DELETE CASCADE,
  PRIMARY KEY (partnership_id, service_id)
);
CREATE INDEX partnership_services_by_service ON common_ground.partnership_services (service_id);

-- The services the signed-in role works for (through membership of their roles, directly or not).
CREATE FUNCTION common_ground.my_services() RETURNS SETOF uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = common_ground, pg_catalog AS $$
  SELECT s.id FROM common_ground.services s JOIN pg_roles r ON r.rolname = s.role_name
  WHERE pg_has_role(session_user, r.oid, 'MEMBER')
$$;

-- The services of every partnership the signed-in role belongs to.
CREATE FUNCTION common_ground.my_partnership_services() RETURNS SETOF uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = common_ground, pg_catalog AS $$
  SELECT ps.service_id FROM common_ground.partnerships p
  JOIN pg_roles r ON r.rolname = p.role_name
  JOIN common_ground.partnership_services ps ON ps.partnership_id = p.id
  WHERE pg_has_role(session_user, r.oid, 'MEMBER')
$$;

-- One row per workshop: its id is made by the laptop that first published it.
CREATE TABLE common_ground.workshops (
  id uuid PRIMARY KEY,
  service_id uuid NOT NULL REFERENCES common_ground.services,
  -- Published as a separate copy of another workshop (after a refused publish).
  copy_of uuid REFERENCES common_ground.workshops,
  -- The earlier cycle this one continues from ("Start the next cycle").
  continues_from uuid REFERENCES common_ground.workshops,
  -- Of the latest revision, kept here by the revision trigger.
  title text NOT NULL,
  cycle integer NOT NULL CHECK (cycle BETWEEN 1 AND 99),
  date date NOT NULL,
  latest_revision_id uuid,
  latest_number integer NOT NULL DEFAULT 0,
  -- "Being run by": a facilitator's mark that they are using it now, so others know.
  being_run_by text CHECK (length(being_run_by) <= 200),
  being_run_since timestamptz,
  created_by name NOT NULL DEFAULT session_user,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX workshops_by_service ON common_ground.workshops (service_id, cycle DESC);
CREATE INDEX workshops_by_continues_from ON common_ground.workshops (continues_from);

-- Every published revision, for good: the workshop-file document as JSONB, its metadata in columns.
CREATE TABLE common_ground.revisions (
  -- Made by the laptop before it first tries, so a publish retried after a lost answer is the same revision.
  id uuid PRIMARY KEY,
  workshop_id uuid NOT NULL REFERENCES common_ground.workshops,
  -- 1, 2, 3 … within the workshop, set by the trigger.
  number integer NOT NULL,
  -- The revision the laptop's copy was based on (null for the first).
  base_revision_id uuid REFERENCES common_ground.revisions,
  service_id uuid NOT NULL REFERENCES common_ground.services,
  title text NOT NULL,
  cycle integer NOT NULL CHECK (cycle BETWEEN 1 AND 99),
  date date NOT NULL,
  published_by name NOT NULL DEFAULT session_user,
  -- The name the facilitator gave in Settings, as colleagues know them.
  published_by_name text NOT NULL DEFAULT '' CHECK (length(published_by_name) <= 200),
  published_at timestamptz NOT NULL DEFAULT now(),
  format_version integer NOT NULL,
  document jsonb NOT NULL,
  -- Which actions were carried forward from which actions of the cycle it continues from.
  carried jsonb NOT NULL DEFAULT '[]',
  UNIQUE (workshop_id, number)
);
CREATE INDEX revisions_by_service ON common_ground.revisions (service_id);

-- What a partnership may read: per published cycle ...
CREATE TABLE common_ground.cycle_summaries (
  revision_id uuid PRIMARY KEY REFERENCES common_ground.revisions,
  workshop_id uuid NOT NULL,
  service_id uuid NOT NULL REFERENCES common_ground.services,
  cycle integer NOT NULL,
  date date NOT NULL,
  is_latest boolean NOT NULL,
  priorities integer NOT NULL
);
CREATE INDEX cycle_summaries_latest ON common_ground.cycle_summaries (service_id, cycle DESC, date DESC) WHERE is_latest;

-- ... and per agreed priority: its title, Key Principles and Recommendations, and action status counts.
CREATE TABLE common_ground.priority_summaries (
  revision_id uuid NOT NULL REFERENCES common_ground.cycle_summaries,
  position integer NOT NULL,
  service_id uuid NOT NULL REFERENCES common_ground.services,
  is_latest boolean NOT NULL,
  title text NOT NULL,
  tags text[] NOT NULL,
  awaiting_start integer NOT NULL,
  on_track integer NOT NULL,
  at_risk integer NOT NULL,
  off_track integer NOT NULL,
  complete integer NOT NULL,
  PRIMARY KEY (revision_id, position)
);
CREATE INDEX priority_summaries_latest ON common_ground.priority_summaries (revision_id) WHERE is_latest;

-- Publishing: refused when the laptop's copy is not based on the latest revision (nothing is ever
-- overwritten), a no-op when the same revision is already there (a retry), else numbered next.
CREATE FUNCTION common_ground.before_revision() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = common_ground, pg_catalog AS $$
DECLARE
  w common_ground.workshops%ROWTYPE;
BEGIN
  SELECT * INTO w FROM common_ground.workshops WHERE id = NEW.workshop_id FOR UPDATE;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'There is no workshop % in the team library.', NEW.workshop_id USING ERRCODE = 'foreign_key_violation';
  END IF;
  IF EXISTS (SELECT 1 FROM common_ground.revisions WHERE id = NEW.id) THEN
    RETURN NULL;
  END IF;
  IF w.service_id <> NEW.service_id THEN
    RAISE EXCEPTION 'A revision belongs to its workshop''s service.' USING ERRCODE = 'check_violation';
  END IF;
  IF w.latest_revision_id IS DISTINCT FROM NEW.base_revision_id THEN
    RAISE EXCEPTION 'Someone published a newer revision of this workshop.'
      USING ERRCODE = 'CG409', DETAIL = coalesce(w.latest_revision_id::text, '');
  END IF;
  NEW.number := w.latest_number + 1;
  NEW.published_by := session_user;
  NEW.published_at := now();
  UPDATE common_ground.workshops
    SET latest_revision_id = NEW.id, latest_number = NEW.number, title = NEW.title, cycle = NEW.cycle, date = NEW.date
    WHERE id = NEW.workshop_id;
  RETURN NEW;
END $$;

CREATE TRIGGER revisions_before_insert BEFORE INSERT ON common_ground.revisions
  FOR EACH ROW EXECUTE FUNCTION common_ground.before_revision();

-- The summaries, worked out here from the document itself, so a partnership never needs to read it.
CREATE FUNCTION common_ground.after_revision() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = common_ground, pg_catalog AS $$
BEGIN
  UPDATE common_ground.priority_summaries SET is_latest = false
    WHERE is_latest AND revision_id IN (SELECT id FROM common_ground.revisions WHERE workshop_id = NEW.workshop_id AND id <> NEW.id);
  UPDATE common_ground.cycle_summaries SET is_latest = false WHERE workshop_id = NEW.workshop_id AND is_latest;
  INSERT INTO common_ground.cycle_summaries (revision_id, workshop_id, service_id, cycle, date, is_latest, priorities)
    VALUES (NEW.id, NEW.workshop_id, NEW.service_id, NEW.cycle, NEW.date, true,
            jsonb_array_length(coalesce(NEW.document #> '{priorities,list}', '[]')));
  INSERT INTO common_ground.priority_summaries
    (revision_id, position, service_id, is_latest, title, tags, awaiting_start, on_track, at_risk, off_track, complete)
  SELECT NEW.id, p.position, NEW.service_id, true,
         coalesce(g.gap ->> 'title', ''),
         coalesce(ARRAY(SELECT jsonb_array_elements_text(g.gap -> 'links')), '{}'),
         count(*) FILTER (WHERE a.status = 'awaiting_start'),
         count(*) FILTER (WHERE a.status = 'on_track'),
         count(*) FILTER (WHERE a.status = 'at_risk'),
         count(*) FILTER (WHERE a.status = 'off_track'),
         count(*) FILTER (WHERE a.status = 'complete')
  FROM jsonb_array_elements(coalesce(NEW.document #> '{priorities,list}', '[]')) WITH ORDINALITY AS p(priority, position)
  LEFT JOIN LATERAL (
    SELECT gap FROM jsonb_array_elements(NEW.document -> 'gaps') gap WHERE gap ->> 'id' = p.priority ->> 'gapId' LIMIT 1
  ) g ON true
  LEFT JOIN LATERAL (
    SELECT action ->> 'status' AS status
    FROM jsonb_array_elements(NEW.document -> 'plans') plan, jsonb_array_elements(plan -> 'actions') action
    WHERE plan ->> 'gapId' = p.priority ->> 'gapId'
  ) a ON true
  GROUP BY p.position, g.gap;
  RETURN NULL;
END $$;

CREATE TRIGGER revisions_after_insert AFTER INSERT ON common_ground.revisions
  FOR EACH ROW EXECUTE FUNCTION common_ground.after_revision();

-- Row-level security: a service's roles see their own service's rows only; a partnership's see summaries.
ALTER TABLE common_ground.services ENABLE ROW LEVEL SECURITY;
ALTER TABLE common_ground.partnerships ENABLE ROW LEVEL SECURITY;
ALTER TABLE common_ground.partnership_services ENABLE ROW LEVEL SECURITY;
ALTER TABLE common_ground.workshops ENABLE ROW LEVEL SECURITY;
ALTER TABLE common_ground.revisions ENABLE ROW LEVEL SECURITY;
ALTER TABLE common_ground.cycle_summaries ENABLE ROW LEVEL SECURITY;
ALTER TABLE common_ground.priority_summaries ENABLE ROW LEVEL SECURITY;

CREATE POLICY services_seen ON common_ground.services FOR SELECT
  USING (id IN (SELECT common_ground.my_services()) OR id IN (SELECT common_ground.my_partnership_services()));
CREATE POLICY partnerships_seen ON common_ground.partnerships FOR SELECT
  USING (pg_has_role(session_user, (SELECT oid FROM pg_roles WHERE rolname = role_name), 'MEMBER'));
CREATE POLICY partnership_services_seen ON common_ground.partnership_services FOR SELECT
  USING (partnership_id IN (SELECT id FROM common_ground.partnerships));

CREATE POLICY workshops_of_my_services ON common_ground.workshops FOR ALL
  USING (service_id IN (SELECT common_ground.my_services()))
  WITH CHECK (service_id IN (SELECT common_ground.my_services()));
CREATE POLICY revisions_of_my_services ON common_ground.revisions FOR ALL
  USING (service_id IN (SELECT common_ground.my_services()))
  WITH CHECK (service_id IN (SELECT common_ground.my_services()));
CREATE POLICY cycle_summaries_seen ON common_ground.cycle_summaries FOR SELECT
  USING (service_id IN (SELECT common_ground.my_services()) OR service_id IN (SELECT common_ground.my_partnership_services()));
CREATE POLICY priority_summaries_seen ON common_ground.priority_summaries FOR SELECT
  USING (service_id IN (SELECT common_ground.my_services()) OR service_id IN (SELECT common_ground.my_partnership_services()));

-- What each group role may do at all (row-level security then narrows it to their rows).
REVOKE ALL ON SCHEMA common_ground FROM PUBLIC;
REVOKE ALL ON ALL TABLES IN SCHEMA common_ground FROM PUBLIC;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA common_ground FROM PUBLIC;
GRANT USAGE ON SCHEMA common_ground TO common_ground_facilitator, common_ground_partnership;
GRANT SELECT ON common_ground.migrations, common_ground.services, common_ground.partnerships, common_ground.partnership_services,
  common_ground.cycle_summaries, common_ground.priority_summaries TO common_ground_facilitator, common_ground_partnership;
GRANT EXECUTE ON FUNCTION common_ground.my_services(), common_ground.my_partnership_services() TO common_ground_facilitator, common_ground_partnership;
GRANT SELECT, INSERT ON common_ground.workshops, common_ground.revisions TO common_ground_facilitator;
GRANT UPDATE (being_run_by, being_run_since) ON common_ground.workshops TO common_ground_facilitator;

INSERT INTO common_ground.migrations (name) VALUES ('001_team_library');
