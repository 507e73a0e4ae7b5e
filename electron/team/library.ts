import pg from 'pg'
import type { StatusCounts } from '../../shared/api/team'
import { clientConfig, type TeamAddress } from './address'

/** The schema this version of Common Ground works with; `npm run team:setup` applies it (electron/team/migrations). */
export const TEAM_SCHEMA = '001_team_library'

/** The server could not be reached (or went away): a publish waits and is tried again. */
export class TeamUnreachable extends Error {}
/** The server answered no: not set up, or this role may not do that. */
export class TeamRefusal extends Error {
  constructor(readonly kind: 'not_set_up' | 'refused', message: string) {
    super(message)
  }
}

export interface TeamIdentity {
  role: string
  schema: string | null
  services: Array<{ id: string; name: string }>
  partnerships: string[]
}

export interface RevisionToPublish {
  revisionId: string
  teamWorkshopId: string
  baseRevisionId: string | null
  serviceId: string
  copyOf: string | null
  continuesFrom: string | null
  title: string
  cycle: number
  date: string
  formatVersion: number
  /** The workshop file's text, exactly as the export made it. */
  document: string
  carried: unknown
  publishedByName: string
}

export interface PublishedRevision {
  id: string
  number: number
  publishedBy: string
  publishedAt: string
}

export type PublishOutcome = { kind: 'published'; revision: PublishedRevision } | { kind: 'newer'; latest: PublishedRevision }

export interface TeamWorkshopRow {
  id: string
  title: string
  service: string
  serviceId: string
  cycle: number
  date: string
  latestRevisionId: string
  latestNumber: number
  publishedBy: string
  publishedAt: string
  beingRunBy: string | null
  beingRunSince: string | null
  copyOf: string | null
  continuesFrom: string | null
}

export interface StoredRevision extends PublishedRevision {
  workshopId: string
  serviceId: string
  continuesFrom: string | null
  /** The document's text, as the server gives JSONB back. */
  document: string
  carried: unknown
}

export interface SummaryRow {
  service: string
  serviceId: string
  cycle: number
  date: string
  latest: boolean
  priorities: Array<{ title: string; tags: string[]; actions: StatusCounts }>
}

export interface TeamLibrary {
  identify(): Promise<TeamIdentity>
  publish(revision: RevisionToPublish): Promise<PublishOutcome>
  list(): Promise<TeamWorkshopRow[]>
  /** The latest revision of a workshop, with its document. */
  latest(teamWorkshopId: string): Promise<StoredRevision | undefined>
  markRunning(teamWorkshopId: string, by: string | null): Promise<boolean>
  summaries(): Promise<SummaryRow[]>
  close(): Promise<void>
}

