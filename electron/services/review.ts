import { linkTheme, questionsBy } from '../../shared/content/load'
import { todayIso } from '../../shared/domain/dates'
import { guideTagSchema, type GuideTag } from '../../shared/domain/links'
import { ragSchema, type Rag } from '../../shared/domain/ratings'
import { actionOutcomes, compareRatings } from '../../shared/domain/plan/compare'
import { hasSlipped, isOverdue } from '../../shared/domain/plan/status'
import { whoseVoiceIsMissing } from '../../shared/domain/plan/voices'
import { draftYouSaid } from '../../shared/domain/plan/youSaid'
import type { Store } from '../store'
import { plannedPriorities } from './plan'
import type { Scope } from './scope'
import type { Clock, HandlersFor } from './types'

function roomRatings(store: Store, workshopId: string): Map<GuideTag, Rag | null> {
  return new Map(store.plan.roomRatings(workshopId).map((row) => [guideTagSchema.parse(row.tag), row.rating === null ? null : ragSchema.parse(row.rating)]))
}

export function reviewHandlers(store: Store, clock: Clock, { scope }: Scope): HandlersFor<'review'> {
  return {
    'review.get': ({ workshopId }) => {
      const here = scope(workshopId)
      const today = todayIso(clock.now())
      const previousId = store.plan.previousWorkshopId(workshopId)
      const previous = previousId ? store.workshops.get(previousId) ?? null : null
      const current = store.plan.actions(workshopId)
      const previousActions = previous
        ? plannedPriorities(store, previous.id).flatMap((priority) => priority.actions.map((action) => ({ ...action, priority: priority.title })))
        : []
      const edie = questionsBy(here.pack, { tag: 'EDIE' })
      return {
        previous: previous && { id: previous.id, title: previous.title, localArea: previous.localArea, date: previous.date, cycle: previous.cycle },
        ratings: compareRatings(here.guideTags, previous ? roomRatings(store, previous.id) : new Map(), roomRatings(store, workshopId)),
        actions: actionOutcomes(previousActions, current, today),
        progress: {
          total: current.length,
          complete: current.filter((action) => action.status === 'complete').length,
          overdue: current.filter((action) => isOverdue(action, today)).length,
          slipped: current.filter((action) => hasSlipped(action, today)).length,
        },
        voices: whoseVoiceIsMissing(
          store.groups.listForWorkshop(workshopId),
          previous ? store.groups.listForWorkshop(previous.id) : null,
          edie,
          store.notes.list(workshopId),
        ),
      }
    },

    'review.youSaid': ({ workshopId }) => {
      const { pack } = scope(workshopId)
      const names = new Map(store.groups.listForWorkshop(workshopId).map((group) => [group.id, group.name]))
      const gaps = store.gaps.listLive(workshopId).map((gap) => ({
        id: gap.id,
        title: gap.title,
        theme: linkTheme(pack, gap.links),
        groups: gap.groupIds.map((id) => names.get(id)).filter((name): name is string => name !== undefined),
      }))
      const priorities = plannedPriorities(store, workshopId).map((priority) => ({
        gapId: priority.gapId,
        aim: priority.aim,
        teamName: priority.team.name,
        actions: priority.actions,
      }))
      return { saved: store.plan.youSaid(workshopId), draft: draftYouSaid(gaps, priorities) }
    },

    'review.saveYouSaid': ({ workshopId, rows }) =>
      store.transaction(() => {
        scope(workshopId)
        store.plan.saveYouSaid(workshopId, rows, clock.now().toISOString())
        return store.plan.youSaid(workshopId)
      }),
  }
}
