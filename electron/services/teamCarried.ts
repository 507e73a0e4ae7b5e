import type { Store } from '../store'
import { plannedPriorities } from './plan'

/** Which action of this cycle carries forward which of the cycle before, by place in each document. */
export interface CarriedLink {
  plan: number
  action: number
  fromPlan: number
  fromAction: number
  /** The earlier action's words, to find it again should its place have moved. */
  text: string
}

export function carriedLinks(store: Store, workshopId: string, previousId: string | null): CarriedLink[] {
  if (!previousId) return []
  const before = plannedPriorities(store, previousId)
  const places = new Map(before.flatMap((priority, fromPlan) => priority.actions.map((action, fromAction) => [action.id, { fromPlan, fromAction, text: action.action }] as const)))
  return plannedPriorities(store, workshopId).flatMap((priority, plan) =>
    priority.actions.flatMap((action, index) => {
      const from = action.carriedFromId ? places.get(action.carriedFromId) : undefined
      return from ? [{ plan, action: index, ...from }] : []
    }),
  )
}

export function readCarried(value: unknown): CarriedLink[] {
  if (!Array.isArray(value)) return []
  return value.filter((link): link is CarriedLink =>
    typeof link === 'object' && link !== null && ['plan', 'action', 'fromPlan', 'fromAction'].every((key) => Number.isInteger((link as Record<string, unknown>)[key])) && typeof (link as CarriedLink).text === 'string',
  )
}

/** Ties a brought-in cycle's carried actions back to the actions of the cycle before it here. */
export function relinkCarried(store: Store, workshopId: string, previousId: string, carried: readonly CarriedLink[]): void {
  const before = plannedPriorities(store, previousId)
  const earlier = before.flatMap((priority) => priority.actions)
  const now = plannedPriorities(store, workshopId)
  for (const link of carried) {
    const target = now[link.plan]?.actions[link.action]
    const placed = before[link.fromPlan]?.actions[link.fromAction]
    const source = placed?.action === link.text ? placed : earlier.find((action) => action.action === link.text)
    if (target && source) store.team.setCarriedFrom(target.id, source.id)
  }
}

/** The old copy's place in the chain of cycles goes to its replacement: next cycles, and actions carried from it. */
export function handOver(store: Store, oldId: string, newId: string): void {
  for (const next of store.team.nextCycles(oldId)) store.team.setPreviousWorkshop(next, newId)
  const oldActions = plannedPriorities(store, oldId)
  const newActions = plannedPriorities(store, newId)
  const everyNew = newActions.flatMap((priority) => priority.actions)
  const placeOf = new Map(oldActions.flatMap((priority, plan) => priority.actions.map((action, index) => [action.id, { plan, index, text: action.action }] as const)))
  for (const { id, from } of store.team.carriedFrom(oldId)) {
    const place = placeOf.get(from)
    if (!place) continue
    const placed = newActions[place.plan]?.actions[place.index]
    const replacement = placed?.action === place.text ? placed : everyNew.find((action) => action.action === place.text)
    if (replacement) store.team.setCarriedFrom(id, replacement.id)
  }
}
