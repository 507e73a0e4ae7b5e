import { Worker } from 'node:worker_threads'
import { afterAll, it } from 'vitest'
import { createHostAuth } from '../electron/host/auth'
import { startHost, TOKEN_HEADER } from '../electron/host/server'
import { openApplication } from '../electron/services/application'
import type { ImportJob } from '../electron/services/importJob'
import { resourcesDir, tempDir } from '../tests/fixtures/app'
import { largeWorkshopFile } from '../tests/fixtures/workshopFiles'
import { median, percentile } from './measure'
import { formatMs, record } from './table'

const dirs: Array<{ remove: () => void }> = []
afterAll(() => dirs.forEach((dir) => dir.remove()))

function application(withWorker: boolean) {
  const dir = tempDir()
  dirs.push(dir)
  const startImportWorker = (job: ImportJob) => new Worker(new URL('../tests/fixtures/import-worker.mjs', import.meta.url), { workerData: job })
  return openApplication({ dataDir: dir.path, resourcesDir, ...(withWorker ? { startImportWorker } : {}) })
}

/** Asks for the workshop list over HTTP, one request after another, until `until` settles; returns each answer's time. */
async function listWhile(url: string, token: string, until: Promise<unknown>): Promise<number[]> {
  let done = false
  void until.finally(() => (done = true))
  const times: number[] = []
  while (!done) {
    const started = performance.now()
    await fetch(new URL('/api/workshops.list', url), { method: 'POST', headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token }, body: '{}' })
    times.push(performance.now() - started)
  }
  return times
}

it('other calls during a large workshop-file import: in the calling thread against in a worker', async () => {
  const line = (label: string, times: number[]) =>
    `${label}: ${times.length} answers, median ${median(times).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms, longest ${Math.max(...times).toFixed(1)} ms`
  for (const withWorker of [false, true]) {
    const app = application(withWorker)
    const text = await largeWorkshopFile(app.handlers)
    const token = 'bench-token-0123456789abcdef'
    const rendererDir = tempDir()
    dirs.push(rendererDir)
    const host = await startHost({ handlers: app.handlers, rendererDir: rendererDir.path, auth: createHostAuth(token), log: () => undefined })
    const post = (input: unknown) =>
      fetch(new URL('/api/workshopFile.import', host.url), { method: 'POST', headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token }, body: JSON.stringify(input) })
    const idle = await listWhile(host.url, token, new Promise((resolve) => setTimeout(resolve, 500)))
    const runs: number[][] = []
    const durations: number[] = []
    for (let run = 0; run < 5; run += 1) {
      const started = performance.now()
      const importing = post({ text, asCopy: true }).then((answer) => answer.text())
      runs.push(await listWhile(host.url, token, importing))
      await importing
      durations.push(performance.now() - started)
    }
    const during = runs.flat()
    console.log(
      `${withWorker ? 'Worker' : 'Calling thread'}: a ${(text.length / 1e6).toFixed(1)} MB import takes median ${median(durations).toFixed(0)} ms.\n` +
        `  ${line('workshops.list while idle', idle)}\n  ${line('workshops.list during the imports', during)} — longest ${(Math.max(...during) / median(idle)).toFixed(0)}× the idle median`,
    )
    if (withWorker) {
      record({
        figure: `workshops.list during a ${(text.length / 1e6).toFixed(1)} MB import (worker): p95 answer`,
        value: formatMs(percentile(during, 95)),
        baseline: `idle median ${formatMs(median(idle))}`,
        ratio: percentile(during, 95) / median(idle),
      })
    }
    await host.close()
    app.close()
  }
})
