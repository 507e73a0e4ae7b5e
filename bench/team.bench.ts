import pg from 'pg'
import { afterAll, it } from 'vitest'
import type { CallName, CallOutput } from '../shared/api/contract'
import { dispatch } from '../electron/services/dispatch'
import { openApplication, type Application } from '../electron/services/application'
import { environmentCredentials } from '../electron/services/teamConnection'
import { SUMMARY_SQL } from '../electron/team/library'
import { resourcesDir, tempDir } from '../tests/fixtures/app'
import { startTeamServer, TEAM_DATABASE, type TeamServer } from '../tests/fixtures/teamServer'
import { measure, median } from './measure'
import { formatMs, record, recordSamples } from './table'

/**
 * The team library on a real PostgreSQL (a throwaway cluster on this machine): publishing and getting
 * the sample workshop against a raw INSERT and SELECT of the same JSONB document on the same server,
 * and the partnership summary over 150 services with 10 cycles each, with its query plan.
 */
let server: TeamServer
const apps: Array<{ app: Application; remove: () => void }> = []
afterAll(() => {
  for (const { app, remove } of apps) {
    app.close()
    remove()
  }
  server?.destroy()
})

function laptop(login: string): Application {
  const dir = tempDir()
  const url = server.url(login, `pw-${login}`, TEAM_DATABASE)
  const app = openApplication({ dataDir: dir.path, resourcesDir, teamCredentials: environmentCredentials({ COMMON_GROUND_TEAM_URL: url }), teamRetryMs: 60_000 })
  apps.push({ app, remove: dir.remove })
  return app
}

