import { tooManyPrioritiesMessage, type Priorities } from '../../shared/domain/priorities'
import type { Store } from '../store'
import { existingWorkshop, invalid } from './errors'
import type { Clock, HandlersFor } from './types'


/** The agreed priorities: an ordered list of gaps with rationales, no longer than the workshop's limit. */
export function priorityHandlers(store: Store, clock: Clock): HandlersFor<'priorities'> {
  const answer = (workshopId: string): Priorities => ({
    workshopId,
    max: store.priorities.max(workshopId),
    priorities: store.priorities.list(workshopId),
  })

  return {
    'priorities.get': ({ workshopId }) => {
      existingWorkshop(store, workshopId, 'workshopId')
      return answer(workshopId)
    },

    'priorities.set': ({ workshopId, priorities }) =>
      store.transaction(() => {
        existingWorkshop(store, workshopId, 'workshopId')
        const max = store.priorities.max(workshopId)
        if (priorities.length > max) throw invalid(tooManyPrioritiesMessage(max), `priorities.${max}`)
        priorities.forEach((priority, index) => {
          const gap = store.voting.gap(priority.gapId)
          if (!gap || gap.workshopId !== workshopId || gap.deleted) {
            throw invalid('That gap is not in this workshop, or has been deleted or merged. Reload the gaps and try again.', `priorities.${index}.gapId`)
          }
        })
        // A priority with actions is removed from the Plan step, which asks first and says what goes with it.
        const kept = new Set(priorities.map((priority) => priority.gapId))
        for (const agreed of store.priorities.list(workshopId)) {
          const actions = kept.has(agreed.gapId) ? 0 : store.plan.actionCount(workshopId, agreed.gapId)
          if (actions > 0) {
            throw invalid(`“${agreed.title}” has ${actions === 1 ? '1 action' : `${actions} actions`} in its plan. Remove it from the Plan step, which asks first and says what goes with it.`, 'priorities')
          }
        }
        store.priorities.replace(workshopId, priorities, clock.now().toISOString())
        return answer(workshopId)
      }),

    'priorities.setMax': ({ workshopId, max }) =>
      store.transaction(() => {
        existingWorkshop(store, workshopId, 'workshopId')
        const agreed = store.priorities.list(workshopId).length
        if (agreed > max) {
          throw invalid(`${agreed} priorities are already agreed. Remove ${agreed - max === 1 ? 'one' : agreed - max} before lowering the limit to ${max}.`, 'max')
        }
        store.priorities.setMax(workshopId, max)
        return answer(workshopId)
      }),
  }
}
