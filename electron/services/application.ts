import { existsSync, statSync, writeFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import Database from 'better-sqlite3'
import { CALL_NAMES, type CallName } from '../../shared/api/calls'
import { RECOVERY_CALLS, type LibraryStatus } from '../../shared/api/backups'
import { createStore, DatabaseDamagedError, openDb, type Db, type Store } from '../store'
import {
  backupFiles,
  backupsFolder,
  createBackup,
  describeBackup,
  forgetWorkshopInBackups,
  isBackupFileName,
  keepDamagedCopy,
  listBackups,
  newestBackupWithWorkshops,
  removeLeftovers,
  stageReplacement,
  swapInReplacement,
} from '../store/backups'
import { countWorkshops, integrityProblem, openDbReadOnly } from '../store/db'
import { makePrivateFiles, makePrivateFolder, PRIVATE_FILE_MODE, probeWritable, writeProblemOf, type WriteProblem } from '../store/files'
import { migrate } from '../store/migrate'
import { migrations } from '../store/migrations'
import { CallError, invalid, notFound } from './errors'
import { createHandlers, createPhoneSurface, type Handlers } from './index'
import { workerImporter, type StartImportWorker } from './importRunner'
import type { WorkshopImporter } from './workshopFile'
import { libraryHandlers, type LibraryControl } from './backups'
import { loadPackLibrary } from './packs'
import { changeHandlers, createChangeFeed, type ChangeFeed } from './changes'
import type { Logger } from './dispatch'
import { logHandlers } from './log'
import { createRoom, type PhoneRoom, type StartLanListener } from './room'
import type { PhoneSurface } from './phones'
import type { Network } from '../../shared/domain/room'
import { fail } from '../../shared/api/result'
import { systemClock, type Clock, type Handler } from './types'

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

const UNAVAILABLE = 'The facilitator’s laptop cannot open this workshop just now. Ask the facilitator.'

/** How often, at most, a read-only library checks whether it can write again. */
const RECHECK_MS = 2_000

export interface ApplicationOptions {
  dataDir: string
  resourcesDir: string
  clock?: Clock
  /** While read-only, check again at most this often (milliseconds). */
  recheckMs?: number
  /** Runs workshop-file imports in a worker thread (importRunner.ts); without it they run in this thread. */
  startImportWorker?: StartImportWorker
  /** The main side's log (render errors reported by windows go here too). */
  log?: Logger
  /** Starts the room's LAN listener for phones (electron/lan); without it phones cannot join. */
  listen?: StartLanListener
  /** The networks the room may open on; the laptop's own unless a test or the bench says otherwise. */
  networks?: () => Network[]
}

export interface Application {
  /** Stable for the life of the app: both hosts register these once; each call goes to the library open now. */
  handlers: Handlers
  databasePath: string
  /** Content packs that failed validation, to report to the user. */
  packProblems: readonly string[]
  /** Every window's news of what changed: give it to dispatch, and listen to it (shared/api/changes.ts). */
  changes: ChangeFeed
  /** The room phones join, and their calls, for the LAN listener. */
  room: PhoneRoom
  phones: PhoneSurface
  status(): LibraryStatus
  /** Closes the room (its listener and every phone's session) and the library. */
  close(): void
}

/** What an SQLite or file error means for writing: the disk is full, the file or folder is read-only, or neither. */
function writeProblemOfError(error: unknown): WriteProblem {
  if (error instanceof Database.SqliteError) {
    if (error.code === 'SQLITE_FULL') return 'disk-full'
    if (error.code.startsWith('SQLITE_READONLY')) return 'read-only'
    return null
  }
  return writeProblemOf(error)
}

/**
 * Opens the library in `dataDir` and wires the services: the same for the Electron app and browser mode.
 * - A library that fails its integrity check is left untouched (a copy is kept aside) and the app runs
 *   in recovery: only `library.status` and the backup calls answer, until a good backup is restored.
 * - A library that is missing or empty where the folder shows it held workshops (the marker, or a
 *   backup with workshops in it) is recovery too; a folder with neither is a first run and starts empty.
 * - When the folder cannot be written (a full disk, a read-only folder or mount) the library opens
 *   read-only: every screen can read, every write is answered with a plain message, and the app
 *   checks again (at most every two seconds, when called) and goes back to normal once it can write.
 */
export function openApplication(options: ApplicationOptions): Application {
  const clock = options.clock ?? systemClock
  const dataDir = options.dataDir
  const databasePath = join(dataDir, DATABASE_FILE)
  const markerPath = join(dataDir, MARKER_FILE)
  const packs = loadPackLibrary(join(options.resourcesDir, 'packs'))
  let db: Db | undefined
  let store: Store | undefined
  /** The connection can write; false for a read-only connection (or an in-memory image). */
  let writable = false
  let damage: { problem: string; damagedCopy: string | null } | undefined
  let missing = false
  let readOnly: WriteProblem = null
  let lastCheck = 0
  let markerWritten = false
  const warnings: string[] = []
  let current: Handlers
  const log: Logger = options.log ?? ((message) => console.error(message))
  const changes = createChangeFeed({ log })
  const room = createRoom({
    ...(options.listen ? { listen: options.listen } : {}),
    ...(options.networks ? { networks: options.networks } : {}),
    publish: (workshopId, areas) => changes.publish(workshopId, areas, null),
    now: () => clock.now().getTime(),
    log,
  })
  let phones: PhoneSurface | undefined
  const closeRoom = () => {
    room.close().catch((error: unknown) => log(`The room did not close cleanly: ${error instanceof Error ? error.message : String(error)}`))
  }

  function status(): LibraryStatus {
    const state = damage ? 'damaged' : missing ? 'missing' : 'ok'
    return {
      state,
      folder: dirname(databasePath),
      file: basename(databasePath),
      ...(damage ? { problem: damage.problem, ...(damage.damagedCopy ? { damagedCopy: damage.damagedCopy } : {}) } : {}),
      readOnly,
      ...(readOnly ? { message: READ_ONLY_MESSAGES[readOnly] } : {}),
      warnings: [...warnings],
    }
  }

  const refuseWhileReadOnly = () => {
    if (readOnly) throw new CallError('read_only', READ_ONLY_MESSAGES[readOnly])
  }

  const library: LibraryControl = {
    status,
    listBackups: () => listBackups(databasePath),
    restore: (file) => {
      if (!isBackupFileName(file)) throw invalid('Choose one of the listed backups.', 'file')
      const chosen = backupFiles(databasePath).find((backup) => backup.file === file)
      if (!chosen) throw notFound('That backup is no longer there. Choose one of the listed backups.', 'file')
      const details = describeBackup(databasePath, chosen)
      if (details.checksum === 'differs') throw invalid('That backup has changed since it was made, so it cannot be trusted. Choose another.', 'file')
      if (!details.intact) throw invalid('That backup is damaged too, so it cannot be restored. Choose another.', 'file')
      if (details.schemaVersion === null || details.schemaVersion > migrations.length) {
        throw invalid('That backup was made by a newer version of Common Ground. Update the app to restore it.', 'file')
      }
      refuseWhileReadOnly()
      refuseWhileImporting()
      // Staged before the current library is backed up: that backup may prune the chosen one.
      const staged = stageReplacement(databasePath, join(backupsFolder(databasePath), file))
      let previousKeptAs: string | null = damage?.damagedCopy ?? null
      if (db) {
        previousKeptAs = createBackup(db, databasePath, 'before-restore', clock.now()).file
        db.close()
        db = undefined
      }
      swapInReplacement(databasePath, staged)
      // No backup at this open: the restored file is already one.
      open({ backupAtOpen: false })
      if (damage) throw new CallError('damaged', DAMAGED_MESSAGE)
      return { restored: details, previousKeptAs }
    },
    startEmpty: () => {
      if (!missing) throw invalid('Your library is there already, so there is nothing to start.')
      refuseWhileReadOnly()
      refuseWhileImporting()
      open({ backupAtOpen: false, startEmpty: true })
      return status()
    },
    afterWorkshopDeleted: (workshopId, removeFromBackups) => {
      compact()
      return removeFromBackups ? forgetWorkshopInBackups(databasePath, workshopId) : null
    },
  }

  /** Deleted text leaves no trace in the file: vacuumed into fresh pages, the write-ahead log emptied. */
  function compact(): void {
    if (!db || !writable) return
    try {
      db.exec('VACUUM')
      db.pragma('wal_checkpoint(TRUNCATE)')
    } catch (error) {
      // The delete is committed, and secure_delete has already overwritten the freed pages.
      if (!writeProblemOfError(error)) throw error
    }
  }

  /** Whether the folder shows the library held workshops: the marker, or a backup with workshops. */
  function heldWorkshops(): boolean {
    return existsSync(markerPath) || newestBackupWithWorkshops(databasePath) !== undefined
  }

  function noteWorkshopsHeld(): void {
    if (markerWritten || !db || !writable) return
    if (existsSync(markerPath)) {
      markerWritten = true
      return
    }
    if (countWorkshops(db) === 0) return
    try {
      writeFileSync(
        markerPath,
        'Common Ground: the library in this folder has held workshops. If common-ground.sqlite goes missing or empty, Common Ground offers to restore a backup instead of starting empty.\n',
        { mode: PRIVATE_FILE_MODE },
      )
      markerWritten = true
    } catch (error) {
      if (!writeProblemOf(error)) throw error
    }
  }

  function closeDb(): void {
    db?.close()
    db = undefined
    store = undefined
    writable = false
  }

  const inWorker =
    options.startImportWorker &&
    workerImporter({
      current: () => {
        if (!store) throw new CallError('damaged', DAMAGED_MESSAGE)
        return { store }
      },
      libraryPath: databasePath,
      resourcesDir: options.resourcesDir,
      clock,
      start: options.startImportWorker,
    })
  /** Imports under way: the worker writes to the library file itself, so it must not be swapped meanwhile. */
  let importsRunning = 0
  const importer: WorkshopImporter | undefined =
    inWorker &&
    (async (text, asCopy) => {
      importsRunning += 1
      try {
        return await inWorker(text, asCopy)
      } finally {
        importsRunning -= 1
      }
    })
  const refuseWhileImporting = () => {
    if (importsRunning > 0) throw new CallError('conflict', 'A workshop file is being imported. Wait a moment for it to finish, then try again.')
  }

  function open({ backupAtOpen = true, startEmpty = false } = {}): void {
    // Another library (a restored backup): phones joined to a workshop of this one leave.
    closeRoom()
    phones = undefined
    closeDb()
    damage = undefined
    missing = false
    warnings.length = 0
    try {
      makePrivateFolder(dataDir)
    } catch (error) {
      if (!writeProblemOf(error)) throw error
    }
    readOnly = probeWritable(dataDir)
    lastCheck = Date.now()
    if (!readOnly) {
      removeLeftovers(databasePath)
      makePrivateFiles(markerPath)
    }
    const size = existsSync(databasePath) ? statSync(databasePath).size : 0
    if (size === 0 && !startEmpty && heldWorkshops()) {
      missing = true
      current = recoveryHandlers(library, MISSING_MESSAGE)
      return
    }
    try {
      if (readOnly) openReadOnly(size === 0)
      else openWritable(size > 0, backupAtOpen)
      store = createStore(db!)
      current = createHandlers({ store, packs, clock, library, changes, log, room, ...(writable && importer ? { importer } : {}) })
      phones = createPhoneSurface({ store, packs, clock, changes, room, log })
      noteWorkshopsHeld()
    } catch (error) {
      if (!(error instanceof DatabaseDamagedError)) throw error
      closeDb()
      let damagedCopy: string | null = null
      try {
        damagedCopy = keepDamagedCopy(databasePath, clock.now())
      } catch (copyError) {
        if (!writeProblemOf(copyError)) throw copyError
      }
      damage = { problem: error.details, damagedCopy }
      current = recoveryHandlers(library, DAMAGED_MESSAGE)
    }
  }

  function openWritable(existed: boolean, backupAtOpen: boolean): void {
    db = openDb(databasePath, {
      // A brand-new file has nothing worth keeping yet.
      beforeMigration: (opened, fromVersion) => {
        if (existed && fromVersion > 0) createBackup(opened, databasePath, 'before-migration', clock.now())
      },
    })
    writable = true
    if (!existed || !backupAtOpen) return
    try {
      createBackup(db, databasePath, 'open', clock.now(), { skipIfUnchanged: true })
    } catch (error) {
      // The library itself is fine: open it, and say plainly that this time there is no new backup.
      const why = writeProblemOfError(error) === 'disk-full' ? 'the disk is full' : 'the backups folder cannot be written to'
      warnings.push(`Common Ground could not back up your library as it opened, because ${why}. Your library and earlier backups are unchanged.`)
    }
  }

  /**
   * A library that cannot be written: read where it is, checked first like any other. With no library
   * at all (a first run on a read-only folder) an empty one in memory answers the screens.
   */
  function openReadOnly(empty: boolean): void {
    if (empty) {
      db = new Database(':memory:')
      migrate(db)
      db.pragma('query_only = ON')
      return
    }
    db = openDbReadOnly(databasePath)
    const problem = integrityProblem(db)
    if (problem) throw new DatabaseDamagedError(databasePath, problem)
    if ((db.pragma('user_version', { simple: true }) as number) !== migrations.length) {
      warnings.push('This library needs an update that Common Ground cannot make while it is read-only, so some screens may not open.')
    }
  }

  /** While read-only: can the folder take writes again? Then reopen as normal (checked, backed up). */
  function recheck(): void {
    if (!readOnly || Date.now() - lastCheck < (options.recheckMs ?? RECHECK_MS)) return
    lastCheck = Date.now()
    if (probeWritable(dataDir)) return
    if (writable) readOnly = null
    else open()
  }

  function failedWrite(error: unknown): never {
    const problem = writeProblemOfError(error)
    if (!problem) throw error
    // A read-only connection refuses as "read-only" whatever the cause: keep the cause found at open.
    if (!readOnly || writable) readOnly = problem
    lastCheck = Date.now()
    throw new CallError('read_only', READ_ONLY_MESSAGES[readOnly])
  }

  async function run(name: CallName, input: never): Promise<unknown> {
    recheck()
    try {
      const value = await (current[name] as Handler<CallName>)(input)
      noteWorkshopsHeld()
      return value
    } catch (error) {
      return failedWrite(error)
    }
  }

  open()
  // The stream and the log answer whatever state the library is in, damaged or read-only included.
  const always: Partial<Record<CallName, unknown>> = { ...changeHandlers(changes), ...logHandlers(log) }
  const handlers = Object.fromEntries(CALL_NAMES.map((name) => [name, always[name] ?? ((input: never) => run(name, input))])) as unknown as Handlers

  return {
    handlers,
    databasePath,
    packProblems: packs.problems,
    changes,
    room,
    phones: {
      join: (raw, clientAddress) => (phones ? phones.join(raw, clientAddress) : Promise.resolve({ result: fail('conflict', UNAVAILABLE) })),
      call: (name, raw, device) => (phones ? phones.call(name, raw, device) : Promise.resolve(fail('conflict', UNAVAILABLE))),
    },
    status: () => {
      recheck()
      return status()
    },
    close: () => {
      closeRoom()
      closeDb()
    },
  }
}

/** While the library is damaged or missing: the recovery calls work, every other call says plainly why it cannot. */
function recoveryHandlers(library: LibraryControl, message: string): Handlers {
  const refuse = () => {
    throw new CallError('damaged', message)
  }
  const recovery: Record<string, unknown> = libraryHandlers(library)
  return Object.fromEntries(
    CALL_NAMES.map((name) => [name, (RECOVERY_CALLS as readonly string[]).includes(name) ? recovery[name] : refuse]),
  ) as unknown as Handlers
}