async function call<K extends CallName>(app: Application, name: K, input: unknown): Promise<CallOutput<K>> {
  const result = await dispatch(app.handlers, name, input, { log: () => undefined, changes: app.changes })
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`)
  return result.value as CallOutput<K>
}

async function touch(app: Application, id: string, note: string): Promise<void> {
  const { title, localArea, date, venue, facilitators, cycle } = await call(app, 'workshops.get', { id })
  await call(app, 'workshops.update', { id, details: { title, localArea, date, venue, facilitators, cycle, notes: note } })
}

it('publishes and gets the sample workshop, against a raw INSERT and SELECT of the same JSONB', async () => {
  server = await startTeamServer()
  await server.addService('Northvale fostering', 'cg_northvale')
  const joUrl = await server.addFacilitator('jo', 'cg_northvale')
  await server.addFacilitator('sam', 'cg_northvale')
  const jo = laptop('jo')
  const sam = laptop('sam')
  for (const app of [jo, sam]) await call(app, 'team.saveSettings', { address: '', password: '', displayName: 'Bench', connect: true })
  const { workshopId } = await call(jo, 'sample.create', {})
  await call(jo, 'team.publish', { workshopId })
  const teamWorkshopId = (await call(jo, 'team.status', {})).links.find((link) => link.workshopId === workshopId)!.teamWorkshopId
  await call(sam, 'team.get', { teamWorkshopId })
  const document = Buffer.from((await call(jo, 'workshopFile.export', { workshopId })).base64, 'base64').toString('utf8')

  // The baseline: the same document into and out of a plain JSONB table, as the same role, on the same server.
  await server.sql('CREATE TABLE public.raw_documents (id serial PRIMARY KEY, document jsonb NOT NULL)')
  await server.sql('GRANT INSERT, SELECT ON public.raw_documents TO jo; GRANT USAGE ON SEQUENCE public.raw_documents_id_seq TO jo')
  const raw = new pg.Client({ connectionString: joUrl })
  await raw.connect()
  try {
    const publishTimes: number[] = []
    for (let i = 0; i < 17; i += 1) {
      // A change first (untimed), so each publish sends a new revision.
      await touch(jo, workshopId, `Bench run ${i}`)
      const started = performance.now()
      const answer = await call(jo, 'team.publish', { workshopId })
      if (answer.state !== 'published') throw new Error(answer.message)
      if (i >= 2) publishTimes.push(performance.now() - started)
    }
    const publish = { label: 'team.publish of the sample (export, outbox, send)', runs: publishTimes }
    const insert = await measure('raw INSERT of the same JSONB', () => raw.query('INSERT INTO public.raw_documents (document) VALUES ($1::jsonb)', [document]), { warmup: 3, runs: 30 })
    recordSamples(`team library: publish the sample (${(document.length / 1024).toFixed(0)} KB)`, publish, insert)

    const getTimes: number[] = []
    for (let i = 0; i < 10; i += 1) {
      // A newer revision each time (published untimed), so Sam's get brings it in and replaces the old copy.
      await touch(jo, workshopId, `Bench newer ${i}`)
      await call(jo, 'team.publish', { workshopId })
      const started = performance.now()
      const got = await call(sam, 'team.get', { teamWorkshopId })
      if (got.brought.length !== 1) throw new Error('The get brought nothing in.')
      getTimes.push(performance.now() - started)
    }
    const select = await measure('raw SELECT of the same JSONB', () => raw.query('SELECT document::text FROM public.raw_documents WHERE id = 1'), { warmup: 3, runs: 30 })
    recordSamples('team library: get a newer revision of the sample (fetch, check, import, replace)', { label: 'team.get of a newer revision', runs: getTimes }, select)
  } finally {
    await raw.end()
  }
})

it('sums up 150 services with 10 cycles each for a partnership, using the summaries’ indexes', async () => {
  const SERVICES = 150
  const CYCLES = 10
  // A partnership of every service, and a cycle's document in the workshop file's shape, trimmed to what the summary reads.
  await server.sql(`CREATE ROLE cg_national NOLOGIN IN ROLE common_ground_partnership`)
  await server.sql(`INSERT INTO common_ground.partnerships (name, role_name) VALUES ('National', 'cg_national')`)
  await server.sql(`CREATE ROLE national_lead LOGIN PASSWORD 'pw-national_lead' IN ROLE cg_national`)
  // And a regional one of 10 of them, the usual size, where the indexes matter most.
  await server.sql(`CREATE ROLE cg_regional NOLOGIN IN ROLE common_ground_partnership`)
  await server.sql(`INSERT INTO common_ground.partnerships (name, role_name) VALUES ('Regional', 'cg_regional')`)
  await server.sql(`CREATE ROLE regional_lead LOGIN PASSWORD 'pw-regional_lead' IN ROLE cg_regional`)
  await server.sql(`
    INSERT INTO common_ground.services (name, role_name) SELECT 'Service ' || lpad(n::text, 3, '0'), 'cg_bench_' || n FROM generate_series(1, ${SERVICES}) n;
    INSERT INTO common_ground.partnership_services SELECT p.id, s.id FROM common_ground.partnerships p, common_ground.services s WHERE p.role_name = 'cg_national';
    INSERT INTO common_ground.partnership_services SELECT p.id, s.id FROM common_ground.partnerships p, common_ground.services s WHERE p.role_name = 'cg_regional' AND s.name <= 'Service 010';
  `)
  const started = performance.now()
  await server.sql(`
    INSERT INTO common_ground.workshops (id, service_id, title, cycle, date)
    SELECT gen_random_uuid(), s.id, s.name || ' forum', c, date '2020-01-01' + c * 180 FROM common_ground.services s, generate_series(1, ${CYCLES}) c;
    INSERT INTO common_ground.revisions (id, workshop_id, number, service_id, title, cycle, date, format_version, document)
    SELECT gen_random_uuid(), w.id, 0, w.service_id, w.title, w.cycle, w.date, 3, jsonb_build_object(
      'format', 'common-ground-workshop', 'version', 3,
      'gaps', jsonb_build_array(
        jsonb_build_object('id', 'g1', 'title', 'Peer support', 'links', jsonb_build_array('KP' || (1 + w.cycle % 8), 'R' || (1 + w.cycle % 7))),
        jsonb_build_object('id', 'g2', 'title', 'Out-of-hours advice', 'links', jsonb_build_array('KP' || (1 + (w.cycle + 3) % 8))),
        jsonb_build_object('id', 'g3', 'title', 'Short breaks', 'links', jsonb_build_array('R' || (1 + (w.cycle + 2) % 7)))),
      'priorities', jsonb_build_object('max', 3, 'list', jsonb_build_array(jsonb_build_object('gapId', 'g1'), jsonb_build_object('gapId', 'g2'), jsonb_build_object('gapId', 'g3'))),
      'plans', jsonb_build_array(
        jsonb_build_object('gapId', 'g1', 'actions', jsonb_build_array(jsonb_build_object('status', 'on_track'), jsonb_build_object('status', 'at_risk'))),
        jsonb_build_object('gapId', 'g2', 'actions', jsonb_build_array(jsonb_build_object('status', 'complete'))),
        jsonb_build_object('gapId', 'g3', 'actions', jsonb_build_array(jsonb_build_object('status', 'awaiting_start'), jsonb_build_object('status', 'off_track')))))
    FROM common_ground.workshops w JOIN common_ground.services s ON s.id = w.service_id WHERE s.role_name LIKE 'cg_bench_%';
    ANALYZE;
  `)
  console.log(`Filled ${SERVICES * CYCLES} published cycles in ${((performance.now() - started) / 1000).toFixed(1)} s.`)
  for (const [login, services] of [['national_lead', SERVICES], ['regional_lead', 10]] as const) {
    const lead = new pg.Client({ connectionString: server.url(login, `pw-${login}`, TEAM_DATABASE) })
    await lead.connect()
    try {
      const rows = (await lead.query(SUMMARY_SQL)).rows
      if (rows.length < services * CYCLES) throw new Error(`The summary had ${rows.length} cycles.`)
      const summary = await measure('partnership summary', () => lead.query(SUMMARY_SQL), { warmup: 3, runs: 20 })
      const plan = (await lead.query<{ 'QUERY PLAN': unknown }>(`EXPLAIN (FORMAT JSON) ${SUMMARY_SQL}`)).rows[0]!['QUERY PLAN']
      const nodes: Array<{ type: string; relation?: string; index?: string }> = []
      const walk = (node: Record<string, unknown>) => {
        const text = (key: string) => (typeof node[key] === 'string' ? node[key] : undefined)
        const [relation, index] = [text('Relation Name'), text('Index Name')]
        nodes.push({ type: text('Node Type') ?? '?', ...(relation ? { relation } : {}), ...(index ? { index } : {}) })
        for (const child of (node.Plans as Record<string, unknown>[] | undefined) ?? []) walk(child)
      }
      walk((plan as Array<{ Plan: Record<string, unknown> }>)[0]!.Plan)
      const indexes = [...new Set(nodes.filter((node) => node.index).map((node) => `${node.type} on ${node.index}`))]
      const scans = [...new Set(nodes.filter((node) => node.type === 'Seq Scan').map((node) => node.relation))]
      console.log(`Partnership summary (${services} services) plan: ${indexes.join('; ') || 'no index'}${scans.length ? `; sequential scans of ${scans.join(', ')}` : ''}`)
      record({
        figure: `team library: partnership summary, ${services} of ${SERVICES} services × ${CYCLES} cycles (${rows.length} rows)`,
        value: formatMs(median(summary.runs)),
        baseline: `plan: ${indexes.join(', ') || 'no index'}${scans.length ? `; seq scan ${scans.join(', ')}` : ''}`,
      })
    } finally {
      await lead.end()
    }
  }
})
