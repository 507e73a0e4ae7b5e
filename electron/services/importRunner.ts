import { randomUUID } from 'node:crypto'
import { existsSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import Database from 'better-sqlite3'
import type { Store } from '../store'
import { createPrivateFile } from '../store/files'
import { CallError } from './errors'
import type { ImportAnswer, ImportJob } from './importJob'
import type { Clock } from './types'
import type { WorkshopImporter } from './workshopFile'

/** Starts the worker for one job: `new Worker(<built import-worker.js>, { workerData: job })` in the app. */
export type StartImportWorker = (job: ImportJob) => Worker

/**
 * The built worker beside the built host or main process (out/main/import-worker.js), or undefined
 * when running from source (there imports run in the calling thread).
 */
export function builtImportWorker(folder: string): StartImportWorker | undefined {
  const file = join(folder, 'import-worker.js')
  return existsSync(file) ? (job) => new Worker(file, { workerData: job }) : undefined
}

export interface ImportRunnerDeps {
  /** The library open now. */
  current(): { store: Store }
  libraryPath: string
  resourcesDir: string
  clock: Clock
  start: StartImportWorker
}

function answerOf(worker: Worker): Promise<ImportAnswer> {
  return new Promise((resolve, reject) => {
    worker.once('message', (answer: ImportAnswer) => resolve(answer))
    worker.once('error', reject)
    worker.once('exit', (code) => reject(new Error(`The import worker stopped (exit ${code}) without an answer.`)))
  })
}

/**
 * Workshop-file imports off the main thread: a 3 MB file took ~380 ms of replaying checks and
 * inserts, during which no other call was answered. The worker replays it into a scratch library,
 * then copies the finished workshop into the library through its own connection (importJob.ts).
 * Reads here go on meanwhile (WAL); a write here waits only for that copy's short transaction.
 */
export function workerImporter(deps: ImportRunnerDeps): WorkshopImporter {
  return async (text, asCopy) => {
    const scratchPath = deps.libraryPath.replace(/\.sqlite$/, `.importing-${randomUUID()}.sqlite`)
    createPrivateFile(scratchPath)
    try {
      const job: ImportJob = {
        scratchPath,
        text,
        asCopy,
        libraryPath: deps.libraryPath,
        existing: deps.current().store.workshops.listSummaries().map(({ title, date }) => ({ title, date })),
        resourcesDir: deps.resourcesDir,
        clockOffsetMs: deps.clock.now().getTime() - Date.now(),
      }
      const answer = await answerOf(deps.start(job))
      if (!answer.ok) {
        if (answer.kind === 'refusal') throw new CallError(answer.code, answer.message, answer.fields)
        if (answer.kind === 'sqlite') throw new Database.SqliteError(answer.message, answer.code)
        throw new Error(answer.message)
      }
      const { store } = deps.current()
      const workshop = store.workshops.get(answer.workshopId)
      if (!workshop) throw new Error('The imported workshop could not be read back.')
      return workshop
    } finally {
      rmSync(scratchPath, { force: true })
    }
  }
}

/** Wraps an importer so its caller can ask whether an import is under way. */
export function countingRuns(importer: WorkshopImporter): { run: WorkshopImporter; running: () => boolean } {
  let runs = 0
  return {
    run: async (text, asCopy) => {
      runs += 1
      try {
        return await importer(text, asCopy)
      } finally {
        runs -= 1
      }
    },
    running: () => runs > 0,
  }
}
