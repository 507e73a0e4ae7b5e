import { readdirSync } from 'node:fs'
import { Worker } from 'node:worker_threads'
import { afterEach, describe, expect, it } from 'vitest'
import { resourcesDir, sampleDetails, succeed, tempDir } from '../../tests/fixtures/app'
import { largeWorkshopFile } from '../../tests/fixtures/workshopFiles'
import { createHostAuth } from '../host/auth'
import { startHost, TOKEN_HEADER, type RunningHost } from '../host/server'
import { openApplication, type Application } from './application'
import type { ImportJob } from './importJob'

/** The worker from source, as the built app starts out/main/import-worker.js. */
const startImportWorker = (job: ImportJob) => new Worker(new URL('../../tests/fixtures/import-worker.mjs', import.meta.url), { workerData: job })

const cleanups: Array<() => unknown> = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

function application(withWorker: boolean): Application & { dataDir: string } {
  const dir = tempDir()
  const app = openApplication({ dataDir: dir.path, resourcesDir, ...(withWorker ? { startImportWorker } : {}) })
  cleanups.push(() => dir.remove(), () => app.close())
  return Object.assign(app, { dataDir: dir.path })
}

/** Puts every list in one order and every id as "id", so two libraries' copies of a workshop compare equal. */
function canonical(value: unknown): unknown {
  const isId = (text: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(text)
  if (typeof value === 'string') return isId(value) ? 'id' : value
  if (Array.isArray(value)) return value.map(canonical).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))
  if (value && typeof value === 'object') {
    const entries: Array<[string, unknown]> = Object.entries(value)
    // A map keyed by ids (dots or points per gap): compare its values.
    if (entries.length > 0 && entries.every(([key]) => isId(key))) return canonical(entries.map(([, item]) => item))
    return Object.fromEntries(entries.map(([key, item]) => [key, canonical(item)]))
  }
  return value
}

/** The workshop as its file says it, without what is new at every import (ids, times). */
async function exportedContent(app: Application, workshopId: string): Promise<unknown> {
  const exported = await succeed(app.handlers, 'workshopFile.export', { workshopId })
  const file = JSON.parse(Buffer.from(exported.base64, 'base64').toString('utf8')) as Record<string, unknown>
  delete file.exportedAt
  return canonical(file)
}

describe('workshop-file import in a worker thread', () => {
  it('makes the same workshop as an import in the calling thread, refuses what that refuses, and leaves no scratch file', async () => {
    const source = application(false)
    const { workshopId } = await succeed(source.handlers, 'sample.create', {})
    const { base64 } = await succeed(source.handlers, 'workshopFile.export', { workshopId })
    const text = Buffer.from(base64, 'base64').toString('utf8')

    const inline = application(false)
    const worker = application(true)
    const a = await succeed(inline.handlers, 'workshopFile.import', { text })
    const b = await succeed(worker.handlers, 'workshopFile.import', { text })
    expect(await exportedContent(worker, b.id)).toEqual(await exportedContent(inline, a.id))

    // The same file again: the same refusal, and a copy when asked.
    await expect(succeed(worker.handlers, 'workshopFile.import', { text })).rejects.toThrow(/already have/)
    await succeed(worker.handlers, 'workshopFile.import', { text, asCopy: true })
    await expect(succeed(worker.handlers, 'workshopFile.import', { text: text.replace('"common-ground-workshop"', '"something-else"') })).rejects.toThrow(/not a Common Ground workshop file/)
    expect((await succeed(worker.handlers, 'workshops.list', {})).length).toBe(2)
    expect(readdirSync(worker.dataDir).filter((name) => name.includes('importing'))).toEqual([])
  }, 60_000)

  it('keeps answering other calls, reads and writes, over real HTTP while a large import runs', async () => {
    const app = application(true)
    const text = await largeWorkshopFile(app.handlers)
    const token = 'import-test-token-0123456789'
    const rendererDir = tempDir()
    cleanups.push(() => rendererDir.remove())
    const host: RunningHost = await startHost({ handlers: app.handlers, rendererDir: rendererDir.path, auth: createHostAuth(token), log: () => undefined })
    cleanups.push(() => host.close())
    const post = (name: string, input: unknown) =>
      fetch(new URL(`/api/${name}`, host.url), { method: 'POST', headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token }, body: JSON.stringify(input) })

    let done = false
    const importing = post('workshopFile.import', { text, asCopy: true }).then((answer) => {
      done = true
      return answer
    })
    const latencies: number[] = []
    let index = 0
    while (!done) {
      const started = performance.now()
      const answer = await (index % 2 === 0 ? post('workshops.list', {}) : post('workshops.create', { ...sampleDetails, title: `During the import ${index}` }))
      expect([answer.status, answer.status === 200 ? '' : await answer.text()]).toEqual([200, ''])
      if (!done) latencies.push(performance.now() - started)
      index += 1
    }
    const imported = await importing
    expect([imported.status, imported.status === 200 ? "" : await imported.clone().text()]).toEqual([200, ""])
    expect(((await imported.json()) as { value: { title: string } }).value.title).toBeTruthy()
    // In the calling thread, no other call could be answered until the whole import was done; in the
    // worker they go on being answered. The bound is generous for a shared, busy machine: the time
    // claim itself (~50 ms) is measured by `npm run bench`, not asserted here.
    expect(latencies.length).toBeGreaterThanOrEqual(3)
    expect(Math.max(...latencies)).toBeLessThan(1_000)
    const workshops = await succeed(app.handlers, 'workshops.list', {})
    expect(workshops.filter((workshop) => workshop.title.startsWith('During the import')).length).toBe(Math.floor(index / 2))
  }, 60_000)
})
