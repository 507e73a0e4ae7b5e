import { randomUUID } from 'node:crypto'
import type { Store } from '../store'
import { existingWorkshop, found, invalid } from './errors'
import type { Clock, HandlersFor } from './types'

const MISSING_GROUP = 'That group no longer exists. It may have been removed in another window.'
const MAX_GROUPS = 100

export function groupHandlers(store: Store, clock: Clock): HandlersFor<'groups'> {
  const touchWorkshop = (workshopId: string) => {
    const workshop = existingWorkshop(store, workshopId, 'workshopId')
    store.workshops.update(workshopId, workshop, clock.now().toISOString())
  }

  return {
    'groups.list': ({ workshopId }) => {
      existingWorkshop(store, workshopId, 'workshopId')
      return store.groups.listForWorkshop(workshopId)
    },

    'groups.add': ({ workshopId, details }) =>
      store.transaction(() => {
        touchWorkshop(workshopId)
        if (store.groups.listForWorkshop(workshopId).length >= MAX_GROUPS) {
          throw invalid(`A workshop can have at most ${MAX_GROUPS} groups.`)
        }
        return store.groups.insert(workshopId, randomUUID(), details)
      }),

    'groups.update': ({ id, details }) =>
      store.transaction(() => {
        const group = found(store.groups.get(id), MISSING_GROUP, 'id')
        touchWorkshop(group.workshopId)
        store.groups.update(id, details)
        return found(store.groups.get(id), MISSING_GROUP, 'id')
      }),

    'groups.reorder': ({ workshopId, order }) =>
      store.transaction(() => {
        touchWorkshop(workshopId)
        const current = store.groups.listForWorkshop(workshopId).map((group) => group.id)
        const sameSet = order.length === current.length && new Set(order).size === order.length && order.every((id) => current.includes(id))
        if (!sameSet) {
          throw invalid('The new order must list each of the workshop’s groups exactly once. Reload to see the latest groups.', 'order')
        }
        store.groups.setPositions(order)
        return store.groups.listForWorkshop(workshopId)
      }),

    'groups.remove': ({ id }) =>
      store.transaction(() => {
        const group = found(store.groups.get(id), MISSING_GROUP, 'id')
        touchWorkshop(group.workshopId)
        store.groups.delete(id)
        return { removed: true as const, workshopId: group.workshopId }
      }),
  }
}
