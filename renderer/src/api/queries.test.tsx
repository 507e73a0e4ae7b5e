// @vitest-environment happy-dom
import { act } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { QueryClientProvider } from '@tanstack/react-query'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { sampleDetails, succeed, tempApplication, tempDir } from '../../../tests/fixtures/app'
import { createHostAuth, TOKEN_HEADER } from '../../../electron/host/auth'
import { startHost, type RunningHost } from '../../../electron/host/server'
import type { Priorities } from '../../../shared/domain/priorities'
import type * as Queries from './queries'
import type { StreamMessage } from '../../../shared/api/changes'
import type { CallInput, CallName, CallOutput, Result } from '../../../shared/api'
import { eventId } from '../../../shared/api/changesPlain'

;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

/**
 * useWrite against the real host over real HTTP, as the Agree panel uses it: writes of one scope go one
 * after another, and the cache ends as the host does.
 */
const TOKEN = 'queries-test-token-0123456789'
let app: ReturnType<typeof tempApplication>
let rendererDir: ReturnType<typeof tempDir>
let host: RunningHost
let queries: typeof Queries
let root: Root
let workshopId: string
let gapIds: string[]

type SetPriorities = ReturnType<typeof Queries.useWrite<'priorities.set', { before?: Priorities }>>
let write: SetPriorities | undefined

function Writer({ scope }: { scope: string }) {
  const key = queries.callKey('priorities.get', { workshopId })
  // The list on screen, as the panel shows it: the query is in use, so what makes it old reads it again.
  queries.useApi('priorities.get', { workshopId })
  write = queries.useWrite('priorities.set', {
    scope: { id: scope },
    supersedes: true,
    // As the Agree panel does: the list shows at once, and goes back if the write is refused.
    onMutate: ({ priorities }) => {
      const before = queries.queryClient.getQueryData<Priorities>(key)
      if (before) queries.queryClient.setQueryData<Priorities>(key, { ...before, priorities: priorities.map((priority, index) => ({ ...priority, position: index + 1, title: '', updatedAt: '' })) })
      return { before }
    },
    onError: (_failure, _input, undo) => {
      if (undo?.before) queries.queryClient.setQueryData(key, undo.before)
    },
  })
  return null
}

beforeAll(async () => {
  app = tempApplication()
  rendererDir = tempDir()
  host = await startHost({ handlers: app.handlers, rendererDir: rendererDir.path, auth: createHostAuth(TOKEN), log: () => undefined, changes: app.changes })
  ;(window as unknown as { happyDOM: { setURL: (url: string) => void } }).happyDOM.setURL(`http://127.0.0.1:${host.port}/?token=${TOKEN}#/`)
  queries = await import('./queries')
  workshopId = (await succeed(app.handlers, 'workshops.create', sampleDetails)).id
  gapIds = []
  for (const title of ['Respite breaks', 'Out-of-hours support', 'Training on trauma', 'Peer mentoring']) {
    gapIds.push((await succeed(app.handlers, 'gaps.create', { workshopId, details: { title, detail: '', links: ['KP2'], groupIds: [], sourceQuestionId: null, edie: false } })).id)
  }
  root = createRoot(document.createElement('div'))
  act(() =>
    root.render(
      <QueryClientProvider client={queries.queryClient}>
        <Writer scope={`priorities:${workshopId}`} />
      </QueryClientProvider>,
    ),
  )
  await vi.waitFor(() => expect(cached()).toBeDefined())
})
afterAll(async () => {
  act(() => root.unmount())
  await host.close()
  app.dispose()
  rendererDir.remove()
})

const listOf = (...indexes: number[]) => indexes.map((index) => ({ gapId: gapIds[index]!, rationale: '' }))
const cached = () => queries.queryClient.getQueryData<Priorities>(queries.callKey('priorities.get', { workshopId }))
/** Every query settled and no write on its way. */
async function settled(): Promise<void> {
  await expect.poll(() => queries.queryClient.isMutating() + queries.queryClient.isFetching()).toBe(0)
}

