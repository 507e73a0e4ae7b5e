import { randomBytes } from 'node:crypto'
import { parseEventId, type ChangeArea, type ChangeEvent, type StreamPosition } from '../../shared/api/changes'
import { presenterOfWrite, workshopOfWrite, writesOf } from '../../shared/api/effects'
import type { PresenterState } from '../../shared/domain/presenter'
import type { CallName } from '../../shared/api/contract'
import type { HandlersFor } from './types'

/** How many recent events a reconnecting listener can be sent; further back it is told to reset. */
export const KEPT_EVENTS = 1_000

export type ChangeListener = (event: ChangeEvent) => void

/**
 * The main side's change stream (shared/api/changes.ts): a revision per workshop, the recent events
 * for catch-up, and the listeners (the desktop app's windows, browser mode's event streams). Writes
 * reach it through dispatch only, so every write is counted once and nothing else is.
 */
export interface ChangeFeed {
  position(): StreamPosition
  /** After a write succeeded: bumps its workshop's revision and tells every listener. Reads are ignored. */
  record(name: CallName, input: unknown, output: unknown, origin: string | null): ChangeEvent | undefined
  /** A change made outside the contract's calls (a phone's ballot, a phone joining): counted and told the same way. */
  publish(workshopId: string | null, areas: readonly ChangeArea[], origin: string | null, presenter?: PresenterState): ChangeEvent
  /** What came after the event `after` (an id), or `reset` when that is not known here. */
  since(after: string | null): { reset: boolean; events: ChangeEvent[] }
  subscribe(listener: ChangeListener): () => void
}

export function createChangeFeed({ stream = randomBytes(9).toString('base64url'), kept = KEPT_EVENTS, log = (message: string) => console.error(message) } = {}): ChangeFeed {
  let sequence = 0
  const revisions = new Map<string | null, number>()
  const recent: ChangeEvent[] = []
  const listeners = new Set<ChangeListener>()

  const publish: ChangeFeed['publish'] = (workshopId, areas, origin, presenter?: PresenterState) => {
    const revision = (revisions.get(workshopId) ?? 0) + 1
    revisions.set(workshopId, revision)
    sequence += 1
    const event: ChangeEvent = { type: 'change', stream, sequence, workshopId, areas: [...areas], revision, origin, ...(presenter ? { presenter } : {}) }
    recent.push(event)
    if (recent.length > kept) recent.shift()
    for (const listener of listeners) {
      try {
        listener(event)
      } catch (error) {
        // One window gone wrong must not stop the others hearing, nor fail the write that is already saved.
        log(`A change listener failed: ${error instanceof Error ? error.message : String(error)}`)
      }
    }
    return event
  }

  return {
    position: () => ({ stream, sequence }),
    publish,
    record(name, input, output, origin) {
      const workshopId = workshopOfWrite(name, input, output)
      if (workshopId === undefined) return undefined
      return publish(workshopId, writesOf(name), origin, presenterOfWrite(name, output))
    },
    since(after) {
      if (after === null) return { reset: false, events: [] }
      const from = parseEventId(after)
      if (!from || from.stream !== stream || from.sequence > sequence) return { reset: true, events: [] }
      if (from.sequence === sequence) return { reset: false, events: [] }
      const oldest = recent[0]?.sequence ?? sequence + 1
      if (from.sequence + 1 < oldest) return { reset: true, events: [] }
      return { reset: false, events: recent.filter((event) => event.sequence > from.sequence) }
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}

/** `changes.since`: the revision check for a window that cannot hold a stream open. */
export function changeHandlers(feed: ChangeFeed): HandlersFor<'changes'> {
  return {
    'changes.since': ({ after }) => ({ ...feed.position(), ...feed.since(after) }),
  }
}
