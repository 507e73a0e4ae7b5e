import { notifyManager, QueryClient, type QueryKey } from '@tanstack/react-query'
import type { CallInput, CallName } from '../../../shared/api'

/**
 * The one TanStack Query cache of this window and how its keys are made: `[callName, input]`.
 * On its own so that what reads it (queries.ts) and what writes answers into it (answers.ts) both
 * import it without importing each other.
 */
// A change to the cache reaches React in the same turn (a microtask, not a timer): a radio button set
// from the cache follows the press, and the presenter shows a change as soon as its answer is in.
notifyManager.setScheduler(queueMicrotask)

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: { staleTime: Infinity, refetchOnWindowFocus: false, refetchOnReconnect: false, retry: false },
    mutations: { retry: false },
  },
})

export const callKey = <K extends CallName>(name: K, input: CallInput<K>): QueryKey => [name, input]

/** The keys of every query of these calls this window holds. */
export function heldKeys(...names: CallName[]): QueryKey[] {
  return queryClient
    .getQueryCache()
    .getAll()
    .map((query) => query.queryKey)
    .filter((key) => names.includes(key[0] as CallName))
}
