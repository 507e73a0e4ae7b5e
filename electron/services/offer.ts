import { randomUUID } from 'node:crypto'
import type { Store } from '../store'
import { found } from './errors'
import type { Scope } from './scope'
import type { Clock, HandlersFor } from './types'

const MISSING = 'That part of the support offer no longer exists. It may have been removed in another window.'

export function offerHandlers(store: Store, clock: Clock, { scope, checkLinks }: Scope): HandlersFor<'offer'> {
  return {
    'offer.list': ({ workshopId }) => {
      scope(workshopId)
      return store.offer.list(workshopId)
    },

    'offer.add': ({ workshopId, details }) =>
      store.transaction(() => {
        checkLinks(scope(workshopId), details.links)
        const id = randomUUID()
        store.offer.insert(workshopId, id, details, clock.now().toISOString())
        return found(store.offer.get(id), MISSING, 'id')
      }),

    'offer.update': ({ id, details }) =>
      store.transaction(() => {
        const item = found(store.offer.get(id), MISSING, 'id')
        checkLinks(scope(item.workshopId), details.links)
        store.offer.update(id, details, clock.now().toISOString())
        return found(store.offer.get(id), MISSING, 'id')
      }),

    'offer.remove': ({ id }) =>
      store.transaction(() => {
        const item = found(store.offer.get(id), MISSING, 'id')
        store.offer.delete(id)
        return { removed: true as const, workshopId: item.workshopId }
      }),
  }
}
