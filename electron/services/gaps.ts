import { randomUUID } from 'node:crypto'
import { mergeGapDetails, type Gap, type GapDetails } from '../../shared/domain/gaps'
import type { Store } from '../store'
import type { StoredGap } from '../store/gaps'
import { found, invalid } from './errors'
import type { Scope } from './scope'
import type { Clock, HandlersFor } from './types'

const MISSING = 'That gap no longer exists.'
const GONE = 'That gap has been deleted or merged, perhaps in another window. Reload to see the latest gaps.'

const publicGap = ({ deletedAt: _deleted, mergedInto: _merged, ...gap }: StoredGap): Gap => gap

export function gapHandlers(store: Store, clock: Clock, { scope, checkQuestion, checkLinks, checkGroups }: Scope): HandlersFor<'gaps'> {
  const now = () => clock.now().toISOString()

  const check = (workshopId: string, details: GapDetails) => {
    const here = scope(workshopId)
    checkLinks(here, details.links)
    checkGroups(workshopId, details.groupIds, 'details.groupIds')
    if (details.sourceQuestionId !== null) checkQuestion(here, details.sourceQuestionId, 'details.sourceQuestionId')
  }
  const live = (id: string, field = 'id'): StoredGap => {
    const gap = found(store.gaps.get(id), MISSING, field)
    if (gap.deletedAt !== null) throw invalid(GONE, field)
    return gap
  }
  const get = (id: string): Gap => publicGap(found(store.gaps.get(id), MISSING, 'id'))

  return {
    'gaps.list': ({ workshopId }) => {
      scope(workshopId)
      return store.gaps.listLive(workshopId).map(publicGap)
    },

    'gaps.create': ({ workshopId, details }) =>
      store.transaction(() => {
        check(workshopId, details)
        const id = randomUUID()
        store.gaps.insert(workshopId, id, details, now())
        return get(id)
      }),

    'gaps.update': ({ id, details }) =>
      store.transaction(() => {
        check(live(id).workshopId, details)
        store.gaps.update(id, details, now())
        return get(id)
      }),

    'gaps.delete': ({ id }) =>
      store.transaction(() => {
        const gap = live(id)
        store.gaps.markDeleted(id, now())
        return { deleted: publicGap(gap) }
      }),

    'gaps.restore': ({ id }) =>
      store.transaction(() => {
        const gap = found(store.gaps.get(id), MISSING, 'id')
        if (gap.mergedInto !== null) throw invalid('That gap was merged into another. Undo the merge to bring it back.', 'id')
        if (gap.deletedAt !== null) store.gaps.restore(id)
        return get(id)
      }),

    'gaps.merge': ({ firstId, secondId, title }) =>
      store.transaction(() => {
        if (firstId === secondId) throw invalid('A gap cannot be merged with itself. Choose a different gap to merge with.', 'secondId')
        const first = live(firstId, 'firstId')
        const second = live(secondId, 'secondId')
        if (first.workshopId !== second.workshopId) throw invalid('Only gaps of the same workshop can be merged.', 'secondId')
        const id = randomUUID()
        const at = now()
        store.gaps.insert(first.workshopId, id, mergeGapDetails(first, second, title), at)
        store.gaps.markDeleted(firstId, at, id)
        store.gaps.markDeleted(secondId, at, id)
        return get(id)
      }),

    'gaps.unmerge': ({ id }) =>
      store.transaction(() => {
        const merged = live(id)
        if (merged.mergedFrom.length === 0) throw invalid('That gap was not made by merging, so there is no merge to undo.', 'id')
        for (const source of merged.mergedFrom) store.gaps.restore(source)
        store.gaps.markDeleted(id, now())
        return merged.mergedFrom.map(get)
      }),
  }
}
