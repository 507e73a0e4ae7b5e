import { writeFileSync } from 'node:fs'
import { basename, dirname } from 'node:path'
import Database from 'better-sqlite3'
import { CALL_NAMES } from '../../shared/api/calls'
import { RECOVERY_CALLS, type LibraryStatus } from '../../shared/api/backups'
import { DatabaseDamagedError, openDb, type Db } from '../store'
import { integrityProblem, openDbReadOnly } from '../store/db'
import { PRIVATE_FILE_MODE, writeProblemOf, type WriteProblem } from '../store/files'
import { migrate } from '../store/migrate'
import { migrations } from '../store/migrations'
import { backupFiles, createBackup, describeBackup, isBackupFileName, type BackupDetails } from '../store/backups'
import { CallError, invalid, notFound } from './errors'
import type { Handlers } from './index'
import { libraryHandlers, type LibraryControl } from './backups'

/** The library file's states beyond "open and writable": damaged, missing, read-only; what each says and how each opens. */

export const DATABASE_FILE = 'common-ground.sqlite'
/**
 * Written beside the library once it holds a workshop. If the library is later missing or empty
 * (deleted, or truncated to 0 bytes, which SQLite would happily open as a new empty library), this
 * says it held data, so Common Ground offers a backup instead of starting silently empty.
 */
export const MARKER_FILE = 'common-ground.has-workshops'

export const DAMAGED_MESSAGE =
  'Your library is damaged, so Common Ground has stopped using it and changed nothing. Restore a backup from the Backups screen to carry on.'
export const MISSING_MESSAGE =
  'Your library file is missing or empty, though this folder shows it held workshops. Restore a backup from the Backups screen to carry on.'
export const READ_ONLY_MESSAGES: Record<Exclude<WriteProblem, null>, string> = {
  'disk-full': 'The disk is full: Common Ground is read-only until there is space. Nothing you recorded is lost.',
  'read-only': 'Common Ground cannot write to its data folder, so it is read-only: you can look at everything but not change it. Nothing you recorded is lost.',
}

/** What an SQLite or file error means for writing: the disk is full, the file or folder is read-only, or neither. */
export function writeProblemOfError(error: unknown): WriteProblem {
  if (error instanceof Database.SqliteError) {
    if (error.code === 'SQLITE_FULL') return 'disk-full'
    if (error.code.startsWith('SQLITE_READONLY')) return 'read-only'
    return null
  }
  return writeProblemOf(error)
}

/** Writes the marker that says this folder's library has held workshops; false when the folder cannot take it now. */
export function writeMarker(markerPath: string): boolean {
  try {
    writeFileSync(
      markerPath,
      'Common Ground: the library in this folder has held workshops. If common-ground.sqlite goes missing or empty, Common Ground offers to restore a backup instead of starting empty.\n',
      { mode: PRIVATE_FILE_MODE },
    )
    return true
  } catch (error) {
    if (!writeProblemOf(error)) throw error
    return false
  }
}

/**
 * A library that cannot be written: read where it is, checked first like any other. With no library
 * at all (a first run on a read-only folder) an empty one in memory answers the screens.
 */
export function openReadOnlyLibrary(databasePath: string, empty: boolean, warnings: string[]): Db {
  if (empty) {
    const db = new Database(':memory:')
    migrate(db)
    db.pragma('query_only = ON')
    return db
  }
  const db = openDbReadOnly(databasePath)
  const problem = integrityProblem(db)
  if (problem) {
    db.close()
    throw new DatabaseDamagedError(databasePath, problem)
  }
  if ((db.pragma('user_version', { simple: true }) as number) !== migrations.length) {
    warnings.push('This library needs an update that Common Ground cannot make while it is read-only, so some screens may not open.')
  }
  return db
}

/** The listed backup a restore may use, checked: its name, that it is there, unchanged since it was made, intact and not from a newer app. */
export function restorableBackup(databasePath: string, file: string): BackupDetails {
  if (!isBackupFileName(file)) throw invalid('Choose one of the listed backups.', 'file')
  const chosen = backupFiles(databasePath).find((backup) => backup.file === file)
  if (!chosen) throw notFound('That backup is no longer there. Choose one of the listed backups.', 'file')
  const details = describeBackup(databasePath, chosen)
  if (details.checksum === 'differs') throw invalid('That backup has changed since it was made, so it cannot be trusted. Choose another.', 'file')
  if (!details.intact) throw invalid('That backup is damaged too, so it cannot be restored. Choose another.', 'file')
  if (details.schemaVersion === null || details.schemaVersion > migrations.length) {
    throw invalid('That backup was made by a newer version of Common Ground. Update the app to restore it.', 'file')
  }
  return details
}

/** Deleted text leaves no trace in the file: vacuumed into fresh pages, the write-ahead log emptied. */
export function compact(db: Db): void {
  try {
    db.exec('VACUUM')
    db.pragma('wal_checkpoint(TRUNCATE)')
  } catch (error) {
    // The delete is committed, and secure_delete has already overwritten the freed pages.
    if (!writeProblemOfError(error)) throw error
  }
}

/** While the library is damaged or missing: the recovery calls work, every other call says plainly why it cannot. */
export function recoveryHandlers(library: LibraryControl, message: string): Handlers {
  const refuse = () => {
    throw new CallError('damaged', message)
  }
  const recovery: Record<string, unknown> = libraryHandlers(library)
  return Object.fromEntries(
    CALL_NAMES.map((name) => [name, (RECOVERY_CALLS as readonly string[]).includes(name) ? recovery[name] : refuse]),
  ) as unknown as Handlers
}

/**
 * Opens the library for writing: backed up before a migration and, unless asked not to, as it opens.
 * A backup that cannot be written is a warning, never a reason not to open the library.
 */
export function openWritableLibrary(databasePath: string, { existed, backupAtOpen, now, warnings }: { existed: boolean; backupAtOpen: boolean; now: () => Date; warnings: string[] }): Db {
  const db = openDb(databasePath, {
    // A brand-new file has nothing worth keeping yet.
    beforeMigration: (opened, fromVersion) => {
      if (existed && fromVersion > 0) createBackup(opened, databasePath, 'before-migration', now())
    },
  })
  if (!existed || !backupAtOpen) return db
  try {
    createBackup(db, databasePath, 'open', now(), { skipIfUnchanged: true })
  } catch (error) {
    // The library itself is fine: open it, and say plainly that this time there is no new backup.
    const why = writeProblemOfError(error) === 'disk-full' ? 'the disk is full' : 'the backups folder cannot be written to'
    warnings.push(`Common Ground could not back up your library as it opened, because ${why}. Your library and earlier backups are unchanged.`)
  }
  return db
}

/** What library.status answers: which state the library is in, where it is, and what to tell the facilitator. */
export function libraryStatus(databasePath: string, { damage, missing, readOnly, warnings }: { damage: { problem: string; damagedCopy: string | null } | undefined; missing: boolean; readOnly: WriteProblem; warnings: readonly string[] }): LibraryStatus {
  return {
    state: damage ? 'damaged' : missing ? 'missing' : 'ok',
    folder: dirname(databasePath),
    file: basename(databasePath),
    ...(damage ? { problem: damage.problem, ...(damage.damagedCopy ? { damagedCopy: damage.damagedCopy } : {}) } : {}),
    readOnly,
    ...(readOnly ? { message: READ_ONLY_MESSAGES[readOnly] } : {}),
    warnings: [...warnings],
  }
}
