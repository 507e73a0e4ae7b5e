import { join } from 'node:path'
import { createStore, openDb } from '../store'
import { createHandlers, type Handlers } from './index'
import { loadPackLibrary } from './packs'
import type { Clock } from './types'

export const DATABASE_FILE = 'common-ground.sqlite'

export interface Application {
  handlers: Handlers
  databasePath: string
  /** Content packs that failed validation, to report to the user. */
  packProblems: readonly string[]
  close(): void
}

/** Opens the library in `dataDir` and wires the services: the same for the Electron app and browser mode. */
export function openApplication(options: { dataDir: string; resourcesDir: string; clock?: Clock }): Application {
  const databasePath = join(options.dataDir, DATABASE_FILE)
  const db = openDb(databasePath)
  const packs = loadPackLibrary(join(options.resourcesDir, 'packs'))
  const store = createStore(db)
  const handlers = createHandlers(options.clock ? { store, packs, clock: options.clock } : { store, packs })
  return {
    handlers,
    databasePath,
    packProblems: packs.problems,
    close: () => db.close(),
  }
}
