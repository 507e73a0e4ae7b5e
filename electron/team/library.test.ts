import { randomUUID } from 'node:crypto'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { succeed, tempApplication } from '../../tests/fixtures/app'
import { runTeamSetup, startTeamServer, type TeamServer } from '../../tests/fixtures/teamServer'
import { teamMigrationFiles } from '../../tests/fixtures/postgres'
import { parseTeamAddress } from './address'
import { openTeamLibrary, TEAM_SCHEMA, TeamUnreachable, type RevisionToPublish, type TeamLibrary } from './library'

/** The team library's own rules, held by the server itself: against a real PostgreSQL 15. */
let server: TeamServer
let northvale: string
let southbay: string
let jo: TeamLibrary
let sam: TeamLibrary
let ray: TeamLibrary
let region: TeamLibrary
let urls: Record<string, string>
let documentText: string
const noteText = 'Carers said the out-of-hours line rings out after 10pm.'

const library = (url: string) => openTeamLibrary(parseTeamAddress(url), null)

beforeAll(async () => {
  server = await startTeamServer()
  northvale = await server.addService('Northvale fostering', 'cg_northvale')
  southbay = await server.addService('Southbay fostering', 'cg_southbay')
  urls = {
    jo: await server.addFacilitator('jo', 'cg_northvale'),
    sam: await server.addFacilitator('sam', 'cg_northvale'),
    ray: await server.addFacilitator('ray', 'cg_southbay'),
    region: await server.addPartnership('North region', 'cg_north_region', ['cg_northvale', 'cg_southbay'], 'region_lead'),
  }
  jo = library(urls.jo!)
  sam = library(urls.sam!)
  ray = library(urls.ray!)
  region = library(urls.region!)
  // The sample's second cycle, exactly as the workshop-file export makes it, with a note we can look for.
  const app = tempApplication()
  try {
    const { workshopId } = await succeed(app.handlers, 'sample.create', {})
    const [group] = await succeed(app.handlers, 'groups.list', { workshopId })
    const agenda = await succeed(app.handlers, 'agenda.get', { workshopId })
    await succeed(app.handlers, 'notes.save', { workshopId, questionId: agenda.questionIds[0], groupId: group!.id, text: noteText, baseRevision: 0 }).catch(async () => {
      const note = await succeed(app.handlers, 'notes.get', { workshopId, questionId: agenda.questionIds[0], groupId: group!.id })
      await succeed(app.handlers, 'notes.save', { workshopId, questionId: agenda.questionIds[0], groupId: group!.id, text: noteText, baseRevision: note.revision })
    })
    const exported = await succeed(app.handlers, 'workshopFile.export', { workshopId })
    documentText = Buffer.from(exported.base64, 'base64').toString('utf8')
  } finally {
    app.dispose()
  }
}, 120_000)

afterAll(async () => {
  await Promise.all([jo, sam, ray, region].map((one) => one?.close()))
  server?.destroy()
})

function revision(overrides: Partial<RevisionToPublish> = {}): RevisionToPublish {
  const file = JSON.parse(documentText) as { version: number; workshop: { title: string; cycle: number; date: string } }
  return {
    revisionId: randomUUID(),
    teamWorkshopId: randomUUID(),
    baseRevisionId: null,
    serviceId: northvale,
    copyOf: null,
    continuesFrom: null,
    title: file.workshop.title,
    cycle: file.workshop.cycle,
    date: file.workshop.date,
    formatVersion: file.version,
    document: documentText,
    carried: [],
    publishedByName: 'Jo',
    ...overrides,
  }
}

