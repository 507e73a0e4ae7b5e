import { copyFileSync, renameSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { backupFiles, backupsFolder, fileHash, recordChecksum } from './backups'
import { checkDatabaseFile } from './db'
import { fsyncPath, makePrivateFiles } from './files'

export interface ForgetOutcome {
  /** Backups that held the workshop and were rewritten without it. */
  rewritten: number
  /** Backups that could not be read, so could not be rewritten (they may still hold it). */
  unreadable: string[]
}

/**
 * Rewrites every backup that holds a workshop without it. Each is copied to a new file beside it,
 * the workshop deleted there (its groups, notes, gaps… go with it by ON DELETE CASCADE) with
 * secure_delete on and the journal kept in memory, the copy vacuumed so no free page keeps the
 * text, checked, flushed, and only then renamed over the backup, with its new SHA-256 recorded.
 * A crash part-way leaves the old backup whole and a `.forgetting` file that the next open removes.
 */
export function forgetWorkshopInBackups(databasePath: string, workshopId: string): ForgetOutcome {
  const folder = backupsFolder(databasePath)
  const outcome: ForgetOutcome = { rewritten: 0, unreadable: [] }
  const holds = (path: string): boolean => {
    const db = new Database(path, { readonly: true, fileMustExist: true })
    try {
      return db.prepare('SELECT 1 FROM workshops WHERE id = ?').get(workshopId) !== undefined
    } finally {
      db.close()
    }
  }
  for (const backup of backupFiles(databasePath)) {
    const path = join(folder, backup.file)
    const check = checkDatabaseFile(path)
    if (!check.ok) {
      outcome.unreadable.push(backup.file)
      continue
    }
    if (check.workshops === 0 || !holds(path)) continue
    const work = `${path}.forgetting`
    rmSync(work, { force: true })
    try {
      copyFileSync(path, work)
      makePrivateFiles(work)
      const db = new Database(work, { fileMustExist: true })
      try {
        db.pragma('journal_mode = MEMORY')
        db.pragma('foreign_keys = ON')
        db.pragma('secure_delete = ON')
        db.prepare('DELETE FROM workshops WHERE id = ?').run(workshopId)
        db.exec('VACUUM')
      } finally {
        db.close()
      }
      const rewritten = checkDatabaseFile(work)
      if (!rewritten.ok || holds(work)) throw new Error(`The rewritten copy of ${backup.file} did not pass its check.`)
      fsyncPath(work)
      const hash = fileHash(work)
      renameSync(work, path)
      recordChecksum(path, hash)
      outcome.rewritten += 1
    } finally {
      rmSync(work, { force: true })
    }
  }
  fsyncPath(folder)
  return outcome
}
