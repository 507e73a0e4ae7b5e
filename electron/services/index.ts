import type { Store } from '../store'
import { groupHandlers } from './groups'
import { libraryHandlers, type LibraryControl } from './backups'
import { reportHandlers } from './report'
import { sampleHandlers } from './sample'
import { workshopFileHandlers, type WorkshopImporter } from './workshopFile'
import { packHandlers, type PackLibrary } from './packs'
import { systemClock, type Clock, type Handlers } from './types'
import { workshopHandlers } from './workshops'
import { scopeFor } from './scope'
import { agendaHandlers } from './agenda'
import { noteHandlers } from './notes'
import { offerHandlers } from './offer'
import { ratingHandlers } from './ratings'
import { gapHandlers } from './gaps'
import { votingHandlers } from './voting'
import { priorityHandlers } from './priorities'
import { presenterHandlers } from './presenter'
import { actionHandlers, planHandlers } from './plan'
import { cycleHandlers } from './cycles'
import { reviewHandlers } from './review'
import { changeHandlers, createChangeFeed, type ChangeFeed } from './changes'
import { logHandlers } from './log'
import type { Logger } from './dispatch'
import { createRoom, roomHandlers, type PhoneRoom } from './room'
import { inboxHandlers } from './inbox'
import { phoneSurface, type PhoneSurface } from './phones'
import { ballotBox } from './voting'
import { teamHandlers } from './team'
import { createTeamConnection, environmentCredentials, type TeamConnection } from './teamConnection'

export { dispatch } from './dispatch'
export { loadPackLibrary, type PackLibrary } from './packs'
export type { Handlers, Clock } from './types'

export interface ServiceDeps {
  store: Store
  packs: PackLibrary
  clock?: Clock
  /** Backups and recovery of the library file (the Application provides it). */
  library: LibraryControl
  /** Where workshop-file imports run; without it, in this thread. */
  importer?: WorkshopImporter
  /** The change stream `changes.since` reads (the Application provides it); without it, one of its own nobody hears. */
  changes?: ChangeFeed
  log?: Logger
  /** The room phones join (room.ts); without it, one that cannot open. */
  room?: PhoneRoom
  /** The team library connection (the Application provides it); without it, one that is never connected. */
  team?: TeamConnection
}

/** The whole application as a map from contract call to handler, shared by both hosts. */
export function createHandlers({ store, packs, clock = systemClock, library, importer, changes = createChangeFeed(), log = (message) => console.error(message), room = createRoom(), team = offlineTeam() }: ServiceDeps): Handlers {
  const scope = scopeFor(store, packs)
  const handlers = {
    ...libraryHandlers(library),
    ...packHandlers(packs, store),
    ...workshopHandlers(store, clock, packs, library),
    ...groupHandlers(store, clock),
    ...agendaHandlers(store, clock, scope),
    ...noteHandlers(store, clock, scope),
    ...offerHandlers(store, clock, scope),
    ...ratingHandlers(store, clock, scope),
    ...gapHandlers(store, clock, scope),
    ...votingHandlers(store, clock, room),
    ...priorityHandlers(store, clock),
    ...presenterHandlers(store, clock),
    ...planHandlers(store, clock, scope),
    ...actionHandlers(store, clock, scope),
    ...cycleHandlers(store, clock, scope),
    ...reviewHandlers(store, clock, scope),
    ...changeHandlers(changes),
    ...logHandlers(log),
    ...roomHandlers(room, store),
    ...inboxHandlers(store, clock, scope),
  }
  // The report, the sample and the workshop file read and write through the same calls the screens use.
  const all: Handlers = { ...handlers, ...reportHandlers(handlers, clock), ...sampleHandlers(() => all), ...workshopFileHandlers(store, handlers, clock, importer), ...teamHandlers({ store, handlers, clock, team, library, changes }) }
  return all
}

/** The phones' calls over the same store and room (services/phones.ts), for the room's LAN listener. */
export function createPhoneSurface({ store, packs, clock = systemClock, changes, room, log = (message) => console.error(message) }: Pick<ServiceDeps, 'store' | 'packs' | 'clock' | 'log'> & { changes: ChangeFeed; room: PhoneRoom }): PhoneSurface {
  return phoneSurface({
    store,
    clock,
    scope: scopeFor(store, packs),
    room,
    box: ballotBox(store, clock, room),
    publish: (workshopId, areas) => changes.publish(workshopId, areas, null),
    version: () => changes.position().sequence,
    log,
  })
}
/** A team library that is never connected: nothing leaves this computer. */
const offlineTeam = (): TeamConnection => createTeamConnection({ settingsPath: null, credentials: environmentCredentials({}) })
