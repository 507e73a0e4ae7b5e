import type { LibraryStatus } from '../../shared/api/backups'
import type { Network } from '../../shared/domain/room'
import type { ChangeFeed } from './changes'
import type { Logger } from './dispatch'
import type { StartImportWorker } from './importRunner'
import type { Handlers } from './index'
import type { PhoneSurface } from './phones'
import type { PhoneRoom, StartLanListener } from './room'
import type { TeamConnection, TeamCredentials } from './teamConnection'
import type { Clock } from './types'

/** What the Electron app, browser mode, the tests and the bench give openApplication (application.ts). */
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