describe('useWrite', () => {
  it('sends the writes of one scope one after another, in the order made: the host and the cache end with the last', async () => {
    const sent: Promise<unknown>[] = []
    act(() => {
      sent.push(write!.mutateAsync({ workshopId, priorities: listOf(0, 1, 2) }))
      sent.push(write!.mutateAsync({ workshopId, priorities: listOf(2, 0, 1) }))
      sent.push(write!.mutateAsync({ workshopId, priorities: listOf(1, 2, 0) }))
    })
    // All three show at once, the last on top, though only the first has gone to the host.
    expect(cached()?.priorities.map((priority) => priority.gapId)).toEqual([gapIds[1], gapIds[2], gapIds[0]])
    expect(queries.queryClient.getMutationCache().getAll().filter((mutation) => mutation.state.isPaused)).toHaveLength(2)
    await act(() => Promise.all(sent))
    await settled()
    const saved = await succeed(app.handlers, 'priorities.get', { workshopId })
    expect(saved.priorities.map((priority) => priority.gapId)).toEqual([gapIds[1], gapIds[2], gapIds[0]])
    // Settled by the last answer: the host's own titles and times, not the list as this window supposed it.
    expect(cached()).toEqual(saved)
  })

  it('when the later write is refused, the cache is read again and shows what the host holds', async () => {
    const first = write!.mutateAsync({ workshopId, priorities: listOf(3, 0, 1) })
    // Four priorities, one more than the workshop agrees: refused.
    const second = write!.mutateAsync({ workshopId, priorities: listOf(3, 0, 1, 2) })
    await act(async () => {
      await first
      await expect(second).rejects.toThrow(/at most 3 priorities/)
    })
    await settled()
    const saved = await succeed(app.handlers, 'priorities.get', { workshopId })
    expect(saved.priorities.map((priority) => priority.gapId)).toEqual([gapIds[3], gapIds[0], gapIds[1]])
    expect(cached()).toEqual(saved)
    expect(cached()?.priorities.every((priority) => priority.title !== '' && priority.updatedAt !== '')).toBe(true)
  })
})

/** A call as another window makes it, over HTTP with the run's token: the host publishes its change. */
async function overHttp<K extends CallName>(name: K, input: CallInput<K>): Promise<CallOutput<K>> {
  const response = await fetch(`http://127.0.0.1:${host.port}/api/${name}`, { method: 'POST', headers: { 'content-type': 'application/json', [TOKEN_HEADER]: TOKEN }, body: JSON.stringify(input) })
  const answer = (await response.json()) as Result<CallOutput<K>>
  if (!answer.ok) throw new Error(answer.error.message)
  return answer.value
}

describe('followChanges: the shared screen', () => {
  it('a read of the shared screen still on its way when its change is heard cannot put the older view back', async () => {
    const key = queries.callKey('presenter.get', { workshopId })
    const position = await overHttp('changes.since', { after: null })
    const before = await succeed(app.handlers, 'presenter.get', { workshopId })
    // The facilitator moves the shared screen on; the host's event for it carries the new state.
    await overHttp('presenter.show', { workshopId, view: 'priorities' })
    const { events } = await overHttp('changes.since', { after: eventId(position) })
    const change = events.find((event) => event.presenter !== undefined)
    expect(change?.presenter?.view).toBe('priorities')
    // A presenter window that has just opened: its read was answered before the move, and lands after the event.
    let answer: (state: typeof before) => void = () => undefined
    const read = queries.queryClient.fetchQuery({ queryKey: key, queryFn: () => new Promise<typeof before>((resolve) => (answer = resolve)) }).catch(() => undefined)
    let hear: (message: StreamMessage) => void = () => undefined
    const stop = queries.followChanges({ clientId: 'presenter-window', subscribe: (listener) => ((hear = listener), () => undefined) })
    try {
      hear(change!)
      answer(before)
      await read
      await settled()
      expect(queries.queryClient.getQueryData<typeof before>(key)).toEqual(change!.presenter)
    } finally {
      stop()
    }
  })
})
