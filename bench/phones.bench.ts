import { spawn } from 'node:child_process'
import { request as httpRequest } from 'node:http'
import { it } from 'vitest'
import { tempDir } from '../tests/fixtures/app'
import { PHONE_CHANGES } from '../shared/api/phoneCalls'
import { phone, send } from '../tests/fixtures/phones'
import { buildOnce, launchChromium, startHost } from './browser'
import { median, percentile } from './measure'
import { formatMs, record, recordRatio } from './table'

/**
 * The room on its phones, measured end to end: the built host in its own process with the room
 * open on loopback (no phone can reach that, so nothing leaves this computer), 60 simulated phones
 * over real HTTP, each request on its own connection and each phone following its change stream as
 * the page does, and the presenter window in Chromium.
 */
const PHONES = 60
const TRIALS = Number(process.env.PHONE_TRIALS ?? 15)
const GOAL_MS = 100
/** Changes of vote each phone makes in the sustained run: within a fresh session's 20 at once. */
const SUSTAINED_CHANGES = 15
const now = () => performance.timeOrigin + performance.now()

/** In the presenter window: a promise of the moment (on this machine's clock) its heading says everyone has voted. */
const ARM_ALL_VOTED = `void (window.allVoted = new Promise((resolve) => {
  const check = () => {
    if (/: ${PHONES} of ${PHONES} people have voted/.test(document.querySelector('h1')?.textContent ?? '')) {
      observer.disconnect()
      resolve(performance.timeOrigin + performance.now())
    }
  }
  const observer = new MutationObserver(check)
  observer.observe(document.body, { subtree: true, childList: true, characterData: true })
  check()
}))`

interface RoomAnswer {
  port: number
  code: string
  url: string
}

type RoomPhone = ReturnType<typeof phone> & { refreshes: () => number; leave: () => void }

/**
 * A phone in the room as the page is: joined with the code, seated, and following its change
 * stream, asking for its state 60 ms after the last change it was told of (useRoomStream.ts).
 */
async function roomPhone(lan: string, code: string, groupId: string, role: string): Promise<RoomPhone> {
  const device = phone(lan)
  await device.ok('phone.join', { code })
  await device.ok('phone.seat', { groupId, role })
  let refreshes = 0
  let timer: NodeJS.Timeout | undefined
  const stream = httpRequest(`${lan}${PHONE_CHANGES}`, { headers: { cookie: device.cookie }, agent: false }, (res) => {
    res.setEncoding('utf8')
    res.on('data', (chunk: string) => {
      if (!chunk.includes('event: change')) return
      clearTimeout(timer)
      timer = setTimeout(() => {
        refreshes += 1
        void device.call('phone.state').catch(() => undefined)
      }, 60)
    })
    res.on('error', () => undefined)
  })
  stream.on('error', () => undefined)
  stream.end()
  return Object.assign(device, {
    refreshes: () => refreshes,
    leave: () => {
      clearTimeout(timer)
      stream.destroy()
    },
  })
}

/** A bare HTTP server in its own process answering 204: the round trip every phone call pays anyway. */
function bareServer(): Promise<{ origin: string; stop: () => void }> {
  const code = "require('node:http').createServer((q, s) => { s.writeHead(204); s.end() }).listen(0, '127.0.0.1', function () { console.log(this.address().port) })"
  const child = spawn(process.execPath, ['-e', code], { stdio: ['ignore', 'pipe', 'inherit'] })
  return new Promise((resolve) => child.stdout.once('data', (chunk: Buffer) => resolve({ origin: `http://127.0.0.1:${chunk.toString().trim()}`, stop: () => child.kill() })))
}

