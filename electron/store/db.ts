import Database from 'better-sqlite3'
import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import { migrate } from './migrate'

export type Db = Database.Database

export class DatabaseDamagedError extends Error {
  constructor(readonly path: string, readonly details: string) {
    super(`The database at ${path} failed its integrity check: ${details}`)
    this.name = 'DatabaseDamagedError'
  }
}

/**
 * Opens (or creates) the library file: WAL for crash safety with concurrent reads,
 * synchronous=FULL so an acknowledged write survives power loss, foreign keys on.
 * A file that fails its quick check is never migrated or written to.
 */
export function openDb(path: string): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true })
  const db = new Database(path)
  try {
    db.pragma('journal_mode = WAL')
    db.pragma('synchronous = FULL')
    db.pragma('foreign_keys = ON')
    db.pragma('busy_timeout = 5000')
    const check = db.pragma('quick_check', { simple: true })
    if (check !== 'ok') throw new DatabaseDamagedError(path, String(check))
    migrate(db)
    return db
  } catch (error) {
    db.close()
    throw error
  }
}
