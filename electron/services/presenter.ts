import { applyTimerAction } from '../../shared/domain/presenter'
import type { Store } from '../store'
import { existingWorkshop, invalid } from './errors'
import type { Clock, HandlersFor } from './types'


/**
 * What the presenter window shows, kept on the server so a reloaded or late-opened window
 * catches up: the chosen view, the round it is about, and the discussion timer.
 */
export function presenterHandlers(store: Store, clock: Clock): HandlersFor<'presenter'> {
  const now = () => clock.now().toISOString()
  const current = (workshopId: string) => {
    existingWorkshop(store, workshopId, 'workshopId')
    return store.presenter.get(workshopId, now())
  }

  return {
    'presenter.get': ({ workshopId }) => current(workshopId),

    'presenter.show': ({ workshopId, view, roundId, pinned }) =>
      store.transaction(() => {
        const state = current(workshopId)
        const nextRound = roundId === undefined ? state.roundId : roundId
        if (nextRound !== null) {
          const round = store.voting.getRound(nextRound)
          if (!round || round.workshopId !== workshopId) throw invalid('That voting round is not in this workshop.', 'roundId')
        }
        // A new view starts on its first page; pinning what is shown keeps its page.
        const same = view === state.view && nextRound === state.roundId
        const next = { ...state, view, roundId: nextRound, pinned: pinned ?? state.pinned, page: same ? state.page : 0, version: state.version + 1, updatedAt: now() }
        store.presenter.save(next)
        return next
      }),

    'presenter.page': ({ workshopId, page }) =>
      store.transaction(() => {
        const state = current(workshopId)
        if (state.page === page) return state
        const next = { ...state, page, version: state.version + 1, updatedAt: now() }
        store.presenter.save(next)
        return next
      }),

    'presenter.timer': ({ workshopId, at, command }) =>
      store.transaction(() => {
        const state = current(workshopId)
        const next = { ...state, timer: applyTimerAction(state.timer, command, at), version: state.version + 1, updatedAt: now() }
        store.presenter.save(next)
        return next
      }),
  }
}