it(`Phones: ${PHONES} cast in the same second; from the last ballot to the presenter showing all have voted, and ballots a second`, async () => {
  buildOnce()
  const dir = tempDir()
  const host = await startHost(dir.path, { env: { ...process.env, COMMON_GROUND_ROOM_ON_LOOPBACK: '1' } })
  const browser = await launchChromium()
  const bare = await bareServer()
  try {
    const workshop = await host.call<{ id: string }>('workshops.create', { title: 'Bench forum', localArea: '', date: '2026-11-23', venue: '', facilitators: '', cycle: 1, notes: '' })
    const workshopId = workshop.id
    const tables: string[] = []
    for (let i = 1; i <= 12; i += 1) tables.push((await host.call<{ id: string }>('groups.add', { workshopId, details: { name: `Table ${i}`, roles: [], headCount: 5 } })).id)
    const gaps: string[] = []
    for (let i = 1; i <= 6; i += 1) gaps.push((await host.call<{ id: string }>('gaps.create', { workshopId, details: { title: `Gap ${i}`, detail: '', links: [], groupIds: [], sourceQuestionId: null, edie: false } })).id)
    const opened = await host.call<RoomAnswer>('room.open', { workshopId, address: '127.0.0.1' })
    const lan = `http://127.0.0.1:${opened.port}`

    // What a phone downloads to open the page, and how long Chromium takes to show it here.
    let transferred = 0
    let raw = 0
    const pageAnswer = await send(`${lan}/j`)
    const files = ['/j', ...[...pageAnswer.text.matchAll(/(?:src|href)="\.?(\/assets\/[^"]+)"/g)].map((match) => match[1]!)]
    for (const file of files) {
      const zipped = await fetch(`${lan}${file}`, { headers: { 'accept-encoding': 'gzip' } })
      transferred += Number(zipped.headers.get('content-length'))
      raw += (await (await fetch(`${lan}${file}`, { headers: { 'accept-encoding': 'identity' } })).arrayBuffer()).byteLength
    }
    record({ figure: `Phone page: what a phone downloads (${files.length} files, gzip)`, value: `${(transferred / 1024).toFixed(1)} KB`, baseline: `${(raw / 1024).toFixed(1)} KB uncompressed` })
    const loads: number[] = []
    for (let i = 0; i < 5; i += 1) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })
      const page = await context.newPage()
      const start = now()
      await page.goto(opened.url)
      await page.getByRole('heading', { name: 'Join the room' }).waitFor()
      loads.push(now() - start)
      await context.close()
    }
    recordRatio('Phone page: opened to “Join the room” shown (Chromium, loopback), median of 5', median(loads), 'goal', 1000, 1)

    // The presenter window, signed in as the facilitator's page is, showing the voting progress.
    const presenterContext = await browser.newContext({ viewport: { width: 1920, height: 1080 } })
    const presenter = await presenterContext.newPage()
    await presenter.goto(host.url)
    await presenter.goto(`${host.origin}/#/workshops/${workshopId}/present`)
    const progress = (text: string) => process.env.PHONE_BENCH_DEBUG && console.log(`${new Date().toISOString()} ${text}`)

    let room = opened
    let phones: RoomPhone[] = []
    /** A fresh room session of sixty phones at twelve tables, each following its change stream as the page does. */
    const fillRoom = async () => {
      for (const device of phones) device.leave()
      await host.call('room.close', { workshopId })
      room = await host.call<RoomAnswer>('room.open', { workshopId, address: '127.0.0.1' })
      phones = []
      for (let i = 0; i < PHONES; i += 1) phones.push(await roomPhone(lan, room.code, tables[i % tables.length]!, i % 2 === 0 ? 'foster_carers' : 'supervising_social_workers'))
    }

    /**
     * One each-person dots round: every phone casts once, `offsetOf(i)` ms after the start, and the
     * time runs from the last ballot sent to the presenter's heading saying all have voted.
     */
    const trialRound = async (trial: number, offsetOf: (i: number) => number) => {
      // A fresh session each round: the phones' own rate limits (20 ballots at once) never bite.
      await fillRoom()
      const round = await host.call<{ id: string; number: number }>('rounds.open', { workshopId, gapIds: gaps, settings: { method: 'dots', dotsPerGroup: 3, capPerGap: null }, whoVotes: 'people' })
      await host.call('presenter.show', { workshopId, view: 'voting', roundId: round.id })
      await presenter
        .getByRole('heading', { name: `Round ${round.number}: 0 of ${PHONES} people have voted` })
        .waitFor()
        .catch(async (error: unknown) => {
          throw new Error(`The presenter never showed round ${round.number} with nobody voted; it shows “${await presenter.evaluate<string>('document.body.innerText.slice(0, 400)')}”`, { cause: error })
        })
      await presenter.evaluate(ARM_ALL_VOTED)
      const sent: number[] = []
      const answered: number[] = []
      const start = now()
      await Promise.all(
        phones.map(async (device, i) => {
          const wait = start + offsetOf(i) - now()
          if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait))
          sent.push(now())
          await device.ok('phone.cast', { roundId: round.id, ballot: { method: 'dots', dots: { [gaps[i % gaps.length]!]: 2, [gaps[(i + trial) % gaps.length]!]: 1 } } })
          answered.push(now())
        }),
      )
      const shown = await Promise.race([
        presenter.evaluate<number>('window.allVoted'),
        new Promise<never>((_, reject) =>
          setTimeout(
            () =>
              void presenter.evaluate<string>('document.body.innerText.slice(0, 400)').then(
                (text) => reject(new Error(`The presenter never showed all ${PHONES} voted in round ${round.number}; it shows “${text}”`)),
                reject,
              ),
            20_000,
          ),
        ),
      ])
      progress(`trial ${trial}: all shown`)
      await host.call('rounds.close', { id: round.id })
      return { fromLastSent: shown - Math.max(...sent), fromLastAnswer: shown - Math.max(...answered) }
    }

    // Spread over one second, in an order that is not the phones' own (each phone once).
    const order = Array.from({ length: PHONES }, (_, i) => (i * 37) % PHONES)
    const spread: Array<{ fromLastSent: number; fromLastAnswer: number }> = []
    const burst: Array<{ fromLastSent: number; fromLastAnswer: number }> = []
    for (let trial = 1; trial <= TRIALS; trial += 1) {
      spread.push(await trialRound(trial, (i) => (order[i]! * 1000) / PHONES))
      // All sixty at the same instant: the worst case for the host.
      burst.push(await trialRound(trial, () => 0))
    }

    // The baseline: a bare loopback HTTP round trip on a fresh connection, as each phone call above.
    const trips: number[] = []
    for (let i = 0; i < 200; i += 1) {
      const start = now()
      await send(`${bare.origin}/`)
      trips.push(now() - start)
    }
    const trip = median(trips)
    const of = (samples: typeof spread, key: 'fromLastSent' | 'fromLastAnswer') => samples.map((sample) => sample[key])
    console.log(`spread over a second, last ballot sent → all shown: ${of(spread, 'fromLastSent').map((value) => value.toFixed(0)).join(', ')} ms; from its answer: ${of(spread, 'fromLastAnswer').map((value) => value.toFixed(0)).join(', ')} ms`)
    console.log(`all at once, last ballot sent → all shown: ${of(burst, 'fromLastSent').map((value) => value.toFixed(0)).join(', ')} ms; from its answer: ${of(burst, 'fromLastAnswer').map((value) => value.toFixed(0)).join(', ')} ms`)
    const p50 = median(of(spread, 'fromLastSent'))
    const p95 = percentile(of(spread, 'fromLastSent'), 95)
    recordRatio(`${PHONES} phones cast within one second: last ballot sent → presenter shows all have voted, p50 of ${TRIALS}`, p50, 'goal', GOAL_MS, 1)
    recordRatio(`… the same, p95 of ${TRIALS}`, p95, 'goal', GOAL_MS, 1)
    recordRatio('… p50 as a multiple of a bare loopback HTTP round trip', p50, 'bare round trip (fresh connection), median', trip)
    recordRatio('… p95 as a multiple of a bare loopback HTTP round trip', p95, 'bare round trip (fresh connection), median', trip)
    const burstP50 = median(of(burst, 'fromLastSent'))
    const burstP95 = percentile(of(burst, 'fromLastSent'), 95)
    recordRatio(`${PHONES} phones cast at the same instant: last ballot sent → all have voted, p50 of ${TRIALS}`, burstP50, 'goal', GOAL_MS, 1)
    recordRatio(`… the same, p95 of ${TRIALS}`, burstP95, 'goal', GOAL_MS, 1)

    // Sustained: the sixty phones each change their vote 15 times, all sixty in flight at once, each
    // asking for its state after every change its stream tells it of, as the page does.
    await fillRoom()
    const round = await host.call<{ id: string }>('rounds.open', { workshopId, gapIds: gaps, settings: { method: 'dots', dotsPerGroup: 3, capPerGap: null }, whoVotes: 'people' })
    const refreshesBefore = phones.reduce((sum, device) => sum + device.refreshes(), 0)
    const start = now()
    await Promise.all(
      phones.map(async (device, i) => {
        for (let n = 0; n < SUSTAINED_CHANGES; n += 1) await device.ok('phone.cast', { roundId: round.id, ballot: { method: 'dots', dots: { [gaps[(i + n) % gaps.length]!]: 3 } } })
      }),
    )
    const seconds = (now() - start) / 1000
    const ballots = PHONES * SUSTAINED_CHANGES
    const refreshes = phones.reduce((sum, device) => sum + device.refreshes(), 0) - refreshesBefore
    const bareStart = now()
    await Promise.all(
      Array.from({ length: PHONES }, async () => {
        for (let n = 0; n < SUSTAINED_CHANGES; n += 1) await send(`${bare.origin}/`)
      }),
    )
    const bareSeconds = (now() - bareStart) / 1000
    record({
      figure: `Ballots a second the host sustains (${PHONES} phones × ${SUSTAINED_CHANGES} changes of vote, all in flight, each following its stream)`,
      value: `${(ballots / seconds).toFixed(0)} ballots/s`,
      baseline: `bare loopback requests ${(ballots / bareSeconds).toFixed(0)}/s`,
      ratio: ballots / bareSeconds / (ballots / seconds),
    })
    console.log(`phone page ${formatMs(median(loads))} to show; ${PHONES} phones within a second: p50 ${formatMs(p50)}, p95 ${formatMs(p95)}; at once: p50 ${formatMs(burstP50)}, p95 ${formatMs(burstP95)}; bare round trip ${formatMs(trip)}; ${(ballots / seconds).toFixed(0)} ballots/s with ${refreshes} state refreshes from the streams meanwhile`)
    for (const device of phones) device.leave()
  } finally {
    bare.stop()
    await browser.close()
    await host.stop()
    dir.remove()
  }
})
