import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { CALL_NAMES } from '../../shared/api/calls'
import { JOIN_CODE_ALPHABET } from '../../shared/domain/room'
import { resourcesDir, sampleDetails, succeed, tempDir } from '../../tests/fixtures/app'
import { phone, send } from '../../tests/fixtures/phones'
import { openApplication, type Application } from '../services/application'
import { dispatch } from '../services/dispatch'
import { startLanListener } from './server'

/**
 * The room's listener over real HTTP, here on loopback (127.0.0.1 stands in for the laptop's
 * Wi-Fi address; the tests in netns.test.ts do the same across a real virtual network).
 */
let app: Application
let dir: ReturnType<typeof tempDir>
/** The application's clock stands still, so the rate limits refill only when a test moves it. */
let now = Date.parse('2026-11-23T10:00:00Z')
beforeEach(() => {
  dir = tempDir()
  app = openApplication({
    dataDir: dir.path,
    resourcesDir,
    clock: { now: () => new Date(now) },
    networks: () => [{ address: '127.0.0.1', interfaceName: 'test', kind: 'other', label: 'Test loopback', likely: true }],
    listen: (address, port) => startLanListener({ address, port, app, rendererDir: dir.path, log: () => undefined }),
  })
})
afterEach(() => {
  app.close()
  dir.remove()
})

const value = <K extends Parameters<typeof succeed>[1]>(name: K, input: unknown) => succeed(app.handlers, name, input)

async function openRoom() {
  const workshop = await value('workshops.create', sampleDetails)
  const tables = []
  for (const name of ['Table 1', 'Table 2']) tables.push(await value('groups.add', { workshopId: workshop.id, details: { name, roles: ['foster_carers'], headCount: 4 } }))
  const gaps = []
  for (const title of ['Respite breaks', 'Out-of-hours support', 'Training on trauma']) {
    gaps.push(await value('gaps.create', { workshopId: workshop.id, details: { title, detail: '', links: [], groupIds: [], sourceQuestionId: null, edie: false } }))
  }
  const status = await value('room.open', { workshopId: workshop.id, address: '127.0.0.1' })
  return { workshopId: workshop.id, tables, gaps, status, origin: `http://127.0.0.1:${status.port}` }
}

