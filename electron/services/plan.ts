import { randomUUID } from 'node:crypto'
import type { PlannedPriority } from '../../shared/domain/plan/action'
import type { Store } from '../store'
import { found, invalid } from './errors'
import type { Scope } from './scope'
import type { Clock, HandlersFor } from './types'

const MISSING_ACTION = 'That action no longer exists. It may have been removed in another window.'
const NOT_A_PRIORITY = 'That is not one of this workshop’s agreed priorities. Agree it in the Prioritise step first.'

export function actionsPhrase(count: number): string {
  return count === 1 ? '1 action' : `${count} actions`
}

/** The plan of each agreed priority: what we want to achieve, the Task and Finish group and the actions. */
export function plannedPriorities(store: Store, workshopId: string): PlannedPriority[] {
  const actions = store.plan.actions(workshopId)
  return store.priorities.list(workshopId).map((priority) => ({
    workshopId,
    gapId: priority.gapId,
    position: priority.position,
    title: priority.title,
    links: store.gaps.get(priority.gapId)?.links ?? [],
    rationale: priority.rationale,
    ...store.plan.plan(workshopId, priority.gapId),
    actions: actions.filter((action) => action.gapId === priority.gapId),
  }))
}

export function planHandlers(store: Store, clock: Clock, { scope }: Scope): HandlersFor<'plan'> {
  const priorityOf = (workshopId: string, gapId: string): PlannedPriority =>
    found(plannedPriorities(store, workshopId).find((priority) => priority.gapId === gapId), NOT_A_PRIORITY, 'gapId')

  return {
    'plan.get': ({ workshopId }) => {
      scope(workshopId)
      return plannedPriorities(store, workshopId)
    },

    'plan.savePriority': ({ workshopId, gapId, plan }) =>
      store.transaction(() => {
        scope(workshopId)
        priorityOf(workshopId, gapId)
        store.plan.savePlan(workshopId, gapId, plan, clock.now().toISOString())
        return priorityOf(workshopId, gapId)
      }),

    'plan.removePriority': ({ workshopId, gapId, confirm }) =>
      store.transaction(() => {
        scope(workshopId)
        const priority = priorityOf(workshopId, gapId)
        const count = priority.actions.length
        if (count > 0 && confirm !== true) {
          throw invalid(`“${priority.title}” has ${actionsPhrase(count)}. Removing the priority removes ${count === 1 ? 'it' : 'them'} too, with ${count === 1 ? 'its' : 'their'} updates and evidence. Confirm to remove.`, 'confirm')
        }
        store.plan.removePlan(workshopId, gapId)
        const rest = store.priorities.list(workshopId).filter((other) => other.gapId !== gapId)
        store.priorities.replace(workshopId, rest, clock.now().toISOString())
        return { removed: true as const, actions: count }
      }),
  }
}

export function actionHandlers(store: Store, clock: Clock, { scope }: Scope): HandlersFor<'actions'> {
  const actionOf = (id: string) => found(store.plan.action(id), MISSING_ACTION, 'id')
  return {
    'actions.add': ({ workshopId, gapId, details }) =>
      store.transaction(() => {
        scope(workshopId)
        if (!store.priorities.list(workshopId).some((priority) => priority.gapId === gapId)) throw invalid(NOT_A_PRIORITY, 'gapId')
        const id = randomUUID()
        const now = clock.now().toISOString()
        store.plan.insertAction({ id, workshopId, gapId, ...details, originalByWhen: details.byWhen, carriedFromId: null, createdAt: now })
        return actionOf(id)
      }),

    'actions.update': ({ id, details }) =>
      store.transaction(() => {
        actionOf(id)
        store.plan.updateAction(id, details, clock.now().toISOString())
        return actionOf(id)
      }),

    'actions.remove': ({ id }) =>
      store.transaction(() => {
        const action = actionOf(id)
        store.plan.deleteAction(id)
        return { removed: true as const, workshopId: action.workshopId }
      }),

    'actions.log': ({ id, update }) =>
      store.transaction(() => {
        actionOf(id)
        const now = clock.now().toISOString()
        store.plan.logUpdate(id, { id: randomUUID(), ...update, createdAt: now }, now)
        return actionOf(id)
      }),
  }
}
