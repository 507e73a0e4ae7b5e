import { createHash } from 'node:crypto'
import { copyFileSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { checkDatabaseFile } from './db'
import type { Db } from './sqlite'
import { fsyncPath, makePrivateFiles, makePrivateFolder, PRIVATE_FILE_MODE } from './files'
import { backupsToKeep } from './retention'

export const BACKUP_REASONS = ['open', 'before-migration', 'before-restore'] as const
export type BackupReason = (typeof BACKUP_REASONS)[number]

export interface BackupFile {
  file: string
  createdAt: string
  reason: BackupReason
}

/**
 * Whether the file is still the one that was written: its SHA-256 is recorded beside it when it is
 * made (`<backup>.sha256`, in the format `sha256sum -c` reads). Backups made before this was
 * recorded say so rather than failing.
 */
export type ChecksumState = 'matches' | 'differs' | 'not-recorded'

export interface BackupDetails extends BackupFile {
  sizeBytes: number
  /** The file's user_version; null when the file cannot be read at all. */
  schemaVersion: number | null
  /** How many workshops it holds; null when it cannot be read. */
  workshops: number | null
  checksum: ChecksumState
  /** Passes SQLite's integrity check and is unchanged since it was made: safe to restore. */
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

export function fileHash(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex')
}

const checksumFile = (path: string) => `${path}.sha256`

/** Records the file's SHA-256 beside it, written whole (temporary file, flushed, renamed). */
export function recordChecksum(path: string, hash = fileHash(path)): void {
  const target = checksumFile(path)
  const partial = `${target}.partial`
  writeFileSync(partial, `${hash}  ${basename(path)}\n`, { mode: PRIVATE_FILE_MODE })
  fsyncPath(partial)
  renameSync(partial, target)
}

export function recordedChecksum(path: string): string | undefined {
  try {
    return /^([0-9a-f]{64})\s/.exec(readFileSync(checksumFile(path), 'utf8'))?.[1]
  } catch {
    return undefined
  }
}

export function checksumState(path: string): ChecksumState {
  const recorded = recordedChecksum(path)
  if (!recorded) return 'not-recorded'
  return recorded === fileHash(path) ? 'matches' : 'differs'
}

/** Removes a backup and what was recorded about it. */
function removeBackup(path: string): void {
  rmSync(path, { force: true })
  rmSync(checksumFile(path), { force: true })
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
  const checksum = checksumState(path)
  return {
    ...backup,
    sizeBytes: statSync(path).size,
    schemaVersion: check.ok ? check.schemaVersion : null,
    workshops: check.ok ? check.workshops : null,
    checksum,
    intact: check.ok && checksum !== 'differs',
  }
}

export function listBackups(databasePath: string): BackupDetails[] {
  return backupFiles(databasePath).map((backup) => describeBackup(databasePath, backup))
}

/** Whether a backup holds any workshops (a damaged or changed one counts as holding none). */
function holdsWorkshops(databasePath: string, backup: BackupFile): boolean {
  const path = join(backupsFolder(databasePath), backup.file)
  if (checksumState(path) === 'differs') return false
  const check = checkDatabaseFile(path)
  return check.ok && check.workshops > 0
}

/** The newest backup that holds workshops and is safe to restore, if there is one. */
export function newestBackupWithWorkshops(databasePath: string): BackupFile | undefined {
  return backupFiles(databasePath).find((backup) => holdsWorkshops(databasePath, backup))
}

/** Removes the backups the retention rules (retention.ts) no longer keep. */
export function pruneBackups(databasePath: string, now: Date): void {
  const folder = backupsFolder(databasePath)
  const backups = backupFiles(databasePath)
  const keep = backupsToKeep(backups, now, (backup) => holdsWorkshops(databasePath, backups.find((b) => b.file === backup.file)!))
  for (const old of backups) if (!keep.has(old.file)) removeBackup(join(folder, old.file))
}

/**
 * Writes a consistent copy of the open library into the backups folder, records its SHA-256 and
 * prunes by the retention rules. `VACUUM INTO` is SQLite's synchronous online snapshot: it reads
 * inside one transaction, so the copy is whole even while the file is in use, and it keeps startup
 * synchronous (better-sqlite3's `db.backup()` is asynchronous only). With `skipIfUnchanged`, a copy
 * identical to the newest backup is dropped, so opening the app repeatedly keeps one copy, not many.
 * A copy that cannot be finished (a full disk) is removed, never left half-written.
 */
export function createBackup(
  db: Db,
  databasePath: string,
  reason: BackupReason,
  now: Date,
  { skipIfUnchanged = false } = {},
): BackupFile {
  const folder = backupsFolder(databasePath)
  makePrivateFolder(folder)
  const newest = backupFiles(databasePath)[0]
  const name = freshName(folder, now, reason)
  const path = join(folder, name)
  const partial = `${path}.partial`
  rmSync(partial, { force: true })
  try {
    db.prepare('VACUUM INTO ?').run(partial)
    makePrivateFiles(partial)
    fsyncPath(partial)
  } catch (error) {
    rmSync(partial, { force: true })
    throw error
  }
  const hash = fileHash(partial)
  if (skipIfUnchanged && newest) {
    const newestPath = join(folder, newest.file)
    if (hash === (recordedChecksum(newestPath) ?? fileHash(newestPath))) {
      rmSync(partial, { force: true })
      return newest
    }
  }
  renameSync(partial, path)
  recordChecksum(path, hash)
  fsyncPath(folder)
  pruneBackups(databasePath, now)
  return parseBackupName(name)!
}

/** Copies the file that will replace the library next to it, flushed to disk, ready to rename over. */
export function stageReplacement(databasePath: string, sourcePath: string): string {
  const staged = `${databasePath}.restoring`
  rmSync(staged, { force: true })
  copyFileSync(sourcePath, staged)
  makePrivateFiles(staged)
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
  makePrivateFiles(join(folder, name), join(folder, `${name}-wal`))
  fsyncPath(join(folder, name))
  return name
}

/** Half-made files a crash can leave (a backup being written or rewritten, a staged restore), removed at open. */
export function removeLeftovers(databasePath: string): void {
  const folder = backupsFolder(databasePath)
  const remove = (dir: string, test: (name: string) => boolean) => {
    if (!existsSync(dir)) return
    for (const name of readdirSync(dir)) if (test(name)) rmSync(join(dir, name), { force: true })
  }
  remove(folder, (name) => name.endsWith('.partial') || name.endsWith('.forgetting'))
  remove(dirname(databasePath), (name) => name === `${basename(databasePath)}.restoring` || name.startsWith(`${basename(databasePath, '.sqlite')}.importing-`))
}