describe('the room on its LAN listener', () => {
  it('is off until opened, shows its address, code and QR code, and closes with every session', async () => {
    const workshop = await value('workshops.create', sampleDetails)
    expect(await value('room.status', { workshopId: workshop.id })).toMatchObject({ open: false, url: null, code: null })
    const status = await value('room.open', { workshopId: workshop.id, address: '127.0.0.1' })
    expect(status.url).toBe(`http://127.0.0.1:${status.port}/j`)
    expect(status.code).toMatch(new RegExp(`^[${JOIN_CODE_ALPHABET}]{6}$`))
    expect(status.qr?.path).toMatch(/^M\d+ \d+h\d+v1h-\d+z/)
    const origin = `http://127.0.0.1:${status.port}`
    const device = phone(origin)
    await device.ok('phone.join', { code: status.code!.toLowerCase() })

    const renewed = await value('room.newCode', { workshopId: workshop.id })
    expect(renewed.code).not.toBe(status.code)
    // A new code signs nobody out.
    expect((await device.call('phone.state')).status).toBe(200)

    await value('room.close', { workshopId: workshop.id })
    await expect(send(`${origin}/j`)).rejects.toThrow(/ECONNREFUSED/)
    // Reopened on the same port: the old phone's session has ended and it is told so.
    const reopened = await value('room.open', { workshopId: workshop.id, address: '127.0.0.1' })
    expect(reopened.port).toBe(status.port)
    const after = await device.call('phone.state')
    expect(after.status).toBe(401)
    expect(after.json.error.code).toBe('signed_out')
  })

  it('refuses addresses that are not one of the laptop’s networks', async () => {
    const workshop = await value('workshops.create', sampleDetails)
    const result = await dispatch(app.handlers, 'room.open', { workshopId: workshop.id, address: '0.0.0.0' }, () => undefined)
    expect(result).toMatchObject({ ok: false, error: { message: expect.stringMatching(/^That network is not on this laptop/) } })
  })

  it('answers 404 to every facilitator call, the facilitator’s page, its session and its stream', async () => {
    const { origin } = await openRoom()
    for (const name of CALL_NAMES) {
      for (const path of [`/api/${name}`, `/j/api/${name}`]) {
        const answer = await send(`${origin}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', origin }, body: '{}' })
        expect([path, answer.status]).toEqual([path, 404])
      }
    }
    for (const path of ['/index.html', '/session', '/changes', '/?token=x', '/assets/index.js', '/.vite/manifest.json', '/j/../index.html']) {
      expect([path, (await send(`${origin}${path}`)).status]).toEqual([path, path.startsWith('/?') ? 302 : 404])
    }
  })

  it('answers only to its own Host and Origin', async () => {
    const { origin, status } = await openRoom()
    const join = (headers: Record<string, string>) => send(`${origin}/j/api/phone.join`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ code: status.code }) })
    expect((await join({ host: `evil.example:${status.port}` })).status).toBe(421)
    expect((await join({ host: `localhost:${status.port}` })).status).toBe(421)
    expect((await join({ origin: 'http://evil.example' })).status).toBe(403)
    expect((await join({ origin, 'sec-fetch-site': 'cross-site' })).status).toBe(403)
    const good = await join({ origin })
    expect(good.status).toBe(200)
    expect(good.headers['set-cookie']?.[0]).toMatch(/^cg-phone=[A-Za-z0-9_-]{43}; HttpOnly; SameSite=Strict; Path=\/j; Max-Age=\d+$/)
  })

  it('rate-limits wrong codes per address, even the right one once limited', async () => {
    const { origin, status } = await openRoom()
    const guesser = phone(origin)
    const wrong = status.code === 'AAAAAA' ? 'CCCCCC' : 'AAAAAA'
    for (let i = 0; i < 4; i += 1) expect((await guesser.call('phone.join', { code: wrong })).json.error.message).toMatch(/not the one on the shared screen/)
    expect((await guesser.call('phone.join', { code: wrong })).status).toBe(429)
    const limited = await guesser.call('phone.join', { code: status.code })
    expect(limited.status).toBe(429)
    expect(limited.json.error.message).toBe('Too many wrong codes from this phone. Wait 12 seconds and try again.')
    now += 12_000
    expect((await guesser.call('phone.join', { code: status.code })).status).toBe(200)
  })

  it('caps bodies, wants JSON, and checks every input with the phone contract', async () => {
    const { origin, status } = await openRoom()
    const big = await send(`${origin}/j/api/phone.join`, { method: 'POST', headers: { 'content-type': 'application/json', origin }, body: JSON.stringify({ code: 'x'.repeat(20_000) }) })
    expect(big.status).toBe(413)
    const form = await send(`${origin}/j/api/phone.join`, { method: 'POST', headers: { 'content-type': 'text/plain', origin }, body: status.code! })
    expect(form.status).toBe(415)
    const device = phone(origin)
    await device.ok('phone.join', { code: status.code })
    const extra = await device.call('phone.seat', { groupId: 'not-an-id', role: null, name: 'Asha' })
    expect(extra.status).toBe(400)
  })

  it('lets a phone choose its table and role, vote for its table, see its vote back and send a note, with no tally before the reveal', async () => {
    const { workshopId, tables, gaps, status, origin } = await openRoom()
    const round = await value('rounds.open', { workshopId, gapIds: gaps.map((gap) => gap.id), settings: { method: 'dots', dotsPerGroup: 3, capPerGap: 2 } })
    const device = phone(origin)
    const joined = await device.ok('phone.join', { code: status.code })
    expect(joined).toMatchObject({ seat: null, tables: [{ name: 'Table 1' }, { name: 'Table 2' }], round: { id: round.id, status: 'open', mine: null } })
    const seated = await device.ok('phone.seat', { groupId: tables[0]!.id, role: 'foster_carers' })
    expect(seated.seat).toEqual({ groupId: tables[0]!.id, groupName: 'Table 1', role: 'foster_carers' })

    const overCap = await device.call('phone.cast', { roundId: round.id, ballot: { method: 'dots', dots: { [gaps[0]!.id]: 3 } } })
    expect(overCap.json.error.message).toBe('“Respite breaks” has 3 dots, but at most 2 dots can go on one gap.')
    const cast = await device.ok('phone.cast', { roundId: round.id, ballot: { method: 'dots', dots: { [gaps[0]!.id]: 2, [gaps[1]!.id]: 1 } } })
    expect(cast.round.mine).toEqual({ method: 'dots', dots: { [gaps[0]!.id]: 2, [gaps[1]!.id]: 1 } })
    expect(cast.results).toBeNull()
    // The facilitator sees who has voted, never what; another table's phone sees nothing of it.
    expect(await value('rounds.get', { id: round.id })).toMatchObject({ votedGroupIds: [tables[0]!.id] })
    const other = phone(origin)
    await other.ok('phone.join', { code: status.code })
    const elsewhere = await other.ok('phone.seat', { groupId: tables[1]!.id, role: null })
    expect(elsewhere.round.mine).toBeNull()
    expect(JSON.stringify(elsewhere)).not.toContain('"dots":{')

    // The facilitator keys the other table's ballot in the same round.
    await value('ballots.cast', { roundId: round.id, groupId: tables[1]!.id, ballot: { method: 'dots', dots: { [gaps[2]!.id]: 2 } } })
    await value('rounds.reveal', { id: round.id })
    const revealed = await device.ok('phone.state')
    expect(revealed.results.orderings[0].standings[0]).toEqual({ gapId: gaps[0]!.id, place: 1, score: 2 })
    expect((await device.call('phone.cast', { roundId: round.id, ballot: { method: 'dots', dots: { [gaps[0]!.id]: 1 } } })).json.error.message).toMatch(/Voting in this round has closed/)

    const sent = await device.ok('phone.send', { kind: 'gap', text: 'No respite in school holidays', detail: 'Summer is hardest.' })
    expect(sent.sent).toBe(1)
    const [message] = await value('inbox.list', { workshopId })
    expect(message).toMatchObject({ kind: 'gap', text: 'No respite in school holidays', groupId: tables[0]!.id, status: 'new' })
    // Nothing of it on any screen until accepted.
    expect((await value('gaps.list', { workshopId })).map((gap) => gap.title)).not.toContain('No respite in school holidays')
    const { gap } = await value('inbox.accept', { id: message!.id, details: { title: 'Respite in school holidays', detail: message!.detail, links: [], groupIds: [tables[0]!.id], sourceQuestionId: null, edie: false } })
    expect(gap.title).toBe('Respite in school holidays')
  })

  it('counts each phone as a person in an each-person round, with its table and role', async () => {
    const { workshopId, tables, gaps, status, origin } = await openRoom()
    const round = await value('rounds.open', { workshopId, gapIds: gaps.map((gap) => gap.id), settings: { method: 'ranked', topK: 2 }, whoVotes: 'people' })
    const phones = [phone(origin), phone(origin), phone(origin)]
    for (const [i, device] of phones.entries()) {
      await device.ok('phone.join', { code: status.code })
      await device.ok('phone.seat', { groupId: tables[i % 2]!.id, role: i === 2 ? 'supervising_social_workers' : 'foster_carers' })
    }
    expect(await value('rounds.get', { id: round.id })).toMatchObject({ peopleVoted: 0, peopleExpected: 3 })
    await phones[0]!.ok('phone.cast', { roundId: round.id, ballot: { method: 'ranked', ranking: [gaps[1]!.id, gaps[0]!.id] } })
    const changed = await phones[0]!.ok('phone.cast', { roundId: round.id, ballot: { method: 'ranked', ranking: [gaps[0]!.id] } })
    expect(changed.round.mine).toEqual({ method: 'ranked', ranking: [gaps[0]!.id] })
    await phones[1]!.ok('phone.cast', { roundId: round.id, ballot: { method: 'ranked', ranking: [gaps[0]!.id, gaps[2]!.id] } })
    // A person without a phone, keyed in by the facilitator, counts too.
    await value('ballots.castForPerson', { roundId: round.id, groupId: tables[1]!.id, role: null, ballot: { method: 'ranked', ranking: [gaps[2]!.id] } })
    expect(await value('rounds.get', { id: round.id })).toMatchObject({ peopleVoted: 3, peopleExpected: 4 })
    expect((await phones[2]!.ok('phone.state')).round.mine).toBeNull()
    const { results } = await value('rounds.reveal', { id: round.id })
    expect(results).toMatchObject({ whoVotes: 'people', ballotCount: 3 })
    expect((await phones[2]!.ok('phone.state')).results.ballotCount).toBe(3)
  })

  it('rate-limits a phone’s ballots and messages', async () => {
    const { workshopId, tables, gaps, status, origin } = await openRoom()
    const round = await value('rounds.open', { workshopId, gapIds: gaps.map((gap) => gap.id), settings: { method: 'points' } })
    const device = phone(origin)
    await device.ok('phone.join', { code: status.code })
    await device.ok('phone.seat', { groupId: tables[0]!.id, role: null })
    const codes: number[] = []
    for (let i = 0; i < 25; i += 1) codes.push((await device.call('phone.cast', { roundId: round.id, ballot: { method: 'points', points: { [gaps[0]!.id]: 100 } } })).status)
    expect(codes.filter((code) => code === 200).length).toBe(19)
    expect(codes.slice(19)).toEqual([429, 429, 429, 429, 429, 429])
    const notes: number[] = []
    for (let i = 0; i < 7; i += 1) notes.push((await device.call('phone.send', { kind: 'note', text: `Note ${i}`, detail: '' })).status)
    expect(notes).toEqual([200, 200, 200, 200, 200, 429, 429])
  })

  it('tells a phone’s stream what changed, never what anyone voted, and that the room has closed', async () => {
    const { workshopId, tables, gaps, status, origin } = await openRoom()
    const device = phone(origin)
    await device.ok('phone.join', { code: status.code })
    await device.ok('phone.seat', { groupId: tables[0]!.id, role: null })
    const { request } = await import('node:http')
    const received: string[] = []
    const ended = new Promise<void>((resolve, reject) => {
      const req = request(`${origin}/j/changes`, { headers: { cookie: device.cookie } }, (res) => {
        expect(res.statusCode).toBe(200)
        res.on('data', (chunk: Buffer) => received.push(chunk.toString()))
        res.on('end', () => resolve())
      })
      req.on('error', reject)
      req.end()
    })
    await new Promise((resolve) => setTimeout(resolve, 100))
    const round = await value('rounds.open', { workshopId, gapIds: gaps.map((gap) => gap.id), settings: { method: 'points' } })
    // Another phone at its table casts the table's vote: this phone is told something changed, and only that.
    const beside = phone(origin)
    await beside.ok('phone.join', { code: status.code })
    await beside.ok('phone.seat', { groupId: tables[0]!.id, role: null })
    await beside.ok('phone.cast', { roundId: round.id, ballot: { method: 'points', points: { [gaps[1]!.id]: 100 } } })
    await new Promise((resolve) => setTimeout(resolve, 100))
    await value('room.close', { workshopId })
    await ended
    const text = received.join('')
    expect(text).toMatch(/event: change\ndata: \{"revision":\d+\}/)
    expect(text).toMatch(/event: closed/)
    expect(text).not.toContain('points')
  })

  it('tells a phone whose request was on its way as the room closed that it has closed (its page says so too), never a bare refusal', async () => {
    const { workshopId, tables, status, origin } = await openRoom()
    const device = phone(origin)
    await device.ok('phone.join', { code: status.code })
    await device.ok('phone.seat', { groupId: tables[0]!.id, role: null })
    const { connect } = await import('node:net')
    /** A request half sent before the room closes and finished after: the phone's stream, then its state. */
    const halfSent = async (head: string, rest: string) => {
      const socket = connect(status.port!, '127.0.0.1')
      await new Promise<void>((resolve) => socket.once('connect', resolve))
      const chunks: Buffer[] = []
      socket.on('data', (chunk: Buffer) => chunks.push(chunk))
      const ended = new Promise<void>((resolve) => socket.once('close', () => resolve()))
      socket.write(head)
      return {
        finish: async () => {
          socket.write(rest)
          await ended
          return Buffer.concat(chunks).toString()
        },
      }
    }
    const host = `Host: 127.0.0.1:${status.port}\r\nCookie: ${device.cookie}\r\n`
    const stream = await halfSent(`GET /j/changes HTTP/1.1\r\n${host}`, 'Accept: text/event-stream\r\n\r\n')
    const body = '{}'
    const state = await halfSent(`POST /j/api/phone.state HTTP/1.1\r\n${host}`, `Content-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body}`)
    // A phone opening the page just then (a new arrival scanning the code).
    const opening = await halfSent(`GET /j HTTP/1.1\r\nHost: 127.0.0.1:${status.port}\r\n`, 'Accept: text/html\r\n\r\n')
    const closing = value('room.close', { workshopId })
    await new Promise((resolve) => setTimeout(resolve, 50))
    const [streamText, stateText, pageText] = await Promise.all([stream.finish(), state.finish(), opening.finish()])
    await closing
    expect(streamText).toMatch(/^HTTP\/1\.1 200/)
    expect(streamText).toContain('event: closed')
    expect(stateText).toMatch(/^HTTP\/1\.1 401/)
    expect(stateText).toContain('The facilitator has closed the room')
    // …and is shown a page that says so, not the calls' JSON as text.
    expect(pageText).toMatch(/^HTTP\/1\.1 503/)
    expect(pageText).toMatch(/content-type: text\/html; charset=utf-8/i)
    expect(pageText).toContain('<h1>The room has closed</h1>')
    expect(pageText).toContain('The facilitator has closed the room, so phones cannot join it now.')
  })

  it('keeps running when a change comes just after it ended a phone’s stream (the room closed, or the phone opened a fifth)', async () => {
    const { workshopId, tables, status, origin } = await openRoom()
    const device = phone(origin)
    await device.ok('phone.join', { code: status.code })
    await device.ok('phone.seat', { groupId: tables[0]!.id, role: null })
    const { Agent, request } = await import('node:http')
    // Kept alive, as a phone's browser keeps its connection when a stream ends.
    const agent = new Agent({ keepAlive: true })
    const listen = () => {
      const seen = { text: '', ended: false }
      let req: ReturnType<typeof request> | undefined
      const opened = new Promise<void>((resolve, reject) => {
        req = request(`${origin}/j/changes`, { headers: { cookie: device.cookie }, agent }, (res) => {
          res.setEncoding('utf8')
          res.on('data', (chunk: string) => {
            seen.text += chunk
            resolve()
          })
          res.on('end', () => (seen.ended = true))
        })
        req.on('error', () => undefined)
        req.on('error', reject)
        req.end()
      })
      return { seen, opened, drop: () => req?.destroy() }
    }
    // The facilitator's calls as the hosts make them: each write announced on the change feed.
    const announced = async (name: string, input: unknown) => {
      const result = await dispatch(app.handlers, name, input, { log: () => undefined, changes: app.changes })
      if (!result.ok) throw new Error(`${name}: ${result.error.message}`)
      return result.value as Record<string, unknown>
    }
    const streams = [listen(), listen(), listen(), listen()]
    await Promise.all(streams.map((stream) => stream.opened))
    // A fifth stream ends the oldest; a change told at once reaches the other four and nothing breaks.
    const fifth = listen()
    await fifth.opened
    await announced('gaps.create', { workshopId, details: { title: 'Night-time cover', detail: '', links: [], groupIds: [], sourceQuestionId: null, edie: false } })
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(streams[0]!.seen.ended).toBe(true)
    expect([...streams.slice(1), fifth].map((stream) => stream.seen.text.includes('event: change'))).toEqual([true, true, true, true])
    // Closing the room ends every stream, and its own change is told right after, even to a stream
    // whose phone has just gone (it locked its screen) before the laptop heard: the listener stays up.
    streams[3]!.drop()
    await announced('room.close', { workshopId })
    const reopened = (await announced('room.open', { workshopId, address: '127.0.0.1' })) as { code: string; port: number }
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(fifth.seen.text).toContain('event: closed')
    const again = phone(`http://127.0.0.1:${reopened.port}`)
    expect((await again.ok('phone.join', { code: reopened.code })).tables).toHaveLength(2)
    agent.destroy()
  })

  it('tells a phone’s stream of a ballot or a phone joining only when it moved what that phone shows since its last answer', async () => {
    const { workshopId, tables, gaps, status, origin } = await openRoom()
    const { request } = await import('node:http')
    const announced = async (name: string, input: unknown) => {
      const result = await dispatch(app.handlers, name, input, { log: () => undefined, changes: app.changes })
      if (!result.ok) throw new Error(`${name}: ${result.error.message}`)
      return result.value as { id: string }
    }
    const seated = async (table: number) => {
      const device = phone(origin)
      await device.ok('phone.join', { code: status.code })
      await device.ok('phone.seat', { groupId: tables[table]!.id, role: null })
      return device
    }
    const [me, beside, elsewhere] = [await seated(0), await seated(0), await seated(1)]
    let told = 0
    await new Promise<void>((resolve, reject) => {
      const req = request(`${origin}/j/changes`, { headers: { cookie: me.cookie }, agent: false }, (res) => {
        res.setEncoding('utf8')
        res.on('data', (chunk: string) => {
          const changes = chunk.split('event: change').length - 1
          told += changes
          // As the page does: told of a change, it asks for its state.
          if (changes > 0) void me.ok('phone.state')
        })
        resolve()
      })
      req.on('error', () => undefined)
      req.once('error', reject)
      req.end()
    })
    const settle = () => new Promise((resolve) => setTimeout(resolve, 80))
    const after = async (work: () => Promise<unknown>) => {
      await settle()
      const before = told
      await work()
      await settle()
      return told - before
    }
    const dots = (gap: number) => ({ method: 'dots', dots: { [gaps[gap]!.id]: 1 } })
    let people = { id: '' }
    expect(
      await after(async () => {
        people = await announced('rounds.open', { workshopId, gapIds: gaps.map((gap) => gap.id), settings: { method: 'dots', dotsPerGroup: 1, capPerGap: null }, whoVotes: 'people' })
      }),
    ).toBe(1)
    expect(await after(() => Promise.resolve())).toBe(0)
    // Each person: the others' ballots and a latecomer joining change nothing this phone shows.
    expect(await after(() => beside.ok('phone.cast', { roundId: people.id, ballot: dots(0) }))).toBe(0)
    expect(await after(() => elsewhere.ok('phone.cast', { roundId: people.id, ballot: dots(1) }))).toBe(0)
    expect(await after(() => announced('ballots.castForPerson', { roundId: people.id, groupId: tables[0]!.id, role: null, ballot: dots(2) }))).toBe(0)
    expect(await after(() => seated(1))).toBe(0)
    expect(await after(() => announced('room.newCode', { workshopId }))).toBe(0)
    // Nor does its own ballot: the answer carried its state. The round closing and its reveal do.
    expect((await me.ok('phone.cast', { roundId: people.id, ballot: dots(1) })).round.mine).toEqual(dots(1))
    expect(await after(() => Promise.resolve())).toBe(0)
    expect(await after(() => announced('rounds.close', { id: people.id }))).toBe(1)
    expect(await after(() => announced('rounds.reveal', { id: people.id }))).toBe(1)
    // Each table: a ballot from another phone at its own table is its table's vote, so it is told; another table's is not.
    const tablesRound = await announced('rounds.open', { workshopId, gapIds: gaps.map((gap) => gap.id), settings: { method: 'dots', dotsPerGroup: 1, capPerGap: null }, whoVotes: 'tables' })
    expect(await after(() => elsewhere.ok('phone.cast', { roundId: tablesRound.id, ballot: dots(0) }))).toBe(0)
    expect(await after(() => beside.ok('phone.cast', { roundId: tablesRound.id, ballot: dots(2) }))).toBe(1)
    expect((await me.ok('phone.state')).round.mine).toEqual(dots(2))
    // Any other change it may show is told as before (here a gap's title, which its ballot shows).
    expect(await after(() => announced('gaps.update', { id: gaps[0]!.id, details: { title: 'Respite breaks in the holidays', detail: '', links: [], groupIds: [], sourceQuestionId: null, edie: false } }))).toBe(1)
  })
})
