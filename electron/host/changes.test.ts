import { request as httpRequest, type ClientRequest } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ORIGIN_HEADER, POSITION_HEADER, streamMessageSchema, type ChangeEvent, type StreamMessage } from '../../shared/api/changes'
import { sampleDetails, tempApplication, tempDir } from '../../tests/fixtures/app'
import { startHost, TOKEN_HEADER, type RunningHost } from './server'
import { createHostAuth } from './auth'

/** The change stream over real HTTP: who may listen, catch-up after a drop, and what an event never says. */
const TOKEN = 'changes-test-token-0123456789'
let app: ReturnType<typeof tempApplication>
let host: RunningHost
let rendererDir: ReturnType<typeof tempDir>

beforeAll(async () => {
  app = tempApplication()
  rendererDir = tempDir()
  host = await startHost({ handlers: app.handlers, rendererDir: rendererDir.path, auth: createHostAuth(TOKEN), log: () => undefined, changes: app.changes })
})
afterAll(async () => {
  await host.close()
  app.dispose()
  rendererDir.remove()
})

const ORIGIN = 'window-under-test-1'

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers of many calls, checked by the expectations
type Answer = any
async function call<T = Answer>(name: string, input: unknown, origin = ORIGIN): Promise<T> {
  const response = await fetch(`${host.url}api/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: TOKEN, [ORIGIN_HEADER]: origin },
    body: JSON.stringify(input),
  })
  const body = (await response.json()) as { ok: boolean; value: T; error?: { message: string } }
  if (!body.ok) throw new Error(`${name}: ${body.error?.message}`)
  return body.value
}

interface Listener {
  status: number
  headers: Record<string, string | string[] | undefined>
  /** Every message read so far, parsed by the contract's schema. */
  messages: StreamMessage[]
  /** The raw text, to look for anything an event must not carry. */
  raw: () => string
  next(count: number): Promise<StreamMessage[]>
  close(): void
}

/** Opens the stream as an EventSource would (GET, and the browser's own headers), and reads it as it comes. */
function listen(headers: Record<string, string>, path = '/changes'): Promise<Listener> {
  return new Promise((resolve, reject) => {
    let request: ClientRequest | undefined = undefined
    request = httpRequest({ host: '127.0.0.1', port: host.port, path, method: 'GET', headers: { host: `127.0.0.1:${host.port}`, accept: 'text/event-stream', ...headers } }, (res) => {
      let text = ''
      let buffered = ''
      const messages: StreamMessage[] = []
      const waiting: Array<() => void> = []
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => {
        text += chunk
        buffered += chunk
        let end: number
        while ((end = buffered.indexOf('\n\n')) >= 0) {
          const block = buffered.slice(0, end)
          buffered = buffered.slice(end + 2)
          const data = block.split('\n').filter((line) => line.startsWith('data: ')).map((line) => line.slice(6)).join('\n')
          if (data) messages.push(streamMessageSchema.parse(JSON.parse(data)))
        }
        waiting.splice(0).forEach((wake) => wake())
      })
      resolve({
        status: res.statusCode ?? 0,
        headers: res.headers,
        messages,
        raw: () => text,
        next: async (count) => {
          const deadline = Date.now() + 5_000
          while (messages.length < count) {
            if (Date.now() > deadline) throw new Error(`Only ${messages.length} of ${count} messages came: ${text}`)
            await new Promise<void>((wake) => {
              waiting.push(wake)
              setTimeout(wake, 200)
            })
          }
          return messages.slice(0, count)
        },
        close: () => request?.destroy(),
      })
    })
    request.on('error', reject)
    request.end()
  })
}

/** A refusal is an ordinary JSON answer, read to its end. */
async function refused(headers: Record<string, string>, method = 'GET'): Promise<number> {
  const response = await new Promise<number>((resolve, reject) => {
    const request = httpRequest({ host: '127.0.0.1', port: host.port, path: '/changes', method, headers: { host: `127.0.0.1:${host.port}`, ...headers } }, (res) => {
      res.resume()
      res.on('end', () => resolve(res.statusCode ?? 0))
    })
    request.on('error', reject)
    request.end()
  })
  return response
}

async function sessionCookie(): Promise<string> {
  const response = await fetch(`${host.url}session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code: TOKEN }) })
  return String(response.headers.get('set-cookie')).split(';')[0]!
}

