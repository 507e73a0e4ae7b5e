import { useMutation, useQuery, type QueryKey, type UseMutationOptions } from '@tanstack/react-query'
import type { CallInput, CallName, CallOutput } from '../../../shared/api'
import type { ChangeArea, ChangeEvent, ChangeStream } from '../../../shared/api/changes'
import type { PresenterState } from '../../../shared/domain/presenter'
import { isStaleAfter, workshopOfWrite, writesOf, type WriteCall } from '../../../shared/api/effects'
import { takeFirstReads } from '../boot'
import type { RequestError } from './client'
import { noticed, request, valueOf } from './client'
import { answerUpdates } from './answers'
import { callKey, queryClient } from './cache'

export { callKey, heldKeys, queryClient } from './cache'

/**
 * The renderer's server state, in one TanStack Query cache behind the API client. A query is keyed
 * `[callName, input]` and is fresh until something says otherwise: a write this window made (its
 * answer updates what it can, the rest of what it changed is refetched), or a change event from the
 * main side (shared/api/changes.ts) naming an area the query reads. Nothing polls, and window focus,
 * reconnecting or remounting refetch nothing by themselves.
 */
/** A call's answer for a screen: loaded once, kept fresh by writes and change events. */
export function useApi<K extends CallName>(name: K, input: CallInput<K>, { enabled = true, remote = false }: { enabled?: boolean; remote?: boolean } = {}) {
  // A remote answer (the team library's) can change with no event here: asked again each time a screen shows it.
  return useQuery<CallOutput<K>, RequestError>({ queryKey: callKey(name, input), queryFn: () => request(name, input), enabled, ...(remote ? { staleTime: 0, refetchOnMount: 'always' as const } : {}) })
}

/**
 * The first screen's reads, sent by boot.ts before React loaded, become this cache's queries under the
 * keys the screens ask for: a screen finds its answer there (or on its way) and asks nothing again.
 */
export function adoptFirstReads(): void {
  takeFirstReads(({ name, input, answer }) => {
    void queryClient.prefetchQuery({ queryKey: callKey(name, input as CallInput<typeof name>), queryFn: async () => valueOf(noticed(await answer)) })
  })
}

/** Several queries as one: all their answers once every one is in, or the first refusal's words. */
export function together<T extends ReadonlyArray<{ data: unknown; error: RequestError | null }>>(...queries: T): { data?: { [K in keyof T]: NonNullable<T[K]['data']> }; error?: string } {
  const failed = queries.find((query) => query.error)?.error
  if (failed) return { error: failed.message }
  return queries.every((query) => query.data !== undefined) ? { data: queries.map((query) => query.data) as { [K in keyof T]: NonNullable<T[K]['data']> } } : {}
}

/** Reads a call afresh (not from the cache) and keeps the answer there, for a screen that must see the latest. */
export function fetchFresh<K extends CallName>(name: K, input: CallInput<K>): Promise<CallOutput<K>> {
  return queryClient.fetchQuery({ queryKey: callKey(name, input), queryFn: () => request(name, input), staleTime: 0 })
}

function keyMatches(key: QueryKey, candidates: readonly QueryKey[]): boolean {
  const text = JSON.stringify(key)
  return candidates.some((candidate) => JSON.stringify(candidate) === text)
}

/** Marks old (and so refetches, where shown) every query a change makes old, except those already settled. */
function invalidateAfter(change: { workshopId: string | null; areas: readonly ChangeArea[] }, settled: readonly QueryKey[] = []): Promise<void> {
  return queryClient.invalidateQueries({
    predicate: ({ queryKey }) => {
      const [name, input] = queryKey as [CallName, unknown]
      return isStaleAfter(name, input, change) && !keyMatches(queryKey, settled)
    },
  })
}

/** After this window's own write: its answer updates the cache where it can, and the rest of what it changed is refetched. */
export function settleWrite<K extends WriteCall>(name: K, input: CallInput<K>, output: CallOutput<K>): Promise<void> {
  const update = answerUpdates[name]
  const settled = update ? update(input, output) : []
  return invalidateAfter({ workshopId: workshopOfWrite(name, input, output) ?? null, areas: writesOf(name) }, settled)
}

