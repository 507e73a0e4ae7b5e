import { request as httpRequest } from 'node:http'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CALL_NAMES } from '../../shared/api/calls'
import { sampleDetails, tempApplication, tempDir } from '../../tests/fixtures/app'
import { startHost, TOKEN_HEADER, type RunningHost } from './server'
import { createHostAuth } from './auth'

const TOKEN = 'hostile-test-token-0123456789'
let app: ReturnType<typeof tempApplication>
let host: RunningHost
let rendererDir: ReturnType<typeof tempDir>
let reader: Database.Database
const logged: string[] = []
const known: { ids: string[] } = { ids: [] }

async function post(name: string, body: string): Promise<{ status: number; json: unknown }> {
  const response = await fetch(`${host.url}api/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: TOKEN },
    body,
  })
  const text = await response.text()
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    json = text
  }
  return { status: response.status, json }
}

/** Every row of every table (read from sqlite_master, so new tables are covered without editing this test). */
function dumpAll(): string {
  const tables = reader.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as Array<{ name: string }>
  return JSON.stringify(tables.map(({ name }) => [name, reader.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all()]))
}

beforeAll(async () => {
  app = tempApplication()
  rendererDir = tempDir()
  host = await startHost({ handlers: app.handlers, rendererDir: rendererDir.path, auth: createHostAuth(TOKEN), log: (line) => logged.push(line) })
  reader = new Database(join(app.dataDir, 'common-ground.sqlite'), { readonly: true })
  // Real records, so generated inputs that use their ids reach the handlers' own checks.
  for (const title of ['Spring forum', 'Autumn forum']) {
    const created = await post('workshops.create', JSON.stringify({ ...sampleDetails, title }))
    const workshopId = (created.json as { value: { id: string } }).value.id
    known.ids.push(workshopId)
    const group = await post('groups.add', JSON.stringify({ workshopId, details: { name: 'Table 1', roles: ['foster_carers'], headCount: 5 } }))
    known.ids.push((group.json as { value: { id: string } }).value.id)
  }
})
afterAll(async () => {
  reader.close()
  await host.close()
  app.dispose()
  rendererDir.remove()
})

/** Values that break things: wrong types, edge numbers, huge and hostile text, real and made-up ids. */
function hostileValue(): fc.Arbitrary<unknown> {
  const nasty = fc.constantFrom(
    '', ' ', '\u0000', '<script>alert(1)</script>', "'; DROP TABLE workshops; --", '../../etc/passwd', '__proto__', 'constructor',
    'x'.repeat(20_001), '💥'.repeat(5_000), '2026-02-30', '23/11/2026', -1, 0, 1.5, 2 ** 53, Number.MAX_VALUE, true, null, [], {},
    '0b5ad2a4-3c1e-4f27-9d8e-7a6b5c4d3e2f',
  )
  const id = fc.constantFrom(...known.ids)
  return fc.oneof(nasty, id, fc.string({ maxLength: 40 }), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(fc.oneof(id, fc.string({ maxLength: 10 }), fc.integer()), { maxLength: 6 }))
}

const FIELD_NAMES = ['id', 'workshopId', 'details', 'title', 'name', 'file', 'order', 'questionId', 'groupId', 'text', 'roles', 'headCount', 'cycle', 'date', 'pack', 'version', 'items', 'questionIds', 'revision', 'ids', 'kind', 'status', 'value', '__proto__']

function hostileInput(): fc.Arbitrary<unknown> {
  const record = fc.dictionary(fc.constantFrom(...FIELD_NAMES), fc.oneof(hostileValue(), fc.dictionary(fc.constantFrom(...FIELD_NAMES), hostileValue(), { maxKeys: 6 })), { maxKeys: 6 })
  const nearValid = fc.record({ ...Object.fromEntries(Object.entries(sampleDetails).map(([key, value]) => [key, fc.oneof(fc.constant(value), hostileValue())])) })
  return fc.oneof(record, nearValid, fc.jsonValue({ maxDepth: 3 }), hostileValue())
}

describe('hostile input through the HTTP host', () => {
  it.each(CALL_NAMES)('%s: every generated input gets a success or a readable 4xx, and a refusal changes nothing', async (name) => {
    await fc.assert(
      fc.asyncProperty(fc.oneof({ weight: 9, arbitrary: hostileInput().map((input) => JSON.stringify(input) ?? 'null') }, { weight: 1, arbitrary: fc.string({ maxLength: 30 }) }), async (body) => {
        const before = dumpAll()
        const { status, json } = await post(name, body)
        expect(status, `${name} ${body.slice(0, 200)}`).toBeLessThan(500)
        const result = json as { ok: boolean; error?: { message?: unknown } }
        if (status === 200) {
          expect(result.ok).toBe(true)
        } else {
          expect(status).toBeGreaterThanOrEqual(400)
          expect(result.ok).toBe(false)
          expect(typeof result.error?.message).toBe('string')
          expect((result.error?.message as string).length).toBeGreaterThan(5)
          expect(dumpAll(), `${name} refused ${body.slice(0, 200)} but changed the data`).toBe(before)
        }
      }),
      { numRuns: 40 },
    )
  }, 30_000)

  it('leaves a healthy database and logged no internal errors', () => {
    expect(reader.pragma('integrity_check', { simple: true })).toBe('ok')
    expect(logged.filter((line) => /failed|did not match/.test(line))).toEqual([])
  })
})

describe('oversized uploads', () => {
  /** Streams `total` bytes in 1 MB chunks until the server answers; returns the status and how much was sent. */
  function streamUpload(total: number, declareLength: boolean): Promise<{ status: number; sent: number; body: string }> {
    return new Promise((resolve, reject) => {
      let sent = 0
      let answered = false
      const headers: Record<string, string | number> = { host: `127.0.0.1:${host.port}`, 'content-type': 'application/json', [TOKEN_HEADER]: TOKEN }
      if (declareLength) headers['content-length'] = total
      const req = httpRequest({ host: '127.0.0.1', port: host.port, path: '/api/workshops.create', method: 'POST', headers }, (res) => {
        answered = true
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, sent, body: Buffer.concat(chunks).toString('utf8') }))
      })
      req.on('error', (error) => {
        if (!answered) reject(error)
      })
      const chunk = Buffer.alloc(1024 * 1024, 0x61)
      const pump = () => {
        while (!answered && sent < total) {
          sent += chunk.length
          if (!req.write(chunk)) {
            req.once('drain', pump)
            return
          }
        }
        if (!answered) req.end()
      }
      pump()
    })
  }

  it.each([
    ['with its length declared', true],
    ['streamed without a length', false],
  ])('refuses a 200 MB upload %s with 413, long before reading it all, and writes nothing', async (_label, declareLength) => {
    const before = dumpAll()
    const total = 200 * 1024 * 1024
    const answer = await streamUpload(total, declareLength)
    expect(answer.status).toBe(413)
    expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { code: 'too_large', message: expect.stringMatching(/too large/) } })
    expect(answer.sent).toBeLessThan(total / 4)
    expect(dumpAll()).toBe(before)
  })
})
