import Database from 'better-sqlite3'
import { existsSync, mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import { migrate, type BeforeMigration } from './migrate'

export type Db = Database.Database

export class DatabaseDamagedError extends Error {
  constructor(readonly path: string, readonly details: string) {
    super(`The database at ${path} failed its integrity check: ${details}`)
    this.name = 'DatabaseDamagedError'
  }
}

export type FileCheck = { ok: true; schemaVersion: number } | { ok: false; problem: string }

/**
 * Runs SQLite's full integrity check on a file through a read-only connection, so a damaged
 * file is never written to (a read-write connection would checkpoint its WAL into it on close).
 */
export function checkDatabaseFile(path: string): FileCheck {
  let db: Db | undefined
  try {
    db = new Database(path, { readonly: true, fileMustExist: true })
    const rows = db.pragma('integrity_check(20)') as Array<{ integrity_check: string }>
    const lines = rows.map((row) => row.integrity_check)
    if (lines.length !== 1 || lines[0] !== 'ok') return { ok: false, problem: lines.join('; ') }
    return { ok: true, schemaVersion: db.pragma('user_version', { simple: true }) as number }
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
 * synchronous=FULL so an acknowledged write survives power loss, foreign keys on.
 * An existing file is checked first, read-only: one that fails is never migrated or written to.
 */
export function openDb(path: string, options: OpenOptions = {}): Db {
  if (path !== ':memory:') {
    mkdirSync(dirname(path), { recursive: true })
    if (existsSync(path)) {
      const check = checkDatabaseFile(path)
      if (!check.ok) throw new DatabaseDamagedError(path, check.problem)
    }
  }
  const db = new Database(path)
  try {
    db.pragma('journal_mode = WAL')
    db.pragma('synchronous = FULL')
    db.pragma('foreign_keys = ON')
    db.pragma('busy_timeout = 5000')
    migrate(db, options.beforeMigration)
    return db
  } catch (error) {
    db.close()
    throw error
  }
}
