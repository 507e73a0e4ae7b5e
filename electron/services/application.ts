import { existsSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { CALL_NAMES, type CallName } from '../../shared/api/calls'
import { RECOVERY_CALLS, type LibraryStatus } from '../../shared/api/backups'
import { createStore, DatabaseDamagedError, openDb, type Db } from '../store'
import {
  backupFiles,
  backupsFolder,
  createBackup,
  describeBackup,
  isBackupFileName,
  keepDamagedCopy,
  listBackups,
  stageReplacement,
  swapInReplacement,
} from '../store/backup'
import { migrations } from '../store/migrations'
import { CallError, invalid, notFound } from './errors'
import { createHandlers, type Handlers } from './index'
import { libraryHandlers, type LibraryControl } from './library'
import { loadPackLibrary } from './packs'
import { systemClock, type Clock, type Handler } from './types'

export const DATABASE_FILE = 'common-ground.sqlite'

export const DAMAGED_MESSAGE =
  'Your library is damaged, so Common Ground has stopped using it and changed nothing. Restore a backup from the Backups screen to carry on.'

export interface Application {
  /** Stable for the life of the app: both hosts register these once; each call goes to the library open now. */
  handlers: Handlers
  databasePath: string
  /** Content packs that failed validation, to report to the user. */
  packProblems: readonly string[]
  status(): LibraryStatus
  close(): void
}

/**
 * Opens the library in `dataDir` and wires the services: the same for the Electron app and browser mode.
 * A library that fails its integrity check is left untouched (a copy is kept aside) and the app runs
 * in recovery: only `library.status` and the backup calls answer, until a good backup is restored.
 */
export function openApplication(options: { dataDir: string; resourcesDir: string; clock?: Clock }): Application {
  const clock = options.clock ?? systemClock
  const databasePath = join(options.dataDir, DATABASE_FILE)
  const packs = loadPackLibrary(join(options.resourcesDir, 'packs'))
  let db: Db | undefined
  let damage: { problem: string; damagedCopy: string } | undefined
  let current: Handlers

  const library: LibraryControl = {
    status: () => ({
      state: damage ? 'damaged' : 'ok',
      folder: dirname(databasePath),
      file: basename(databasePath),
      ...(damage ?? {}),
    }),
    listBackups: () => listBackups(databasePath),
    restore: (file) => {
      if (!isBackupFileName(file)) throw invalid('Choose one of the listed backups.', 'file')
      const chosen = backupFiles(databasePath).find((backup) => backup.file === file)
      if (!chosen) throw notFound('That backup is no longer there. Choose one of the listed backups.', 'file')
      const details = describeBackup(databasePath, chosen)
      if (!details.intact) throw invalid('That backup is damaged too, so it cannot be restored. Choose another.', 'file')
      if (details.schemaVersion === null || details.schemaVersion > migrations.length) {
        throw invalid('That backup was made by a newer version of Common Ground. Update the app to restore it.', 'file')
      }
      // Staged before the current library is backed up: that backup may push the chosen one out of the ten.
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
  }

  function open({ backupAtOpen = true } = {}): void {
    const existed = existsSync(databasePath)
    try {
      db = openDb(databasePath, {
        // A brand-new file has nothing worth keeping yet.
        beforeMigration: (opened, fromVersion) => {
          if (existed && fromVersion > 0) createBackup(opened, databasePath, 'before-migration', clock.now())
        },
      })
      damage = undefined
      if (existed && backupAtOpen) createBackup(db, databasePath, 'open', clock.now(), { skipIfUnchanged: true })
      current = createHandlers({ store: createStore(db), packs, clock, library })
    } catch (error) {
      if (!(error instanceof DatabaseDamagedError)) throw error
      db = undefined
      damage = { problem: error.details, damagedCopy: keepDamagedCopy(databasePath, clock.now()) }
      current = recoveryHandlers(library)
    }
  }

  open()
  const handlers = Object.fromEntries(
    CALL_NAMES.map((name) => [name, (input: never) => (current[name] as Handler<CallName>)(input)]),
  ) as unknown as Handlers

  return {
    handlers,
    databasePath,
    packProblems: packs.problems,
    status: () => library.status(),
    close: () => {
      db?.close()
      db = undefined
    },
  }
}

/** While the library is damaged: the recovery calls work, every other call says plainly why it cannot. */
function recoveryHandlers(library: LibraryControl): Handlers {
  const refuse = () => {
    throw new CallError('damaged', DAMAGED_MESSAGE)
  }
  const recovery: Record<string, unknown> = libraryHandlers(library)
  return Object.fromEntries(
    CALL_NAMES.map((name) => [name, (RECOVERY_CALLS as readonly string[]).includes(name) ? recovery[name] : refuse]),
  ) as unknown as Handlers
}
