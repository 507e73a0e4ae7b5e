import { existsSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { CALL_NAMES, type CallName } from '../../shared/api/calls'
import type { LibraryStatus } from '../../shared/api/backups'
import { createStore, DatabaseDamagedError, type Db, type Store } from '../store'
import {
  backupsFolder,
  createBackup,
  keepDamagedCopy,
  listBackups,
  newestBackupWithWorkshops,
  removeLeftovers,
  stageReplacement,
  swapInReplacement,
} from '../store/backups'
import { forgetWorkshopInBackups } from '../store/forgetInBackups'
import { countWorkshops } from '../store/db'
import { makePrivateFiles, makePrivateFolder, probeWritable, writeProblemOf, type WriteProblem } from '../store/files'
import { CallError, invalid } from './errors'
import { createHandlers, createPhoneSurface, type Handlers } from './index'
import { countingRuns, workerImporter } from './importRunner'
import type { WorkshopImporter } from './workshopFile'
import type { LibraryControl } from './backups'
import {
  DAMAGED_MESSAGE,
  DATABASE_FILE,
  MARKER_FILE,
  MISSING_MESSAGE,
  compact,
  openReadOnlyLibrary,
  restorableBackup,
  READ_ONLY_MESSAGES,
  recoveryHandlers,
  writeMarker,
  writeProblemOfError,
  openWritableLibrary,
  libraryStatus,
} from './libraryFile'
import { loadPackLibrary } from './packs'
import { changeHandlers, createChangeFeed } from './changes'
import type { Logger } from './dispatch'
import { logHandlers } from './log'
import { createRoom } from './room'
import type { PhoneSurface } from './phones'
import { fail } from '../../shared/api/result'
import { systemClock, type Handler } from './types'
import { TEAM_SETTINGS_FILE } from '../store/teamSettings'
import { keepPublishing, noteLocalChange } from './teamOutbox'
import { createTeamConnection, environmentCredentials } from './teamConnection'
import type { Application, ApplicationOptions } from './applicationTypes'

export type { Application, ApplicationOptions } from './applicationTypes'

const UNAVAILABLE = 'The facilitator’s laptop cannot open this workshop just now. Ask the facilitator.'

/** How often, at most, a read-only library checks whether it can write again. */
const RECHECK_MS = 2_000

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
  const team = createTeamConnection({ settingsPath: join(dataDir, TEAM_SETTINGS_FILE), credentials: options.teamCredentials ?? environmentCredentials({}) })

  const status = (): LibraryStatus => libraryStatus(databasePath, { damage, missing, readOnly, warnings })

  const refuseWhileReadOnly = () => {
    if (readOnly) throw new CallError('read_only', READ_ONLY_MESSAGES[readOnly])
  }

  const library: LibraryControl = {
    status,
    listBackups: () => listBackups(databasePath),
    restore: (file) => {
      const details = restorableBackup(databasePath, file)
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
      if (db && writable) compact(db)
      return removeFromBackups ? forgetWorkshopInBackups(databasePath, workshopId) : null
    },
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
    markerWritten = writeMarker(markerPath)
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
  const imports = inWorker && countingRuns(inWorker)
  const importer: WorkshopImporter | undefined = imports?.run
  const refuseWhileImporting = () => {
    if (imports?.running()) throw new CallError('conflict', 'A workshop file is being imported. Wait a moment for it to finish, then try again.')
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
      if (readOnly) db = openReadOnlyLibrary(databasePath, size === 0, warnings)
      else {
        db = openWritableLibrary(databasePath, { existed: size > 0, backupAtOpen, now: () => clock.now(), warnings })
        writable = true
      }
      store = createStore(db)
      current = createHandlers({ store, packs, clock, library, changes, log, room, team, ...(writable && importer ? { importer } : {}) })
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
  // A linked workshop written to here has changes the team library has not seen.
  const stopPublishing = keepPublishing({ team, changes, log, retryMs: options.teamRetryMs ?? 15_000, current: () => (writable && !readOnly ? store : undefined) })
  const stopNoting = changes.subscribe((event) => {
    if (writable && !readOnly) noteLocalChange(store, event)
  })
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
      hasNews: (device) => (phones ? phones.hasNews(device) : true),
    },
    team,
    status: () => {
      recheck()
      return status()
    },
    close: () => {
      closeRoom()
      stopPublishing()
      stopNoting()
      void team.close()
      closeDb()
    },
  }
}