/** A write from a handler: the call, then the cache settled by its answer. Throws a RequestError when refused. */
export async function write<K extends WriteCall>(name: K, input: CallInput<K>): Promise<CallOutput<K>> {
  const output = await request(name, input)
  void settleWrite(name, input, output)
  return output
}

/** Scopes in which an answer was left unsettled because a later write of the scope was on its way. */
const unsettled = new Set<string>()

/** Whether a write of `scope` other than the one answering now is still waiting for its answer. */
function laterWriteIn(scope: string): boolean {
  return queryClient.getMutationCache().findAll({ predicate: (mutation) => mutation.options.scope?.id === scope && mutation.state.status === 'pending' }).length > 1
}

export interface WriteOptions<K extends WriteCall, Undo> extends Omit<UseMutationOptions<CallOutput<K>, RequestError, CallInput<K>, Undo>, 'mutationFn'> {
  /**
   * Every write of the scope answers with the whole of what it changes (the agreed priorities, the
   * running order), so a later write's answer supersedes an earlier one's: an answer with a later write
   * of its scope still to come is not put in the cache, which keeps showing the later write instead
   * of the older state for a moment. The later answer settles it; if the later write is refused, what
   * it touches is read again, so nothing stays only as this window supposed it.
   */
  supersedes?: boolean
}

/**
 * A write as a TanStack mutation, for optimistic changes: `onMutate` changes the cache at once and
 * returns how to undo it, which `onError` does if the write is refused. On success the answer settles the cache.
 *
 * The writes of one scope (by default, of one call; `options.scope` joins calls that change the same
 * thing) go to the host one after another, in the order they were made, each still shown at once: two
 * on their way together could be answered out of order, leaving the host and the screen with the older.
 */
export function useWrite<K extends WriteCall, Undo = unknown>(name: K, { supersedes = false, ...options }: WriteOptions<K, Undo> = {}) {
  const scope = options.scope ?? { id: `write:${name}` }
  return useMutation<CallOutput<K>, RequestError, CallInput<K>, Undo>({
    ...options,
    scope,
    mutationFn: (input) => request(name, input),
    onSuccess: async (output, input, undo, context) => {
      if (supersedes && laterWriteIn(scope.id)) unsettled.add(scope.id)
      else {
        unsettled.delete(scope.id)
        await settleWrite(name, input, output)
      }
      await options.onSuccess?.(output, input, undo, context)
    },
    onError: async (failure, input, undo, context) => {
      await options.onError?.(failure, input, undo, context)
      if (!laterWriteIn(scope.id) && unsettled.delete(scope.id)) await invalidateAfter({ workshopId: null, areas: writesOf(name) })
    },
  })
}

/**
 * Listens to the main side's change stream for as long as the app runs: a change made elsewhere
 * (another window, or later a phone) refetches what this window shows of it; a reset refetches all.
 * Changes this window made itself are already settled by their answers.
 */
export function followChanges(stream: ChangeStream): () => void {
  return stream.subscribe((message) => {
    if (message.type === 'reset') void queryClient.invalidateQueries()
    else if (message.type === 'change' && message.origin !== stream.clientId) void refetchAfter(message)
  })
}

/**
 * A change to the shared screen carries its new state, which is put in the cache at once (nothing
 * asked); only then are the other areas refetched, so after a reveal it is the results the screen now
 * shows that are asked for, and what the view it left showed is just marked old. A read of the shared
 * screen still on its way (a presenter window that has just opened) may have been answered before this
 * change: it is dropped first, or its older state would land after this one and the window would stay
 * on the view the facilitator has just left.
 */
async function refetchAfter(change: ChangeEvent): Promise<void> {
  const { presenter } = change
  if (!presenter) return invalidateAfter(change)
  const key = callKey('presenter.get', { workshopId: presenter.workshopId })
  if (queryClient.isFetching({ queryKey: key }) > 0) await queryClient.cancelQueries({ queryKey: key })
  const held = queryClient.getQueryData<PresenterState>(key)
  if (!held || held.version < presenter.version) queryClient.setQueryData(key, presenter)
  const rest = change.areas.filter((area) => area !== 'presenter')
  if (rest.length === 0) return
  // A turn of the event loop, so React has drawn the view the screen moved to before its queries are counted as shown.
  await new Promise((resolve) => setTimeout(resolve, 0))
  await invalidateAfter({ workshopId: change.workshopId, areas: rest })
}
