import type { Store } from '../store'
import { invalid } from './errors'
import type { Scope } from './scope'
import type { Clock, HandlersFor } from './types'

export function ratingHandlers(store: Store, clock: Clock, { scope, checkGroups }: Scope): HandlersFor<'ratings'> {
  return {
    'ratings.list': ({ workshopId }) => {
      scope(workshopId)
      return store.ratings.list(workshopId)
    },

    'ratings.set': ({ workshopId, tag, groupId, rating, comment }) =>
      store.transaction(() => {
        const here = scope(workshopId)
        if (!here.guideTags.includes(tag)) throw invalid(`This workshop’s Reflective Tool has no ${tag}.`, 'tag')
        if (groupId) checkGroups(workshopId, [groupId], 'groupId')
        const saved = { tag, groupId: groupId ?? null, rating, comment, updatedAt: clock.now().toISOString() }
        store.ratings.put(workshopId, saved)
        return saved
      }),
  }
}