/** pg's and Node's words for "the server is not there", which mean wait and retry rather than give up. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'EPIPE'])
// Class 08 (connection exception), 57P01-03 (the server shutting down or starting).
const SERVER_GONE = /^(08|57P0[123])/

function codeOf(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined
}

function classify(error: unknown): never {
  const code = codeOf(error) ?? ''
  const message = error instanceof Error ? error.message : String(error)
  if (NETWORK_CODES.has(code) || SERVER_GONE.test(code) || /Connection terminated|timeout|connect/i.test(message) && !code) {
    throw new TeamUnreachable(`The team library is not answering (${message}).`)
  }
  if (code === '3F000' || code === '42P01') throw new TeamRefusal('not_set_up', 'The team library has not been set up on this database yet. Ask your council’s IT to run npm run team:setup.')
  if (code === '28P01' || code === '28000') throw new TeamRefusal('refused', 'The team library did not accept this role and password. Check them on the Settings screen.')
  if (code === '42501') throw new TeamRefusal('refused', 'Your role in the team library may not do that. Ask your council’s IT to give it access to your service.')
  if (code === '3D000') throw new TeamRefusal('refused', 'There is no database of that name on the server. Check the address on the Settings screen.')
  if (/self[- ]signed|certificate|SSL|TLS/i.test(message)) throw new TeamRefusal('refused', `The team library’s certificate could not be checked (${message}). Ask your council’s IT for its certificate authority.`)
  throw error
}

async function attempt<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work()
  } catch (error) {
    return classify(error)
  }
}

const iso = (value: unknown): string => (value instanceof Date ? value.toISOString() : String(value))
const dateOnly = (value: unknown): string => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10))

export function openTeamLibrary(address: TeamAddress, password: string | null): TeamLibrary {
  const pool = new pg.Pool({ ...clientConfig(address, password ?? address.password), max: 3, idleTimeoutMillis: 10_000 })
  // A connection that drops while idle is only removed from the pool; the next call reconnects.
  pool.on('error', () => undefined)
  async function query<R extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<pg.QueryResult<R>> {
    return attempt(() => pool.query<R>(text, values))
  }

  return {
    async identify() {
      const who = await query<{ role: string; schema: string | null }>(
        "SELECT session_user AS role, (SELECT to_regclass('common_ground.migrations')::text) AS schema",
      )
      const role = who.rows[0]!.role
      if (who.rows[0]!.schema === null) return { role, schema: null, services: [], partnerships: [] }
      const schema = await query<{ name: string | null }>('SELECT max(name) AS name FROM common_ground.migrations')
      const services = await query<{ id: string; name: string }>('SELECT id, name FROM common_ground.services WHERE id IN (SELECT common_ground.my_services()) ORDER BY name')
      const partnerships = await query<{ name: string }>('SELECT name FROM common_ground.partnerships ORDER BY name')
      return { role, schema: schema.rows[0]?.name ?? null, services: services.rows, partnerships: partnerships.rows.map((row) => row.name) }
    },

    async publish(revision) {
      const client = await attempt(() => pool.connect())
      let healthy = true
      // A line that drops mid-publish is an error on this client; the try below hears it as a failed query.
      const dropped = () => {
        healthy = false
      }
      client.on('error', dropped)
      try {
        const run = <R extends pg.QueryResultRow>(text: string, values: unknown[] = []) => attempt(() => client.query<R>(text, values))
        const read = async (id: string): Promise<PublishedRevision | undefined> => {
          const found = await run<{ id: string; number: number; published_by: string; published_by_name: string; published_at: Date }>(
            'SELECT id, number, published_by, published_by_name, published_at FROM common_ground.revisions WHERE id = $1',
            [id],
          )
          const row = found.rows[0]
          return row && { id: row.id, number: row.number, publishedBy: row.published_by_name || row.published_by, publishedAt: iso(row.published_at) }
        }
        try {
          await run('BEGIN')
          await run(
            `INSERT INTO common_ground.workshops (id, service_id, copy_of, continues_from, title, cycle, date)
             VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (id) DO NOTHING`,
            [revision.teamWorkshopId, revision.serviceId, revision.copyOf, revision.continuesFrom, revision.title, revision.cycle, revision.date],
          )
          await run(
            `INSERT INTO common_ground.revisions
               (id, workshop_id, number, base_revision_id, service_id, title, cycle, date, published_by_name, format_version, document, carried)
             VALUES ($1, $2, 0, $3, $4, $5, $6, $7, $8, $9, $10::jsonb, $11::jsonb)`,
            [revision.revisionId, revision.teamWorkshopId, revision.baseRevisionId, revision.serviceId, revision.title, revision.cycle, revision.date,
              revision.publishedByName, revision.formatVersion, revision.document, JSON.stringify(revision.carried)],
          )
          await run('COMMIT')
        } catch (error) {
          if (error instanceof TeamUnreachable) {
            healthy = false
            throw error
          }
          await run('ROLLBACK').catch(() => undefined)
          const code = codeOf(error)
          // Two tries of the same revision at once: the other one got there first.
          if (code === '23505' && (await read(revision.revisionId))) return { kind: 'published', revision: (await read(revision.revisionId))! }
          if (code === 'CG409') {
            const latest = await run<{ latest_revision_id: string }>('SELECT latest_revision_id FROM common_ground.workshops WHERE id = $1', [revision.teamWorkshopId])
            const newer = await read(latest.rows[0]!.latest_revision_id)
            return { kind: 'newer', latest: newer! }
          }
          throw error
        }
        // Inserted now, or already there from a try whose answer was lost: the same revision either way.
        const published = await read(revision.revisionId)
        if (!published) throw new Error('The published revision could not be read back.')
        return { kind: 'published', revision: published }
      } finally {
        client.off('error', dropped)
        client.release(healthy ? undefined : true)
      }
    },

    async list() {
      const rows = await query<{
        id: string; title: string; service: string; service_id: string; cycle: number; date: string; latest_revision_id: string; latest_number: number
        published_by: string; published_by_name: string; published_at: Date; being_run_by: string | null; being_run_since: Date | null; copy_of: string | null; continues_from: string | null
      }>(
        `SELECT w.id, w.title, s.name AS service, s.id AS service_id, w.cycle, w.date::text AS date, w.latest_revision_id, w.latest_number,
                r.published_by, r.published_by_name, r.published_at, w.being_run_by, w.being_run_since, w.copy_of, w.continues_from
         FROM common_ground.workshops w
         JOIN common_ground.services s ON s.id = w.service_id
         JOIN common_ground.revisions r ON r.id = w.latest_revision_id
         ORDER BY s.name, w.date DESC, w.cycle DESC, w.title`,
      )
      return rows.rows.map((row) => ({
        id: row.id,
        title: row.title,
        service: row.service,
        serviceId: row.service_id,
        cycle: row.cycle,
        date: dateOnly(row.date),
        latestRevisionId: row.latest_revision_id,
        latestNumber: row.latest_number,
        publishedBy: row.published_by_name || row.published_by,
        publishedAt: iso(row.published_at),
        beingRunBy: row.being_run_by,
        beingRunSince: row.being_run_since && iso(row.being_run_since),
        copyOf: row.copy_of,
        continuesFrom: row.continues_from,
      }))
    },

    async latest(teamWorkshopId) {
      const found = await query<{ id: string; number: number; service_id: string; published_by: string; published_by_name: string; published_at: Date; continues_from: string | null; document: string; carried: unknown }>(
        `SELECT r.id, r.number, r.service_id, r.published_by, r.published_by_name, r.published_at, w.continues_from, r.document::text AS document, r.carried
         FROM common_ground.workshops w JOIN common_ground.revisions r ON r.id = w.latest_revision_id WHERE w.id = $1`,
        [teamWorkshopId],
      )
      const row = found.rows[0]
      return row && {
        id: row.id,
        number: row.number,
        publishedBy: row.published_by_name || row.published_by,
        publishedAt: iso(row.published_at),
        workshopId: teamWorkshopId,
        serviceId: row.service_id,
        continuesFrom: row.continues_from,
        document: row.document,
        carried: row.carried,
      }
    },

    async markRunning(teamWorkshopId, by) {
      const changed = await query(
        'UPDATE common_ground.workshops SET being_run_by = $2, being_run_since = CASE WHEN $2::text IS NULL THEN NULL ELSE now() END WHERE id = $1',
        [teamWorkshopId, by],
      )
      return changed.rowCount === 1
    },

    async summaries() {
      const rows = await query<{ service: string; service_id: string; cycle: number; date: string; latest: boolean; priorities: SummaryRow['priorities'] }>(SUMMARY_SQL)
      return rows.rows.map((row) => ({ service: row.service, serviceId: row.service_id, cycle: row.cycle, date: dateOnly(row.date), latest: row.latest, priorities: row.priorities }))
    },

    close: () => pool.end(),
  }
}

/**
 * Every published cycle a role may see (its own service's, or its partnerships' services'), from the
 * summaries only, with whether it is its service's most recent cycle. Row-level security does the choosing.
 */