describe('team library on PostgreSQL', () => {
  it('is set up only by team:setup, which records what it applied and runs each migration once', async () => {
    expect(teamMigrationFiles().at(-1)).toBe(`${TEAM_SCHEMA}.sql`)
    expect(runTeamSetup(server.ownerUrl)).toContain('up to date')
    expect(runTeamSetup(server.ownerUrl, '--print')).not.toContain('CREATE SCHEMA')
    const identity = await jo.identify()
    expect(identity).toEqual({ role: 'jo', schema: TEAM_SCHEMA, services: [{ id: northvale, name: 'Northvale fostering' }], partnerships: [] })
  })

  it('keeps every revision, numbered, and refuses one not based on the latest', async () => {
    const first = revision()
    const published = await jo.publish(first)
    expect(published).toMatchObject({ kind: 'published', revision: { number: 1, publishedBy: 'Jo' } })
    const second = await sam.publish(revision({ teamWorkshopId: first.teamWorkshopId, baseRevisionId: first.revisionId, publishedByName: 'Sam' }))
    expect(second).toMatchObject({ kind: 'published', revision: { number: 2, publishedBy: 'Sam' } })
    // Jo's copy is still based on revision 1: refused, and told who published the newer one.
    const stale = await jo.publish(revision({ teamWorkshopId: first.teamWorkshopId, baseRevisionId: first.revisionId }))
    expect(stale).toMatchObject({ kind: 'newer', latest: { number: 2, publishedBy: 'Sam' } })
    const kept = await server.sql<{ number: number }>('SELECT number FROM common_ground.revisions WHERE workshop_id = $1 ORDER BY number', [first.teamWorkshopId])
    expect(kept.map((row) => row.number)).toEqual([1, 2])
    // Stored as JSONB, given back as the same document.
    const latest = await jo.latest(first.teamWorkshopId)
    expect(JSON.parse(latest!.document)).toEqual(JSON.parse(documentText))
  })

  it('lets one of two publishes from the same base through and refuses the other', async () => {
    const first = revision()
    await jo.publish(first)
    const [a, b] = await Promise.all([
      jo.publish(revision({ teamWorkshopId: first.teamWorkshopId, baseRevisionId: first.revisionId })),
      sam.publish(revision({ teamWorkshopId: first.teamWorkshopId, baseRevisionId: first.revisionId })),
    ])
    expect([a.kind, b.kind].sort()).toEqual(['newer', 'published'])
  })

  it('treats a retried revision as the one already published, never a second copy', async () => {
    const first = revision()
    const once = await jo.publish(first)
    const again = await jo.publish(first)
    expect(again).toEqual(once)
    const [count] = await server.sql<{ n: string }>('SELECT count(*) AS n FROM common_ground.revisions WHERE workshop_id = $1', [first.teamWorkshopId])
    expect(count!.n).toBe('1')
  })

  it('keeps services apart: another service’s role sees none of its workshops and cannot publish into it', async () => {
    const mine = revision()
    await jo.publish(mine)
    expect((await ray.list()).map((row) => row.id)).not.toContain(mine.teamWorkshopId)
    expect(await ray.latest(mine.teamWorkshopId)).toBeUndefined()
    await expect(ray.publish(revision({ teamWorkshopId: mine.teamWorkshopId, baseRevisionId: mine.revisionId, serviceId: southbay }))).rejects.toThrow()
    await expect(ray.publish(revision({ serviceId: northvale }))).rejects.toThrow(/row-level security|may not/)
    expect(await ray.markRunning(mine.teamWorkshopId, 'Ray')).toBe(false)
    // Trying in SQL as Ray: no rows of Northvale's, whatever the query.
    const client = new pg.Client({ connectionString: urls.ray })
    await client.connect()
    try {
      const rows = await client.query('SELECT count(*) AS n FROM common_ground.revisions WHERE service_id = $1', [northvale])
      expect(rows.rows[0].n).toBe('0')
      const changed = await client.query('UPDATE common_ground.workshops SET being_run_by = $1 WHERE id = $2', ['Ray', mine.teamWorkshopId])
      expect(changed.rowCount).toBe(0)
      await expect(client.query('DELETE FROM common_ground.revisions')).rejects.toThrow(/permission denied/)
    } finally {
      await client.end()
    }
  })

  it('shows a partnership summaries only: priorities, their links and action counts, never notes, group names or ballots', async () => {
    await ray.publish(revision({ serviceId: southbay, publishedByName: 'Ray' }))
    const summaries = await region.summaries()
    const services = new Set(summaries.map((row) => row.service))
    expect(services).toEqual(new Set(['Northvale fostering', 'Southbay fostering']))
    const file = JSON.parse(documentText) as { priorities: { list: Array<{ gapId: string }> }; gaps: Array<{ id: string; title: string; links: string[] }>; groups: Array<{ name: string }> }
    const titles = file.priorities.list.map((priority) => file.gaps.find((gap) => gap.id === priority.gapId)!.title)
    expect(titles.length).toBeGreaterThan(0)
    const southbayCycle = summaries.find((row) => row.service === 'Southbay fostering')!
    expect(southbayCycle.priorities.map((priority) => priority.title)).toEqual(titles)
    expect(southbayCycle.priorities[0]!.tags).toEqual(file.gaps.find((gap) => gap.id === file.priorities.list[0]!.gapId)!.links)
    const text = JSON.stringify(summaries)
    expect(text).not.toContain(noteText)
    for (const group of file.groups) expect(text).not.toContain(group.name)
    // Trying in SQL as the partnership: the workshops, revisions and their documents are not there to read.
    const client = new pg.Client({ connectionString: urls.region })
    await client.connect()
    try {
      await expect(client.query('SELECT document FROM common_ground.revisions')).rejects.toThrow(/permission denied/)
      await expect(client.query('SELECT title FROM common_ground.workshops')).rejects.toThrow(/permission denied/)
      await expect(client.query("SELECT * FROM common_ground.revisions WHERE document::text LIKE '%ballot%'")).rejects.toThrow(/permission denied/)
      await expect(client.query('INSERT INTO common_ground.priority_summaries SELECT * FROM common_ground.priority_summaries')).rejects.toThrow(/permission denied/)
      const columns = await client.query("SELECT string_agg(column_name, ',') AS names FROM information_schema.columns WHERE table_schema = 'common_ground' AND table_name = 'priority_summaries'")
      expect(columns.rows[0].names).not.toMatch(/note|group|ballot/)
    } finally {
      await client.end()
    }
    // A service sees its own summaries, not another's.
    expect(new Set((await ray.summaries()).map((row) => row.service))).toEqual(new Set(['Southbay fostering']))
  })

  it('says the server is unreachable when it is, and carries on once it is back', async () => {
    server.stop()
    try {
      await expect(jo.list()).rejects.toBeInstanceOf(TeamUnreachable)
    } finally {
      server.start()
    }
    expect(Array.isArray(await jo.list())).toBe(true)
  })
})
