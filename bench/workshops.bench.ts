import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, it } from 'vitest'
import { createHostAuth } from '../electron/host/auth'
import { startHost, TOKEN_HEADER } from '../electron/host/server'
import { dispatch } from '../electron/services/dispatch'
import { tempApplication, tempDir } from '../tests/fixtures/app'
import { measure, median } from './measure'
import { formatMs, recordRatio, recordSamples } from './table'

const WORKSHOPS = 2000
const CLIENTS = 20
const app = tempApplication()
let raw: Database.Database
/** The same rows the start screen lists, in the same order, as a hand-written select reads them. */
let rawSelect: Database.Statement

beforeAll(async () => {
  const value = async <T>(name: string, input: unknown): Promise<T> => {
    const result = await dispatch(app.handlers, name, input)
    if (!result.ok) throw new Error(`${name}: ${result.error.message}`)
    return result.value as T
  }
  for (let i = 0; i < WORKSHOPS; i += 1) {
    const day = String(1 + (i % 28)).padStart(2, '0')
    const workshop = await value<{ id: string }>('workshops.create', {
      title: `Carers’ forum ${i + 1}`, localArea: `Area ${i % 40}`, date: `20${20 + (i % 7)}-0${1 + (i % 9)}-${day}`, venue: 'Riverside Community Centre', facilitators: 'Fostering service manager', cycle: 1 + (i % 3), notes: '',
    })
    if (i % 4 === 0) await value('groups.add', { workshopId: workshop.id, details: { name: 'Table 1', roles: ['foster_carers'], headCount: 6 } })
  }
  raw = new Database(app.databasePath, { readonly: true })
  rawSelect = raw.prepare(`
    SELECT w.id, w.title, w.local_area, w.date, w.cycle, w.updated_at, (SELECT COUNT(*) FROM groups g WHERE g.workshop_id = w.id) AS group_count
    FROM workshops w ORDER BY w.date DESC, w.created_at DESC`)
})
afterAll(() => {
  raw?.close()
  app.dispose()
})

it(`workshops.list with ${WORKSHOPS.toLocaleString('en-GB')} workshops: through dispatch against a raw SQL select of the same rows`, async () => {
  const baseline = await measure('raw SQL select of the same rows', () => rawSelect.all(), { runs: 50 })
  const listed = await measure('workshops.list through dispatch (zod in and out)', async () => {
    const result = await dispatch(app.handlers, 'workshops.list', {})
    if (!result.ok || (result.value as unknown[]).length !== WORKSHOPS) throw new Error('workshops.list did not list every workshop')
  }, { runs: 50 })
  recordSamples(`workshops.list, ${WORKSHOPS.toLocaleString('en-GB')} workshops, median`, listed, baseline, 3)
})

/** `CLIENTS` clients each asking `perClient` times, one request after another; every answer's time and the requests a second. */
async function concurrently(ask: () => Promise<void>, perClient: number): Promise<{ times: number[]; perSecond: number }> {
  const times: number[] = []
  const started = performance.now()
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      for (let i = 0; i < perClient; i += 1) {
        const begun = performance.now()
        await ask()
        times.push(performance.now() - begun)
      }
    }),
  )
  return { times, perSecond: (CLIENTS * perClient * 1000) / (performance.now() - started) }
}

it(`workshops.list with ${WORKSHOPS.toLocaleString('en-GB')} workshops, ${CLIENTS} clients at once over HTTP: the host against a bare node:http server answering the raw select`, async () => {
  const token = 'bench-token-0123456789abcdef'
  const rendererDir = tempDir()
  const host = await startHost({ handlers: app.handlers, rendererDir: rendererDir.path, auth: createHostAuth(token), log: () => undefined })
  // The baseline: the same rows as JSON from Node's own HTTP server, with nothing between the select and the answer.
  const bare = createServer((_req, res) => {
    const body = JSON.stringify({ ok: true, value: rawSelect.all() })
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) })
    res.end(body)
  })
  await new Promise<void>((resolve) => bare.listen(0, '127.0.0.1', resolve))
  const bareUrl = `http://127.0.0.1:${(bare.address() as AddressInfo).port}/api/workshops.list`
  const post = (url: string, headers: Record<string, string>) => async () => {
    const answer = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: '{}' })
    await answer.arrayBuffer()
  }
  const listOverHost = post(new URL('/api/workshops.list', host.url).href, { [TOKEN_HEADER]: token })
  const listOverBare = post(bareUrl, {})
  try {
    await concurrently(listOverBare, 3)
    await concurrently(listOverHost, 3)
    const baseline = await concurrently(listOverBare, 15)
    const served = await concurrently(listOverHost, 15)
    console.log(
      `${CLIENTS} clients, workshops.list over HTTP: ${served.perSecond.toFixed(0)} requests a second, median ${formatMs(median(served.times))}; ` +
        `bare node:http with the raw select: ${baseline.perSecond.toFixed(0)} a second, median ${formatMs(median(baseline.times))}`,
    )
    recordRatio(`workshops.list, ${CLIENTS} clients at once over HTTP, median answer`, median(served.times), 'bare node:http + raw select', median(baseline.times), 3)
  } finally {
    await host.close()
    await new Promise((resolve) => bare.close(resolve))
    rendererDir.remove()
  }
})
