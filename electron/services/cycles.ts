import { randomUUID } from 'node:crypto'
import { todayIso } from '../../shared/domain/dates'
import { groupByService, nextCycleTitle } from '../../shared/domain/plan/cycles'
import type { Workshop } from '../../shared/domain/workshop'
import type { Store } from '../store'
import { invalid } from './errors'
import { plannedPriorities } from './plan'
import type { Scope } from './scope'
import type { Clock, HandlersFor } from './types'

const MAX_CYCLE = 99

/**
 * The next cycle of the Assess-Plan-Do-Review loop. It carries forward what is still open (a
 * priority with no actions yet, or with any action not complete, and those actions) and the room's
 * ratings as the baseline to re-rate against. Completed work stays in the cycle that did it.
 */
function startNextCycle(store: Store, from: Workshop, now: Date, date: string): Workshop {
  const at = now.toISOString()
  const cycle = from.cycle + 1
  if (cycle > MAX_CYCLE) throw invalid(`A service can run at most ${MAX_CYCLE} cycles in one chain.`, 'workshopId')
  const next: Workshop = {
    id: randomUUID(),
    title: nextCycleTitle(from.title, cycle),
    localArea: from.localArea,
    date,
    venue: from.venue,
    facilitators: from.facilitators,
    cycle,
    notes: '',
    pack: from.pack,
    createdAt: at,
    updatedAt: at,
  }
  store.workshops.insert(next)
  store.plan.setPreviousWorkshop(next.id, from.id)
  store.plan.copyRoomRatings(from.id, next.id, at)

  const open = plannedPriorities(store, from.id).filter(
    (priority) => priority.actions.length === 0 || priority.actions.some((action) => action.status !== 'complete'),
  )
  const carried = open.map((priority) => {
    const gap = store.gaps.get(priority.gapId)
    const gapId = randomUUID()
    store.gaps.insert(next.id, gapId, {
      title: priority.title,
      detail: gap?.detail ?? '',
      links: priority.links,
      // Groups are the tables of one session; the new cycle records its own.
      groupIds: [],
      sourceQuestionId: gap?.sourceQuestionId ?? null,
      edie: gap?.edie ?? false,
    }, at)
    return { priority, gapId }
  })
  store.priorities.setMax(next.id, Math.max(store.priorities.max(from.id), carried.length, 1))
  store.priorities.replace(next.id, carried.map(({ priority, gapId }) => ({ gapId, rationale: priority.rationale })), at)
  for (const { priority, gapId } of carried) {
    store.plan.savePlan(next.id, gapId, { aim: priority.aim, team: priority.team }, at)
    for (const action of priority.actions.filter((item) => item.status !== 'complete')) {
      const id = randomUUID()
      store.plan.insertAction({
        id,
        workshopId: next.id,
        gapId,
        action: action.action,
        lead: action.lead,
        byWhen: action.byWhen,
        outcome: action.outcome,
        measure: action.measure,
        status: action.status,
        originalByWhen: action.originalByWhen,
        carriedFromId: action.id,
        createdAt: at,
      })
      store.plan.logUpdate(id, { id: randomUUID(), date: next.date, status: action.status, text: `Carried forward from cycle ${from.cycle}.`, createdAt: at }, at)
    }
  }
  return next
}

export function cycleHandlers(store: Store, clock: Clock, { scope }: Scope): HandlersFor<'cycles'> {
  const serviceOf = (workshopId: string) => {
    const services = groupByService(store.workshops.listSummaries(), store.plan.cycleLinks())
    return services.find((service) => service.some((workshop) => workshop.id === workshopId)) ?? []
  }

  return {
    'cycles.overview': () => ({ links: store.plan.cycleLinks(), overdue: store.plan.overdue(todayIso(clock.now())) }),

    'cycles.list': ({ workshopId }) => {
      scope(workshopId)
      return [...serviceOf(workshopId)]
        .sort((a, b) => a.cycle - b.cycle)
        .map(({ id, title, localArea, date, cycle }) => ({ id, title, localArea, date, cycle }))
    },

    'cycles.startNext': ({ workshopId, date }) =>
      store.transaction(() => {
        const { workshop } = scope(workshopId)
        const already = store.plan.cycleLinks().find((link) => link.previousId === workshopId)
        if (already) {
          const next = store.workshops.get(already.id)
          throw invalid(`The next cycle has already been started from this workshop: “${next?.title ?? 'cycle ' + (workshop.cycle + 1)}”. Open it from the list of cycles.`, 'workshopId')
        }
        return startNextCycle(store, workshop, clock.now(), date ?? todayIso(clock.now()))
      }),
  }
}
