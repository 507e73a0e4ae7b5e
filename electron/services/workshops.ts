import { randomUUID } from 'node:crypto'
import type { Store } from '../store'
import { choosePack, type PackLibrary } from './packs'
import { found } from './errors'
import type { LibraryControl } from './library'
import type { Clock, HandlersFor } from './types'

const MISSING = 'That workshop no longer exists. It may have been deleted in another window.'

export function workshopHandlers(store: Store, clock: Clock, packs: PackLibrary, library: LibraryControl): HandlersFor<'workshops'> {
  return {
    'workshops.list': () => store.workshops.listSummaries(),

    'workshops.get': ({ id }) => found(store.workshops.get(id), MISSING, 'id'),

    'workshops.create': ({ pack: requested, ...details }) => {
      const { id, version } = choosePack(packs, requested)
      const now = clock.now().toISOString()
      const workshop = { id: randomUUID(), ...details, pack: { id, version }, createdAt: now, updatedAt: now }
      store.transaction(() => store.workshops.insert(workshop))
      return workshop
    },

    'workshops.update': ({ id, details }) =>
      store.transaction(() => {
        found(store.workshops.get(id), MISSING, 'id')
        store.workshops.update(id, details, clock.now().toISOString())
        return found(store.workshops.get(id), MISSING, 'id')
      }),

    'workshops.delete': ({ id, removeFromBackups }) => {
      store.transaction(() => {
        // Groups and everything else of the workshop go with it (ON DELETE CASCADE).
        found(store.workshops.get(id), MISSING, 'id')
        store.workshops.delete(id)
      })
      // Deleted means deleted: no copy left in free pages or the write-ahead log, nor in backups if asked.
      const forgotten = library.afterWorkshopDeleted(id, removeFromBackups)
      return { deleted: true as const, backupsRewritten: forgotten?.rewritten ?? 0, backupsUnreadable: forgotten?.unreadable ?? [] }
    },
  }
}
