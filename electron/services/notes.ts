import { NOTE_CONFLICT_MESSAGE } from '../../shared/domain/notes'
import type { Store } from '../store'
import { CallError } from './errors'
import type { Scope } from './scope'
import type { Clock, HandlersFor } from './types'

export function noteHandlers(store: Store, clock: Clock, { scope, checkQuestion, checkGroups }: Scope): HandlersFor<'notes'> {
  return {
    'notes.list': ({ workshopId }) => {
      scope(workshopId)
      return store.notes.list(workshopId)
    },

    'notes.get': ({ workshopId, questionId, groupId }) => {
      const here = scope(workshopId)
      checkQuestion(here, questionId, 'questionId')
      checkGroups(workshopId, [groupId], 'groupId')
      return store.notes.get(workshopId, questionId, groupId) ?? { questionId, groupId, text: '', revision: 0, updatedAt: '' }
    },

    'notes.save': ({ workshopId, questionId, groupId, text, baseRevision }) =>
      store.transaction(() => {
        const here = scope(workshopId)
        checkQuestion(here, questionId, 'questionId')
        checkGroups(workshopId, [groupId], 'groupId')
        const saved = store.notes.get(workshopId, questionId, groupId)
        // Saying the same thing twice is not a conflict (e.g. a retry after a lost answer).
        if (saved && saved.text === text) return saved
        if ((saved?.revision ?? 0) !== baseRevision) throw new CallError('conflict', NOTE_CONFLICT_MESSAGE, { text: NOTE_CONFLICT_MESSAGE })
        const note = { questionId, groupId, text, revision: baseRevision + 1, updatedAt: clock.now().toISOString() }
        store.notes.put(workshopId, note)
        return note
      }),
  }
}
