import { chmodSync, closeSync, existsSync, fsyncSync, mkdirSync, openSync, rmSync, statSync, writeSync } from 'node:fs'
import { join } from 'node:path'

/**
 * Who may read the library: only the account that runs Common Ground. Folders 0700, files 0600 on
 * Linux and macOS; Windows keeps its own per-user ACLs on the profile folders, and chmod there only
 * toggles the read-only flag, so nothing is changed on Windows.
 */
export const PRIVATE_FOLDER_MODE = 0o700
export const PRIVATE_FILE_MODE = 0o600
const posix = process.platform !== 'win32'

/** chmod that never stops the app: on a read-only mount or a file owned by someone else it changes nothing. */
function tighten(path: string, mode: number): void {
  if (!posix) return
  try {
    if ((statSync(path).mode & 0o777) !== mode) chmodSync(path, mode)
  } catch {
    // Read-only mount, vanished file, or not ours: leave it as it is.
  }
}

export function makePrivateFolder(path: string): void {
  try {
    mkdirSync(path, { recursive: true, mode: PRIVATE_FOLDER_MODE })
  } catch (error) {
    // A read-only mount cannot take a new folder; the caller finds out it cannot write.
    if (!existsSync(path)) throw error
  }
  tighten(path, PRIVATE_FOLDER_MODE)
}

/** Makes existing files private; names that do not exist are skipped. */
export function makePrivateFiles(...paths: string[]): void {
  for (const path of paths) if (existsSync(path)) tighten(path, PRIVATE_FILE_MODE)
}

/** Creates an empty file that only this account can read, before anything writes into it. */
export function createPrivateFile(path: string): void {
  closeSync(openSync(path, 'wx', PRIVATE_FILE_MODE))
  tighten(path, PRIVATE_FILE_MODE)
}

/** Flushes a file (or a folder's entries, where the platform allows) to the disk. */
export function fsyncPath(path: string): void {
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

/** Why the data folder cannot be written to, or null when it can. */
export type WriteProblem = 'disk-full' | 'read-only' | null

const FULL_CODES = new Set(['ENOSPC', 'EDQUOT'])
const READ_ONLY_CODES = new Set(['EROFS', 'EACCES', 'EPERM'])

/** Node's error code for a failed file operation, if it has one. */
export function errnoCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined
}

export function writeProblemOf(error: unknown): WriteProblem {
  const code = errnoCode(error)
  if (code && FULL_CODES.has(code)) return 'disk-full'
  if (code && READ_ONLY_CODES.has(code)) return 'read-only'
  return null
}

/**
 * Whether `folder` takes a write now: a probe the size of SQLite's shared-memory file (32 KiB),
 * written and flushed, then removed. It answers for the disk as it is at this moment; SQLite's own
 * writes are still checked one by one, as space can run out between the probe and them.
 */
export function probeWritable(folder: string): WriteProblem {
  const probe = join(folder, '.common-ground-write-check')
  let fd: number | undefined
  try {
    fd = openSync(probe, 'w', PRIVATE_FILE_MODE)
    const block = Buffer.alloc(32 * 1024)
    writeSync(fd, block, 0, block.length, 0)
    fsyncSync(fd)
    return null
  } catch (error) {
    const problem = writeProblemOf(error) ?? (existsSync(folder) ? null : 'read-only')
    if (problem) return problem
    throw error
  } finally {
    if (fd !== undefined) closeSync(fd)
    try {
      rmSync(probe, { force: true })
    } catch {
      // Nothing was created.
    }
  }
}