describe('the change stream (Server-Sent Events)', () => {
  it('refuses a listener with no token, a wrong token, a made-up session, another site’s Origin or another Host', async () => {
    expect(await refused({})).toBe(401)
    expect(await refused({ [TOKEN_HEADER]: 'wrong-token' })).toBe(401)
    const cookie = await sessionCookie()
    expect(await refused({ cookie: `${cookie.split('=')[0]}=made-up` })).toBe(401)
    expect(await refused({ cookie, origin: 'http://evil.example' })).toBe(403)
    expect(await refused({ cookie, 'sec-fetch-site': 'cross-site' })).toBe(403)
    expect(await refused({ cookie, host: 'evil.example' })).toBe(421)
    expect(await refused({ cookie }, 'POST')).toBe(405)
  })

  it('lets a page in by its session cookie, and says each change by workshop, area and revision, naming the window that made it', async () => {
    const stream = await listen({ cookie: await sessionCookie(), origin: host.url.replace(/\/$/, '') })
    expect(stream.status).toBe(200)
    expect(stream.headers['content-type']).toMatch(/^text\/event-stream/)
    const [hello] = await stream.next(1)
    expect(hello).toMatchObject({ type: 'hello' })

    const workshop = await call('workshops.create', sampleDetails)
    await call('groups.add', { workshopId: workshop.id, details: { name: 'Carers A', roles: ['foster_carers'], headCount: 5 } }, 'another-window-22')
    await call('groups.list', { workshopId: workshop.id })
    const [, created, grouped] = (await stream.next(3)) as [StreamMessage, ChangeEvent, ChangeEvent]
    expect(created).toMatchObject({ type: 'change', workshopId: workshop.id, areas: ['workshops'], revision: 1, origin: ORIGIN })
    expect(grouped).toMatchObject({ type: 'change', workshopId: workshop.id, areas: ['groups'], revision: 2, origin: 'another-window-22' })
    expect(grouped.sequence).toBe(created.sequence + 1)
    // A read is not a change, and a refused write changes nothing: neither is announced.
    await expect(call('groups.add', { workshopId: workshop.id, details: { name: '', roles: [], headCount: 5 } })).rejects.toThrow()
    await call('agenda.setCurrent', { workshopId: workshop.id, questionId: 'a1-q1' }).catch(() => undefined)
    await call('presenter.show', { workshopId: workshop.id, view: 'board' })
    const [, , , shown] = await stream.next(4)
    expect(shown).toMatchObject({ type: 'change', areas: ['presenter'], revision: 3 })
    stream.close()
  })

  it('answers a sign-in with where the stream stands, as changes.since does, so a page starts from there', async () => {
    await call('workshops.create', sampleDetails)
    const answer = await fetch(`${host.url}session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code: TOKEN }) })
    const since = await call<{ stream: string; sequence: number }>('changes.since', { after: null })
    expect(await answer.json()).toEqual({ ok: true, value: { signedIn: true, position: `${since.stream}.${since.sequence}` } })
    expect(answer.headers.get(POSITION_HEADER)).toBe(`${since.stream}.${since.sequence}`)
    // Nothing written between the two, so they name the same place; a listener opening from it misses nothing after it.
    const stream = await listen({ cookie: await sessionCookie(), origin: host.url.replace(/\/$/, ''), 'last-event-id': `${since.stream}.${since.sequence}` })
    const workshop = await call('workshops.create', sampleDetails)
    const [hello, created] = await stream.next(2)
    expect(hello).toMatchObject({ type: 'hello', sequence: since.sequence })
    expect(created).toMatchObject({ type: 'change', workshopId: workshop.id, sequence: since.sequence + 1 })
    stream.close()
  })

  it('sends a listener that reconnects what it missed since its last event id, or a reset when that id is not known', async () => {
    const first = await listen({ [TOKEN_HEADER]: TOKEN })
    const [hello] = (await first.next(1)) as [StreamMessage & { sequence: number; stream: string }]
    first.close()

    const workshop = await call('workshops.create', sampleDetails)
    await call('workshops.update', { id: workshop.id, details: { ...sampleDetails, title: 'Renamed forum' } })
    const missed = [`${hello.stream}.${hello.sequence}`]

    // As EventSource reconnects: Last-Event-ID set to the last id it saw.
    const again = await listen({ [TOKEN_HEADER]: TOKEN, 'last-event-id': missed[0]! })
    const [one, two, now] = await again.next(3)
    expect(one).toMatchObject({ type: 'change', workshopId: workshop.id, areas: ['workshops'], revision: 1 })
    expect(two).toMatchObject({ type: 'change', workshopId: workshop.id, areas: ['workshops'], revision: 2 })
    expect(now).toMatchObject({ type: 'hello', stream: hello.stream, sequence: hello.sequence + 2 })
    again.close()

    // A new EventSource after a drop it could not ride out says where it was with ?after=.
    const fresh = await listen({ [TOKEN_HEADER]: TOKEN }, `/changes?after=${encodeURIComponent(missed[0]!)}`)
    expect((await fresh.next(3)).map((message) => message.type)).toEqual(['change', 'change', 'hello'])
    fresh.close()

    // Another run of the app (an unknown stream), or a position from the future: reset, then where the stream is.
    const lost = await listen({ [TOKEN_HEADER]: TOKEN, 'last-event-id': 'an-earlier-run.12' })
    expect((await lost.next(2)).map((message) => message.type)).toEqual(['reset', 'hello'])
    lost.close()
  })

  it('answers the revision check with nothing when nothing changed, and with what changed otherwise', async () => {
    const now = await call('changes.since', { after: null })
    expect(now).toMatchObject({ reset: false, events: [] })
    const position = `${now.stream}.${now.sequence}`
    expect(await call('changes.since', { after: position })).toEqual({ stream: now.stream, sequence: now.sequence, reset: false, events: [] })
    const workshop = await call('workshops.create', sampleDetails)
    const after = await call('changes.since', { after: position })
    expect(after.events).toEqual([expect.objectContaining({ workshopId: workshop.id, areas: ['workshops'], sequence: now.sequence + 1 })])
    expect(await call('changes.since', { after: 'nonsense' })).toMatchObject({ reset: true, events: [] })
  })

  it('carries the shared screen’s own revision with its new state, live, in a catch-up and in the revision check', async () => {
    const workshop = await call('workshops.create', sampleDetails)
    const before = await call('presenter.get', { workshopId: workshop.id })
    const start = await call('changes.since', { after: null })
    const position = `${start.stream}.${start.sequence}`
    const stream = await listen({ [TOKEN_HEADER]: TOKEN })
    await stream.next(1)
    const shown = await call('presenter.show', { workshopId: workshop.id, view: 'timer' })
    const timed = await call('presenter.timer', { workshopId: workshop.id, command: { action: 'start' }, at: Date.now() })
    await call('groups.add', { workshopId: workshop.id, details: { name: 'Carers A', roles: ['foster_carers'], headCount: 5 } })
    const live = (await stream.next(4)).slice(1) as ChangeEvent[]
    // Each write to the shared screen says its state with a revision of its own, one more each time; the workshop's counts every write.
    expect(live.map((event) => event.presenter?.version)).toEqual([before.version + 1, before.version + 2, undefined])
    expect(live[0]!.presenter).toEqual(shown)
    expect(live[1]!.presenter).toEqual(timed)
    expect(live.map((event) => event.revision)).toEqual([2, 3, 4])
    stream.close()
    // What a window that reconnects is sent, and what the revision check answers, say the same.
    const again = await listen({ [TOKEN_HEADER]: TOKEN, 'last-event-id': position })
    expect(((await again.next(3)) as ChangeEvent[]).map((event) => event.presenter)).toEqual([shown, timed, undefined])
    again.close()
    const checked = await call<{ stream: string; sequence: number; events: ChangeEvent[] }>('changes.since', { after: position })
    expect(checked.events.map((event) => event.presenter?.version)).toEqual([before.version + 1, before.version + 2, undefined])
    // Caught up: the revision check has nothing to say, so a window has nothing to fetch.
    expect(await call('changes.since', { after: `${checked.stream}.${checked.sequence}` })).toMatchObject({ reset: false, events: [] })
  })

  it('never says what a group voted: events name areas only, before and after the reveal', async () => {
    const stream = await listen({ [TOKEN_HEADER]: TOKEN })
    await stream.next(1)
    const workshop = await call('workshops.create', sampleDetails)
    const groups = [
      await call('groups.add', { workshopId: workshop.id, details: { name: 'Carers A', roles: ['foster_carers'], headCount: 5 } }),
      await call('groups.add', { workshopId: workshop.id, details: { name: 'Social workers', roles: ['supervising_social_workers'], headCount: 4 } }),
    ]
    const gaps: Array<{ id: string }> = []
    for (const title of ['Respite breaks', 'Out-of-hours support', 'Training on trauma']) {
      gaps.push(await call('gaps.create', { workshopId: workshop.id, details: { title, detail: '', links: [], groupIds: [], sourceQuestionId: null, edie: false } }))
    }
    // hello, the workshop, two groups and three gaps
    const before = (await stream.next(7)).length
    const ranked = await call('rounds.open', { workshopId: workshop.id, gapIds: gaps.map((gap) => gap.id), settings: { method: 'ranked', topK: 3 } })
    await call('ballots.cast', { roundId: ranked.id, groupId: groups[0].id, ballot: { method: 'ranked', ranking: [gaps[2]!.id, gaps[0]!.id, gaps[1]!.id] } })
    await call('ballots.cast', { roundId: ranked.id, groupId: groups[1].id, ballot: { method: 'ranked', ranking: [gaps[1]!.id, gaps[2]!.id, gaps[0]!.id] } })
    const points = await call('rounds.open', { workshopId: workshop.id, gapIds: gaps.map((gap) => gap.id), settings: { method: 'points' } })
    await call('ballots.cast', { roundId: points.id, groupId: groups[0].id, ballot: { method: 'points', points: { [gaps[0]!.id]: 73, [gaps[1]!.id]: 27 } } })
    await call('ballots.withdraw', { roundId: points.id, groupId: groups[0].id })
    await call('rounds.reveal', { id: ranked.id })
    const events = (await stream.next(before + 7)).slice(before) as ChangeEvent[]
    expect(events.map((event) => event.areas)).toEqual([['rounds'], ['rounds'], ['rounds'], ['rounds'], ['rounds'], ['rounds'], ['rounds', 'presenter']])
    for (const event of events.slice(0, -1)) {
      expect(Object.keys(event).sort()).toEqual(['areas', 'origin', 'revision', 'sequence', 'stream', 'type', 'workshopId'])
    }
    // The reveal carries the shared screen's new state (what the room sees next: that round's results), nothing more.
    const reveal = events.at(-1)!
    expect(Object.keys(reveal).sort()).toEqual(['areas', 'origin', 'presenter', 'revision', 'sequence', 'stream', 'type', 'workshopId'])
    expect(reveal.presenter).toMatchObject({ workshopId: workshop.id, view: 'results', roundId: ranked.id })
    // Not a gap, a group, a number of points or a ranking anywhere in what was sent, nor any round but the one revealed.
    const text = stream.raw()
    for (const id of [...gaps.map((gap) => gap.id), ...groups.map((group: { id: string }) => group.id), points.id as string]) expect(text).not.toContain(id)
    for (const word of ['"ranking"', '"points"', '"dots"', '"ballot"', ':73', 'Respite', 'Carers']) expect(text).not.toContain(word)
    // The revealed round is named only once it is revealed, as what the shared screen shows.
    expect(JSON.stringify(events.slice(0, -1))).not.toContain(ranked.id)
    // The revision check says no more than the stream.
    const checked = JSON.stringify(await call('changes.since', { after: `${events[0]!.stream}.${events[0]!.sequence - 1}` }))
    for (const secret of [...gaps.map((gap) => gap.id), ...groups.map((group: { id: string }) => group.id), points.id as string, '"ranking"', '"points"', '"ballot"', ':73', 'Respite', 'Carers']) expect(checked).not.toContain(secret)
    stream.close()
  })
})
