import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dispatch } from './dispatch'
import { openApplication, type Application } from './application'
import { environmentCredentials } from './teamConnection'
import { resourcesDir, tempDir } from '../../tests/fixtures/app'
import type { CallName, CallOutput } from '../../shared/api/contract'
import { startCutProxy, type CutProxy } from '../../tests/fixtures/cutProxy'
import { addSampleTeam, startTeamServer, TEAM_DATABASE, type TeamServer } from '../../tests/fixtures/teamServer'

/**
 * Two laptops (two real libraries in their own folders) and one team library on a real PostgreSQL,
 * reached through a relay that can lose an answer mid-publish.
 */
let server: TeamServer
let proxy: CutProxy
const opened: Array<{ app: Application; remove: () => void }> = []

function laptop(login: string, retryMs = 150): Application & { dataDir: string } {
  const dir = tempDir()
  const url = `postgres://${login}:pw-${login}@127.0.0.1:${proxy.port}/${TEAM_DATABASE}`
  const app = openApplication({ dataDir: dir.path, resourcesDir, teamCredentials: environmentCredentials({ COMMON_GROUND_TEAM_URL: url }), teamRetryMs: retryMs })
  opened.push({ app, remove: dir.remove })
  return Object.assign(app, { dataDir: dir.path })
}

