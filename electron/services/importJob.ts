import Database from 'better-sqlite3'
import { join } from 'node:path'
import { createStore, type Db } from '../store'
import { migrate } from '../store/migrate'
import { CallError } from './errors'
import { createHandlers } from './index'
import type { LibraryControl } from './backups'
import { loadPackLibrary } from './packs'
import { importWorkshopFile, refuseDuplicate, type ExistingWorkshop } from './workshopFile'

/** What the main thread hands a worker: everything is plain data, so it crosses to the worker thread as is. */
export interface ImportJob {
  /** A new, empty file beside the library that the worker fills (its own connection, its own file). */
  scratchPath: string
  /** The library the finished workshop is copied into, through the worker's own connection. */
  libraryPath: string
  text: string
  asCopy: boolean
  existing: ExistingWorkshop[]
  resourcesDir: string
  /** The app's clock against this machine's, so a test's clock holds in the worker too. */
  clockOffsetMs: number
}

export type ImportAnswer =
  | { ok: true; workshopId: string }
  | { ok: false; kind: 'refusal'; code: CallError['code']; message: string; fields?: Record<string, string> }
  | { ok: false; kind: 'sqlite'; code: string; message: string }
  | { ok: false; kind: 'other'; message: string }

const offline: LibraryControl = new Proxy({} as LibraryControl, {
  get: () => () => {
    throw new Error('The import worker has no library to manage.')
  },
})

/**
 * Copies one workshop's rows from the scratch library into the real one, in one transaction. The
 * scratch was made by the same migrations, so every table and column matches; ids are new UUIDs, so
 * nothing already in the library is touched. Foreign keys are checked at commit; the transaction is
 * short (a few tens of milliseconds for 3 MB), the only time the import holds the library's write lock.
 */
function copyWorkshopIn(db: Db, scratchPath: string, workshopId: string, asCopy: boolean, existing: () => ExistingWorkshop[]): void {
  db.prepare("ATTACH DATABASE ? AS incoming").run(scratchPath)
  try {
    const theirs = db.prepare('PRAGMA incoming.user_version').pluck().get()
    if (theirs !== db.pragma('user_version', { simple: true })) throw new Error('The import worker built a library of another schema version.')
    const tables = db
      .prepare("SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY rowid")
      .pluck()
      .all() as string[]
    db.transaction(() => {
      // Checked again inside the write lock: another import of the same file may have finished meanwhile.
      const { title, date } = db.prepare('SELECT title, date FROM incoming.workshops WHERE id = ?').get(workshopId) as ExistingWorkshop
      refuseDuplicate(existing(), title, date, asCopy)
      db.pragma('defer_foreign_keys = ON')
      for (const table of tables) {
        const columns = (db.prepare(`PRAGMA main.table_info("${table}")`).all() as Array<{ name: string }>).map((column) => `"${column.name}"`).join(', ')
        db.prepare(`INSERT INTO main."${table}" (${columns}) SELECT ${columns} FROM incoming."${table}"`).run()
      }
    }).immediate()
  } finally {
    db.prepare('DETACH DATABASE incoming').run()
  }
}

/**
 * A whole import, in a worker thread: the slow part (checking the file and replaying it through the
 * same calls and checks as the screens) against a scratch library with the app's schema, holding no
 * lock on the real library; then the finished workshop copied into the library in one short
 * transaction through this thread's own connection.
 */
export function runImportJob(job: ImportJob): ImportAnswer {
  const db = new Database(job.scratchPath, { fileMustExist: true })
  try {
    // A throwaway file: no journal on disk, no waiting for the disk; a crash leaves it for the next open to remove.
    db.pragma('journal_mode = MEMORY')
    db.pragma('synchronous = OFF')
    db.pragma('foreign_keys = ON')
    migrate(db)
    const store = createStore(db)
    const packs = loadPackLibrary(join(job.resourcesDir, 'packs'))
    const clock = { now: () => new Date(Date.now() + job.clockOffsetMs) }
    const handlers = createHandlers({ store, packs, clock, library: offline })
    const workshop = importWorkshopFile(store, handlers, job.text, job.asCopy, job.existing)
    db.close()
    copyIntoLibrary(job, workshop.id)
    return { ok: true, workshopId: workshop.id }
  } catch (error) {
    if (error instanceof CallError) return { ok: false, kind: 'refusal', code: error.code, message: error.message, ...(error.fields ? { fields: error.fields } : {}) }
    if (error instanceof Database.SqliteError) return { ok: false, kind: 'sqlite', code: error.code, message: error.message }
    return { ok: false, kind: 'other', message: error instanceof Error ? (error.stack ?? error.message) : String(error) }
  } finally {
    if (db.open) db.close()
  }
}

/** The worker's own connection to the library, set up as the app's (openDb) is. */
function copyIntoLibrary(job: ImportJob, workshopId: string): void {
  const library = new Database(job.libraryPath, { fileMustExist: true })
  try {
    library.pragma('journal_mode = WAL')
    library.pragma('synchronous = FULL')
    library.pragma('foreign_keys = ON')
    library.pragma('secure_delete = ON')
    library.pragma('busy_timeout = 5000')
    const existing = () => createStore(library).workshops.listSummaries()
    copyWorkshopIn(library, job.scratchPath, workshopId, job.asCopy, existing)
  } finally {
    library.close()
  }
}
