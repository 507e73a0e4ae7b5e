import Database from 'better-sqlite3'
import { existsSync, readFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { createPrivateFile, makePrivateFiles, makePrivateFolder } from './files'
import { migrate, type BeforeMigration } from './migrate'
import type { Db } from './sqlite'


export class DatabaseDamagedError extends Error {
  constructor(readonly path: string, readonly details: string) {
    super(`The database at ${path} failed its integrity check: ${details}`)
    this.name = 'DatabaseDamagedError'
  }
}

export type FileCheck = { ok: true; schemaVersion: number; workshops: number } | { ok: false; problem: string }

/** The library and its backups' SQLite file names: the file, its write-ahead log and shared memory. */
export const sidecarsOf = (path: string): string[] => [path, `${path}-wal`, `${path}-shm`]

/**
 * A connection that can never write, for a file in a folder Common Ground cannot write to (a
 * read-only mount, a full disk). A WAL-mode file normally needs its -shm beside it, which SQLite
 * must be able to create; when it cannot, the file is read into memory as it is (marked as a
 * rollback-mode file in that copy only, as SQLite requires of an in-memory image) and read there.
 * Nothing is copied to disk, so reading never depends on space or permission to write.
 */
export function openDbReadOnly(path: string): Db {
  let db: Db | undefined
  try {
    db = new Database(path, { readonly: true, fileMustExist: true })
    db.prepare('SELECT count(*) FROM sqlite_master').get()
  } catch (error) {
    db?.close()
    if (!(error instanceof Database.SqliteError) || error.code !== 'SQLITE_CANTOPEN' || !existsSync(path)) throw error
    const image = readFileSync(path)
    // Bytes 18 and 19 of the header say WAL (2) or rollback journal (1); an image must say 1.
    if (image.length >= 100 && image[18] === 2 && image[19] === 2) image.fill(1, 18, 20)
    db = new Database(image)
  }
  db.pragma('query_only = ON')
  return db
}

/** How many workshops a library holds; 0 for one without the table yet (a brand-new file). */
export function countWorkshops(db: Db): number {
  const table = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'workshops'").get()
  return table ? (db.prepare('SELECT count(*) AS n FROM workshops').get() as { n: number }).n : 0
}

/** SQLite's full integrity check on an open connection: null when it passes, else what it found. */
export function integrityProblem(db: Db): string | null {
  const rows = db.pragma('integrity_check(20)') as Array<{ integrity_check: string }>
  const lines = rows.map((row) => row.integrity_check)
  return lines.length === 1 && lines[0] === 'ok' ? null : lines.join('; ')
}

/**
 * Runs SQLite's full integrity check on a file through a read-only connection, so a damaged
 * file is never written to (a read-write connection would checkpoint its WAL into it on close).
 */
export function checkDatabaseFile(path: string): FileCheck {
  let db: Db | undefined
  try {
    db = openDbReadOnly(path)
    const problem = integrityProblem(db)
    if (problem) return { ok: false, problem }
    return { ok: true, schemaVersion: db.pragma('user_version', { simple: true }) as number, workshops: countWorkshops(db) }
  } catch (error) {
    return { ok: false, problem: error instanceof Error ? error.message : String(error) }
  } finally {
    db?.close()
  }
}

export interface OpenOptions {
  /** Runs before each migration step, e.g. to back the file up first. */
  beforeMigration?: BeforeMigration
}

/**
 * Opens (or creates) the library file: WAL for crash safety with concurrent reads,
 * synchronous=FULL so an acknowledged write survives power loss, foreign keys on, and
 * secure_delete so deleted text is overwritten rather than left in free pages.
 * An existing file is checked first, read-only: one that fails is never migrated or written to.
 * The folder is made 0700 and the file 0600 before SQLite opens it; SQLite gives the -wal and
 * -shm it creates the same mode as the file, and older installs' files are tightened here.
 */
export function openDb(path: string, options: OpenOptions = {}): Db {
  if (path !== ':memory:') {
    makePrivateFolder(dirname(path))
    if (existsSync(path)) {
      const check = checkDatabaseFile(path)
      if (!check.ok) throw new DatabaseDamagedError(path, check.problem)
    } else {
      createPrivateFile(path)
    }
    makePrivateFiles(...sidecarsOf(path))
  }
  const db = new Database(path)
  try {
    db.pragma('journal_mode = WAL')
    db.pragma('synchronous = FULL')
    db.pragma('foreign_keys = ON')
    db.pragma('secure_delete = ON')
    db.pragma('busy_timeout = 5000')
    migrate(db, options.beforeMigration)
    return db
  } catch (error) {
    db.close()
    throw error
  }
}