/** A call as a host makes it: through dispatch, with the app's change stream (which marks linked workshops changed). */
async function succeed<K extends CallName>(handlers: Application['handlers'], name: K, input: unknown): Promise<CallOutput<K>> {
  const app = opened.find((one) => one.app.handlers === handlers)!.app
  const result = await dispatch(handlers, name, input, { log: () => undefined, changes: app.changes })
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`)
  return result.value as CallOutput<K>
}

async function connect(app: Application, name: string) {
  await succeed(app.handlers, 'team.saveSettings', { address: '', password: '', displayName: name, connect: true })
  return succeed(app.handlers, 'team.check', {})
}

async function refusal(app: Application, name: string, input: unknown) {
  const result = await dispatch(app.handlers, name, input, () => undefined)
  if (result.ok) throw new Error(`${name} was expected to be refused`)
  return result.error
}

const waitFor = async (check: () => Promise<boolean> | boolean, what: string) => {
  for (let i = 0; i < 200; i += 1) {
    if (await check()) return
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error(`Timed out waiting for ${what}`)
}

async function edit(app: Application, id: string, notes: string) {
  const { title, localArea, date, venue, facilitators, cycle } = await succeed(app.handlers, 'workshops.get', { id })
  await succeed(app.handlers, 'workshops.update', { id, details: { title, localArea, date, venue, facilitators, cycle, notes } })
}

const revisionCount = async () => Number((await server.sql<{ n: string }>('SELECT count(*) AS n FROM common_ground.revisions'))[0]!.n)

beforeAll(async () => {
  server = await startTeamServer()
  await addSampleTeam(server)
  proxy = await startCutProxy(server.port)
}, 120_000)

afterAll(async () => {
  for (const { app, remove } of opened) {
    app.close()
    remove()
  }
  await proxy?.close()
  server?.destroy()
})

describe('team library, two laptops', () => {
  it('sends nothing anywhere until connected, and keeps the settings out of the library and its exports', async () => {
    const jo = laptop('jo')
    const { workshopId } = await succeed(jo.handlers, 'sample.create', {})
    expect((await refusal(jo, 'team.publish', { workshopId })).message).toMatch(/No team library is connected/)
    expect((await refusal(jo, 'team.list', {})).message).toMatch(/nothing leaves this computer/)
    expect(await succeed(jo.handlers, 'team.check', {})).toMatchObject({ state: 'off' })
    const check = await connect(jo, 'Jo Bloggs')
    expect(check).toMatchObject({ state: 'connected', role: 'jo', services: [{ name: 'Northvale fostering' }] })
    const settings = await succeed(jo.handlers, 'team.settings', {})
    expect(settings).toMatchObject({ source: 'environment', connect: true, displayName: 'Jo Bloggs', passwordSaved: true })
    expect(settings.address).not.toContain('pw-jo')
    await succeed(jo.handlers, 'team.publish', { workshopId })
    const exported = Buffer.from((await succeed(jo.handlers, 'workshopFile.export', { workshopId })).base64, 'base64').toString('utf8')
    const report = Buffer.from((await succeed(jo.handlers, 'report.csv', { workshopId, table: 'actions', includeGroupNames: true })).base64, 'base64').toString('utf8')
    expect(report.length).toBeGreaterThan(100)
    for (const text of [exported, report, readFileSync(jo.databasePath).toString('latin1')]) {
      expect(text).not.toContain(String(proxy.port))
      expect(text).not.toContain('pw-jo')
      expect(text).not.toContain('Jo Bloggs')
    }
    expect(readdirSync(jo.dataDir)).toContain('team-settings.json')
    expect(readFileSync(join(jo.dataDir, 'team-settings.json'), 'utf8')).not.toContain('pw-jo')
  })

  it('publishes on one laptop, gets on the other with the cycle it continues from, and says when one is newer', async () => {
    const jo = laptop('jo')
    const sam = laptop('sam')
    await connect(jo, 'Jo')
    await connect(sam, 'Sam')
    const { workshopId } = await succeed(jo.handlers, 'sample.create', {})
    const published = await succeed(jo.handlers, 'team.publish', { workshopId })
    expect(published).toMatchObject({ state: 'published', revisionNumber: 1 })

    const listed = await succeed(sam.handlers, 'team.list', {})
    const cycle2 = listed.find((row) => row.cycle === 2 && row.local === null && row.publishedBy === 'Jo')!
    expect(cycle2).toMatchObject({ service: 'Northvale fostering', revisionNumber: 1, newerThanMine: false })
    expect(cycle2.continuesFrom).not.toBeNull()
    const got = await succeed(sam.handlers, 'team.get', { teamWorkshopId: cycle2.teamWorkshopId })
    expect(got.brought.map((workshop) => workshop.cycle)).toEqual([1, 2])

    // The same workshop on both laptops, compared with the last cycle the same way.
    const mine = await succeed(jo.handlers, 'review.get', { workshopId })
    const theirs = await succeed(sam.handlers, 'review.get', { workshopId: got.workshopId })
    expect(theirs.previous?.cycle).toBe(1)
    expect(theirs.ratings).toEqual(mine.ratings)
    expect(theirs.actions.map(({ action, outcome, status }) => ({ action, outcome, status }))).toEqual(mine.actions.map(({ action, outcome, status }) => ({ action, outcome, status })))
    expect(mine.actions.some((action) => action.outcome === 'carried' || action.outcome === 'slipped')).toBe(true)
    const joPlan = await succeed(jo.handlers, 'plan.get', { workshopId })
    const samPlan = await succeed(sam.handlers, 'plan.get', { workshopId: got.workshopId })
    expect(samPlan.map((priority) => priority.title)).toEqual(joPlan.map((priority) => priority.title))

    // Sam records an update and publishes: Jo's list says it is newer than Jo's copy, and getting it replaces Jo's unchanged copy.
    const [priority] = samPlan
    await succeed(sam.handlers, 'actions.log', { id: priority!.actions[0]!.id, update: { date: '2026-12-01', status: 'at_risk', text: 'Venue fell through.' } })
    expect(await succeed(sam.handlers, 'team.publish', { workshopId: got.workshopId })).toMatchObject({ state: 'published', revisionNumber: 2 })
    const joList = await succeed(jo.handlers, 'team.list', {})
    const row = joList.find((item) => item.teamWorkshopId === cycle2.teamWorkshopId)!
    expect(row).toMatchObject({ newerThanMine: true, revisionNumber: 2, publishedBy: 'Sam', local: { workshopId, revisionNumber: 1, changed: false } })
    const again = await succeed(jo.handlers, 'team.get', { teamWorkshopId: cycle2.teamWorkshopId })
    expect(again.keptMine).toBeNull()
    expect(again.brought).toHaveLength(1)
    const joNow = await succeed(jo.handlers, 'plan.get', { workshopId: again.workshopId })
    expect(joNow[0]!.actions[0]!.updates.map((update) => update.text)).toContain('Venue fell through.')
    expect(await succeed(jo.handlers, 'workshops.get', { id: workshopId }).catch(() => 'gone')).toBe('gone')
    expect((await succeed(jo.handlers, 'review.get', { workshopId: again.workshopId })).previous?.cycle).toBe(1)
    expect((await succeed(jo.handlers, 'team.list', {})).find((item) => item.teamWorkshopId === cycle2.teamWorkshopId)).toMatchObject({ newerThanMine: false })
  })

  it('refuses one of two publishes made from the same revision at once, with the choice, and overwrites nothing', async () => {
    const jo = laptop('jo')
    const sam = laptop('sam')
    await connect(jo, 'Jo')
    await connect(sam, 'Sam')
    const { workshopId } = await succeed(jo.handlers, 'sample.create', {})
    await succeed(jo.handlers, 'team.publish', { workshopId })
    const teamWorkshopId = (await succeed(jo.handlers, 'team.status', {})).links.find((link) => link.workshopId === workshopId)!.teamWorkshopId
    const got = await succeed(sam.handlers, 'team.get', { teamWorkshopId })
    await edit(jo, workshopId, 'Jo’s note')
    await edit(sam, got.workshopId, 'Sam’s note')
    const before = await revisionCount()
    const [a, b] = await Promise.all([succeed(jo.handlers, 'team.publish', { workshopId }), succeed(sam.handlers, 'team.publish', { workshopId: got.workshopId })])
    expect([a.state, b.state].sort()).toEqual(['published', 'refused'])
    expect(await revisionCount()).toBe(before + 1)
    const [loser, loserWorkshop, winner] = a.state === 'refused' ? [jo, workshopId, 'Sam'] : [sam, got.workshopId, 'Jo']
    const refused = a.state === 'refused' ? a : b
    expect(refused.message).toContain(`${winner} published revision 2`)
    expect(refused.message).toMatch(/Get theirs first, or publish yours as a separate copy/)
    expect(refused.newer).toMatchObject({ number: 2, publishedBy: winner })
    // Asking again gives the same choice, and still publishes nothing.
    expect(await succeed(loser.handlers, 'team.publish', { workshopId: loserWorkshop })).toMatchObject({ state: 'refused' })
    expect(await revisionCount()).toBe(before + 1)
    // Publish mine as a separate copy: a workshop of its own, beside theirs.
    const copy = await succeed(loser.handlers, 'team.publish', { workshopId: loserWorkshop, asSeparateCopy: true })
    expect(copy).toMatchObject({ state: 'published', revisionNumber: 1 })
    const list = await succeed(loser.handlers, 'team.list', {})
    expect(list.filter((row) => row.copyOf === teamWorkshopId)).toHaveLength(1)
    expect(list.find((row) => row.teamWorkshopId === teamWorkshopId)).toMatchObject({ revisionNumber: 2, publishedBy: winner })
  })

  it('gets theirs first when asked, keeping this laptop’s changes as a workshop of its own', async () => {
    const jo = laptop('jo')
    const sam = laptop('sam')
    await connect(jo, 'Jo')
    await connect(sam, 'Sam')
    const { workshopId } = await succeed(jo.handlers, 'sample.create', {})
    await succeed(jo.handlers, 'team.publish', { workshopId })
    const teamWorkshopId = (await succeed(jo.handlers, 'team.status', {})).links.find((link) => link.workshopId === workshopId)!.teamWorkshopId
    const got = await succeed(sam.handlers, 'team.get', { teamWorkshopId })
    await edit(sam, got.workshopId, 'Sam’s version')
    await succeed(sam.handlers, 'team.publish', { workshopId: got.workshopId })
    await edit(jo, workshopId, 'Jo’s version')
    expect(await succeed(jo.handlers, 'team.publish', { workshopId })).toMatchObject({ state: 'refused' })
    const theirs = await succeed(jo.handlers, 'team.get', { teamWorkshopId })
    expect(theirs.keptMine).toMatchObject({ workshopId, title: expect.stringContaining('(my version)') })
    expect((await succeed(jo.handlers, 'workshops.get', { id: theirs.workshopId })).notes).toBe('Sam’s version')
    expect((await succeed(jo.handlers, 'workshops.get', { id: workshopId })).notes).toBe('Jo’s version')
    expect((await succeed(jo.handlers, 'team.status', {})).outbox).toEqual([])
  })

  it('waits while the server is away, retries by itself, and a publish whose answer was lost lands once', async () => {
    const jo = laptop('jo')
    await connect(jo, 'Jo')
    const { workshopId } = await succeed(jo.handlers, 'sample.create', {})
    // The line drops after the server has the COMMIT: the laptop hears nothing, the revision is there.
    proxy.cutAfterNextCommit()
    const cutsBefore = proxy.cuts()
    const before = await revisionCount()
    const lost = await succeed(jo.handlers, 'team.publish', { workshopId })
    expect(proxy.cuts()).toBe(cutsBefore + 1)
    expect(lost.state).toBe('waiting')
    expect(lost.message).toMatch(/Waiting to publish/)
    const status = await succeed(jo.handlers, 'team.status', {})
    expect(status.outbox.length).toBeGreaterThan(0)
    // The work goes on meanwhile.
    await succeed(jo.handlers, 'groups.add', { workshopId, details: { name: 'Late arrivals', roles: ['foster_carers'], headCount: 2 } })
    await waitFor(async () => (await succeed(jo.handlers, 'team.status', {})).outbox.length === 0, 'the retry to land')
    // Cycle 1 and cycle 2, once each, though cycle 2's first try was committed and its answer lost.
    expect(await revisionCount()).toBe(before + 2)
    const link = (await succeed(jo.handlers, 'team.status', {})).links.find((item) => item.workshopId === workshopId)!
    expect(link).toMatchObject({ revisionNumber: 1, changed: true })

    // The server stopped altogether: publishing waits; once it is back the retry completes.
    server.stop()
    try {
      const waiting = await succeed(jo.handlers, 'team.publish', { workshopId })
      expect(waiting.state).toBe('waiting')
      expect((await succeed(jo.handlers, 'team.check', {})).state).toBe('unreachable')
    } finally {
      server.start()
    }
    await waitFor(async () => (await succeed(jo.handlers, 'team.status', {})).outbox.length === 0, 'the retry after the server came back')
    expect(await revisionCount()).toBe(before + 3)
  })

  it('keeps a service’s workshops from another service, and shows a partnership summaries only', async () => {
    const ray = laptop('ray')
    await connect(ray, 'Ray')
    expect((await succeed(ray.handlers, 'team.list', {})).map((row) => row.service)).not.toContain('Northvale fostering')
    const { workshopId } = await succeed(ray.handlers, 'sample.create', {})
    await succeed(ray.handlers, 'team.publish', { workshopId })
    const region = laptop('region_lead')
    expect(await connect(region, 'Regional lead')).toMatchObject({ state: 'connected', services: [], partnerships: ['North region'] })
    expect(await succeed(region.handlers, 'team.list', {}).catch((error: Error) => error.message)).toMatch(/may not/)
    const summary = await succeed(region.handlers, 'team.partnership', {})
    expect(new Set(summary.cycles.map((cycle) => cycle.service))).toEqual(new Set(['Northvale fostering', 'Southbay fostering']))
    expect(summary.byTag.length).toBeGreaterThan(0)
    const top = summary.byTag[0]!
    expect(top.services.length).toBeGreaterThan(0)
  })
})
