import { randomUUID } from 'node:crypto'
import type { Store } from '../store'
import { choosePack, type PackLibrary } from './packs'
import { existingWorkshop } from './errors'
import type { LibraryControl } from './backups'
import type { Clock, HandlersFor } from './types'


export function workshopHandlers(store: Store, clock: Clock, packs: PackLibrary, library: LibraryControl): HandlersFor<'workshops'> {
  return {
    'workshops.list': () => store.workshops.listSummaries(),

    'workshops.get': ({ id }) => existingWorkshop(store, id, 'id'),

    'workshops.create': ({ pack: requested, ...details }) => {
      const { id, version } = choosePack(packs, requested)
      const now = clock.now().toISOString()
      const workshop = { id: randomUUID(), ...details, pack: { id, version }, createdAt: now, updatedAt: now }
      store.transaction(() => store.workshops.insert(workshop))
      return workshop
    },

    'workshops.update': ({ id, details }) =>
      store.transaction(() => {
        existingWorkshop(store, id, 'id')
        store.workshops.update(id, details, clock.now().toISOString())
        return existingWorkshop(store, id, 'id')
      }),

    'workshops.delete': ({ id, removeFromBackups }) => {
      store.transaction(() => {
        // Groups and everything else of the workshop go with it (ON DELETE CASCADE).
        existingWorkshop(store, id, 'id')
        store.workshops.delete(id)
      })
      // Deleted means deleted: no copy left in free pages or the write-ahead log, nor in backups if asked.
      const forgotten = library.afterWorkshopDeleted(id, removeFromBackups)
      return { deleted: true as const, backupsRewritten: forgotten?.rewritten ?? 0, backupsUnreadable: forgotten?.unreadable ?? [] }
    },
  }
}
