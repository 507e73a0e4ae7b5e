import { randomUUID } from 'node:crypto'
import type { Gap, GapDetails } from '../../shared/domain/gaps'
import type { Store } from '../store'
import { CallError, existingWorkshop, found, invalid } from './errors'
import type { Scope } from './scope'
import type { Clock, HandlersFor } from './types'

const MISSING = 'That message is no longer in the inbox.'
const HANDLED = 'That message has been dealt with already, perhaps in another window.'
const GAP_GONE = 'That gap has been deleted or merged. Choose another gap to merge into.'

/**
 * The facilitator's inbox of phones' gaps and notes. Nothing here reaches the shared screen:
 * only a gap made or changed by accepting or merging does, like any gap the facilitator records.
 */
export function inboxHandlers(store: Store, clock: Clock, { scope, checkLinks, checkGroups, checkQuestion }: Scope): HandlersFor<'inbox'> {
  const now = () => clock.now().toISOString()
  const waiting = (id: string) => {
    const message = found(store.inbox.get(id), MISSING, 'id')
    if (message.status !== 'new') throw new CallError('conflict', HANDLED, { id: HANDLED })
    return message
  }
  const gapOut = (id: string): Gap => {
    const { deletedAt: _deleted, mergedInto: _merged, ...gap } = found(store.gaps.get(id), GAP_GONE, 'gapId')
    return gap
  }
  const checked = (workshopId: string, details: GapDetails) => {
    const here = scope(workshopId)
    checkLinks(here, details.links)
    checkGroups(workshopId, details.groupIds, 'details.groupIds')
    if (details.sourceQuestionId !== null) checkQuestion(here, details.sourceQuestionId, 'details.sourceQuestionId')
    return details
  }

  return {
    'inbox.list': ({ workshopId }) => {
      existingWorkshop(store, workshopId, 'workshopId')
      return store.inbox.list(workshopId)
    },

    'inbox.accept': ({ id, details }) =>
      store.transaction(() => {
        const message = waiting(id)
        const gapId = randomUUID()
        const at = now()
        store.gaps.insert(message.workshopId, gapId, checked(message.workshopId, details), at)
        store.inbox.handle(id, 'accepted', gapId, at)
        return { message: found(store.inbox.get(id), MISSING, 'id'), gap: gapOut(gapId) }
      }),

    'inbox.merge': ({ id, gapId }) =>
      store.transaction(() => {
        const message = waiting(id)
        const gap = store.gaps.get(gapId)
        if (!gap || gap.deletedAt !== null || gap.workshopId !== message.workshopId) throw invalid(GAP_GONE, 'gapId')
        const words = [message.text, message.detail].filter((text) => text.trim() !== '').join(': ')
        const details: GapDetails = {
          title: gap.title,
          detail: [gap.detail, words].filter((text) => text.trim() !== '').join('\n\n'),
          links: gap.links,
          groupIds: message.groupId && !gap.groupIds.includes(message.groupId) ? [...gap.groupIds, message.groupId] : gap.groupIds,
          sourceQuestionId: gap.sourceQuestionId,
          edie: gap.edie,
        }
        const at = now()
        store.gaps.update(gapId, checked(message.workshopId, details), at)
        store.inbox.handle(id, 'merged', gapId, at)
        return { message: found(store.inbox.get(id), MISSING, 'id'), gap: gapOut(gapId) }
      }),

    'inbox.dismiss': ({ id }) =>
      store.transaction(() => {
        waiting(id)
        store.inbox.handle(id, 'dismissed', null, now())
        return found(store.inbox.get(id), MISSING, 'id')
      }),
  }
}