export const SUMMARY_SQL = `
  WITH cycles AS (
    SELECT c.revision_id, c.service_id, c.cycle, c.date,
           row_number() OVER (PARTITION BY c.service_id ORDER BY c.cycle DESC, c.date DESC) = 1 AS latest
    FROM common_ground.cycle_summaries c
    -- Row-level security chooses the rows; naming them here too lets a small partnership's query use the indexes.
    WHERE c.is_latest AND c.service_id = ANY (ARRAY(SELECT common_ground.my_services() UNION SELECT common_ground.my_partnership_services()))
  )
  SELECT s.name AS service, s.id AS service_id, c.cycle, c.date::text AS date, c.latest,
         coalesce((
           SELECT jsonb_agg(jsonb_build_object(
                    'title', p.title, 'tags', to_jsonb(p.tags),
                    'actions', jsonb_build_object('awaiting_start', p.awaiting_start, 'on_track', p.on_track, 'at_risk', p.at_risk, 'off_track', p.off_track, 'complete', p.complete))
                  ORDER BY p.position)
           FROM common_ground.priority_summaries p WHERE p.revision_id = c.revision_id AND p.is_latest
         ), '[]'::jsonb) AS priorities
  FROM cycles c JOIN common_ground.services s ON s.id = c.service_id
  ORDER BY s.name, c.cycle DESC, c.date DESC`
