import { createHash } from 'node:crypto'
import { closeSync, copyFileSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { checkDatabaseFile, type Db } from './db'

/** How many backups are kept; older ones are removed after each new one. */
export const BACKUPS_KEPT = 10

export const BACKUP_REASONS = ['open', 'before-migration', 'before-restore'] as const
export type BackupReason = (typeof BACKUP_REASONS)[number]

export interface BackupFile {
  file: string
  createdAt: string
  reason: BackupReason
}

export interface BackupDetails extends BackupFile {
  sizeBytes: number
  /** The file's user_version; null when the file cannot be read at all. */
  schemaVersion: number | null
  /** Whether it passes SQLite's integrity check. */
  intact: boolean
}

/** `common-ground-2026-11-23T14-05-09-123Z-open.sqlite`: sorts by time, says why it was made. */
const BACKUP_NAME = /^common-ground-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z(?:-\d+)?-(open|before-migration|before-restore)\.sqlite$/

export function isBackupFileName(name: string): boolean {
  return BACKUP_NAME.test(name)
}

export function backupsFolder(databasePath: string): string {
  return join(dirname(databasePath), 'backups')
}

function stamp(now: Date): string {
  return now.toISOString().replace(/[:.]/g, '-')
}

export function parseBackupName(name: string): BackupFile | undefined {
  const match = BACKUP_NAME.exec(name)
  if (!match) return undefined
  const [, day, hours, minutes, seconds, millis, reason] = match
  return { file: name, createdAt: `${day}T${hours}:${minutes}:${seconds}.${millis}Z`, reason: reason as BackupReason }
}

/** A name not yet taken in `folder` for this moment and reason. */
function freshName(folder: string, now: Date, reason: BackupReason): string {
  for (let attempt = 0; ; attempt += 1) {
    const name = `common-ground-${stamp(now)}${attempt === 0 ? '' : `-${attempt}`}-${reason}.sqlite`
    if (!existsSync(join(folder, name))) return name
  }
}

/** Flushes a file (or a folder's entries, where the platform allows) to the disk. */
function fsyncPath(path: string): void {
  let fd: number | undefined
  try {
    fd = openSync(path, 'r')
    fsyncSync(fd)
  } catch (error) {
    // Windows cannot open a folder to sync it; its renames are durable without it.
    if (!(process.platform === 'win32' && statSync(path).isDirectory())) throw error
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}

function fileHash(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex')
}

/** Backups in the folder, newest first (by the time in their names). */
export function backupFiles(databasePath: string): BackupFile[] {
  const folder = backupsFolder(databasePath)
  if (!existsSync(folder)) return []
  return readdirSync(folder)
    .map(parseBackupName)
    .filter((backup): backup is BackupFile => backup !== undefined)
    .sort((a, b) => (a.file < b.file ? 1 : a.file > b.file ? -1 : 0))
}

export function describeBackup(databasePath: string, backup: BackupFile): BackupDetails {
  const path = join(backupsFolder(databasePath), backup.file)
  const check = checkDatabaseFile(path)
  return { ...backup, sizeBytes: statSync(path).size, schemaVersion: check.ok ? check.schemaVersion : null, intact: check.ok }
}

export function listBackups(databasePath: string): BackupDetails[] {
  return backupFiles(databasePath).map((backup) => describeBackup(databasePath, backup))
}

/** Keeps the newest `keep` backups and removes the rest. */
export function pruneBackups(databasePath: string, keep = BACKUPS_KEPT): void {
  const folder = backupsFolder(databasePath)
  for (const old of backupFiles(databasePath).slice(keep)) rmSync(join(folder, old.file), { force: true })
}

/**
 * Writes a consistent copy of the open library into the backups folder and keeps the newest ten.
 * `VACUUM INTO` is SQLite's synchronous online snapshot: it reads inside one transaction, so
 * the copy is whole even while the file is in use, and it keeps startup synchronous (better-sqlite3's
 * `db.backup()` is asynchronous only). With `skipIfUnchanged`, a copy identical to the newest
 * backup is dropped, so opening the app repeatedly does not push older states out of the ten.
 */
export function createBackup(
  db: Db,
  databasePath: string,
  reason: BackupReason,
  now: Date,
  { skipIfUnchanged = false } = {},
): BackupFile {
  const folder = backupsFolder(databasePath)
  mkdirSync(folder, { recursive: true })
  const newest = backupFiles(databasePath)[0]
  const name = freshName(folder, now, reason)
  const path = join(folder, name)
  const partial = `${path}.partial`
  rmSync(partial, { force: true })
  db.prepare('VACUUM INTO ?').run(partial)
  fsyncPath(partial)
  if (skipIfUnchanged && newest && fileHash(partial) === fileHash(join(folder, newest.file))) {
    rmSync(partial, { force: true })
    return newest
  }
  renameSync(partial, path)
  fsyncPath(folder)
  pruneBackups(databasePath)
  return parseBackupName(name)!
}

/** Copies the file that will replace the library next to it, flushed to disk, ready to rename over. */
export function stageReplacement(databasePath: string, sourcePath: string): string {
  const staged = `${databasePath}.restoring`
  rmSync(staged, { force: true })
  copyFileSync(sourcePath, staged)
  fsyncPath(staged)
  return staged
}

/**
 * Puts a staged file in place of the (closed) library. The old file's -wal and -shm go first:
 * a stale log left beside the new file would be replayed into it on the next open.
 */
export function swapInReplacement(databasePath: string, staged: string): void {
  for (const suffix of ['-wal', '-shm']) rmSync(`${databasePath}${suffix}`, { force: true })
  renameSync(staged, databasePath)
  fsyncPath(dirname(databasePath))
}

/**
 * Copies a damaged library (and its write-ahead log) aside under a name that says what it is,
 * so restoring a backup never destroys it. The same damaged file is copied once, however
 * often the app is opened on it.
 */
export function keepDamagedCopy(databasePath: string, now: Date): string {
  const folder = dirname(databasePath)
  const prefix = `${basename(databasePath, '.sqlite')}.damaged-`
  const hash = fileHash(databasePath)
  const earlier = readdirSync(folder).find((name) => name.startsWith(prefix) && name.endsWith('.sqlite') && fileHash(join(folder, name)) === hash)
  if (earlier) return earlier
  const name = `${prefix}${stamp(now)}.sqlite`
  copyFileSync(databasePath, join(folder, name))
  if (existsSync(`${databasePath}-wal`)) copyFileSync(`${databasePath}-wal`, join(folder, `${name}-wal`))
  fsyncPath(join(folder, name))
  return name
}
