import { existsSync, statSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { CALL_NAMES, type CallName } from '../../shared/api/calls'
import type { LibraryStatus } from '../../shared/api/backups'
import { createStore, DatabaseDamagedError, openDb, type Db, type Store } from '../store'
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
import { countingRuns, workerImporter, type StartImportWorker } from './importRunner'
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
} from './libraryFile'
import { loadPackLibrary } from './packs'
import { changeHandlers, createChangeFeed, type ChangeFeed } from './changes'
import type { Logger } from './dispatch'
import { logHandlers } from './log'
import { createRoom, type PhoneRoom, type StartLanListener } from './room'
import type { PhoneSurface } from './phones'
import type { Network } from '../../shared/domain/room'
import { fail } from '../../shared/api/result'
import { systemClock, type Clock, type Handler } from './types'
import { TEAM_SETTINGS_FILE } from '../store/teamSettings'
import { noteLocalChange, sendWaiting } from './teamOutbox'
import { createTeamConnection, environmentCredentials, type TeamConnection, type TeamCredentials } from './teamConnection'

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
  /**
   * Where the team library's password comes from (the desktop app: safeStorage; browser mode:
   * COMMON_GROUND_TEAM_URL). Without it, a team library can never be connected.
   */
  teamCredentials?: TeamCredentials
  /** How often publishes waiting for the team library are tried again (milliseconds). */
  teamRetryMs?: number
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
  /** The team library connection, for the life of the app. */
  team: TeamConnection
  status(): LibraryStatus
  /** Closes the room (its listener and every phone's session) and the library. */
  close(): void
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
  const team = createTeamConnection({ settingsPath: join(dataDir, TEAM_SETTINGS_FILE), credentials: options.teamCredentials ?? environmentCredentials({}) })

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
      else openWritable(size > 0, backupAtOpen)
      store = createStore(db!)
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
  const stopNoting = changes.subscribe((event) => {
    if (writable && !readOnly) noteLocalChange(store, event)
  })
  // Publishes waiting for the team library are tried again until they land; work here never waits for them.
  const retry = setInterval(() => {
    if (!team.connected() || !store || !writable || readOnly || store.team.outbox().every((entry) => entry.state !== 'waiting')) return
    void team.serially(() => sendWaiting(() => (writable && !readOnly ? store : undefined), team, changes)).catch((error: unknown) => log(`Publishing to the team library failed: ${error instanceof Error ? error.message : String(error)}`))
  }, options.teamRetryMs ?? 15_000)
  retry.unref()
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
    team,
    status: () => {
      recheck()
      return status()
    },
    close: () => {
      closeRoom()
      clearInterval(retry)
      stopNoting()
      void team.close()
      closeDb()
    },
  }
}
