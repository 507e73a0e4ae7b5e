import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, BrowserContext, Page } from '@playwright/test'
import { afterAll, beforeAll, it } from 'vitest'
import { buildOnce, launchChromium, startHost, type RunningHost } from './browser'
import { median, percentile } from './measure'
import { formatMs, record } from './table'

/** What the pages' recorders keep on their windows, and the little of the DOM they use (the bench's own tsconfig has no DOM types). */
interface PageGlobals {
  shown: Array<{ text: string; at: number }>
  heard: number[]
  performance: {
    timeOrigin: number
    now(): number
    setResourceTimingBufferSize(size: number): void
    getEntriesByType(type: 'resource'): Array<{ name: string; fetchStart: number; responseEnd: number }>
  }
  document: { querySelector(selector: string): { textContent: string | null } | null; documentElement: { dataset: Record<string, string> } }
  MutationObserver: new (callback: () => void) => { observe(target: unknown, options: unknown): void }
  EventSource: new (url: string) => { onmessage: ((event: { data: string }) => void) | null }
}

/** How many changes of question the follow time is measured over. */
const CHANGES = 30
const GOAL_MS = 100
const CALL_BUDGET = 3

let dataDir: string
let host: RunningHost
let browser: Browser
let context: BrowserContext
let workshopId: string

beforeAll(async () => {
  buildOnce()
  dataDir = mkdtempSync(join(tmpdir(), 'common-ground-bench-live-'))
  host = await startHost(dataDir)
  const workshop = await host.call<{ id: string }>('workshops.create', { title: 'Live room bench', localArea: '', date: '2026-11-23', venue: '', facilitators: '', cycle: 1, notes: '' })
  workshopId = workshop.id
  const groups: Array<{ id: string }> = []
  for (const name of ['Carers A', 'Carers B', 'Social workers', 'Leaders']) groups.push(await host.call('groups.add', { workshopId, details: { name, roles: ['foster_carers'], headCount: 5 } }))
  const gaps: Array<{ id: string }> = []
  for (const title of ['Respite breaks', 'Out-of-hours support', 'Training on trauma', 'Peer mentoring']) {
    gaps.push(await host.call('gaps.create', { workshopId, details: { title, detail: '', links: ['KP2'], groupIds: [], sourceQuestionId: null, edie: false } }))
  }
  await host.call('rounds.open', { workshopId, gapIds: gaps.map((gap) => gap.id), settings: { method: 'dots', dotsPerGroup: 3, capPerGap: null } })
  const agenda = await host.call<{ questionIds: string[] }>('agenda.get', { workshopId })
  await host.call('agenda.setCurrent', { workshopId, questionId: agenda.questionIds[0] })
  await host.call('presenter.show', { workshopId, view: 'question' })
  browser = await launchChromium()
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
})
afterAll(async () => {
  await browser?.close()
  await host?.stop()
  rmSync(dataDir, { recursive: true, force: true })
})

/** Every API call a page makes, by name. */
function callsOf(page: Page): string[] {
  const calls: string[] = []
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname
    if (path.startsWith('/api/')) calls.push(path.slice('/api/'.length))
  })
  return calls
}

it('the presenter follows the facilitator: follow time, calls per write and an idle minute', async () => {
  // The facilitator's window: signed in from the printed address, on the Assess questions. Each
  // agenda.setCurrent's start and return are read from the browser's own resource timing (when the
  // request went and its answer's last byte came, whatever the page's script was busy with), on one
  // clock for both pages: the epoch in milliseconds.
  const facilitator = await context.newPage()
  await facilitator.addInitScript(() => (globalThis as unknown as PageGlobals).performance.setResourceTimingBufferSize(5_000))
  await facilitator.goto(host.url)
  await facilitator.waitForFunction(() => (globalThis as unknown as PageGlobals).document.documentElement.dataset.stream === 'open')
  await facilitator.goto(`${host.origin}/#/workshops/${workshopId}/assess/questions`)
  await facilitator.locator('#question-progress').waitFor()

  // The presenter window: when its question line changes (the DOM showing it), and when a bare
  // listener of its own on the same change stream hears each event.
  const presenter = await context.newPage()
  await presenter.setViewportSize({ width: 1920, height: 1080 })
  await presenter.addInitScript(() => {
    const w = globalThis as unknown as PageGlobals
    w.shown = []
    w.heard = []
    const now = () => w.performance.timeOrigin + w.performance.now()
    new w.MutationObserver(() => {
      const text = w.document.querySelector('.presenter__eyebrow')?.textContent ?? ''
      if (text && w.shown.at(-1)?.text !== text) w.shown.push({ text, at: now() })
    }).observe(w.document, { subtree: true, childList: true, characterData: true })
    const bare = new w.EventSource('/changes')
    bare.onmessage = (event) => {
      if ((JSON.parse(event.data) as { type: string }).type === 'change') w.heard.push(now())
    }
  })
  await presenter.goto(`${host.origin}/#/workshops/${workshopId}/present`)
  await presenter.locator('.presenter__eyebrow', { hasText: 'Question 1 of' }).waitFor()
  await presenter.waitForTimeout(500)
  const facilitatorCalls = callsOf(facilitator)
  const presenterCalls = callsOf(presenter)
  const reset = () => {
    facilitatorCalls.length = 0
    presenterCalls.length = 0
  }

  // Follow time over CHANGES changes of question, by the facilitator's own key presses.
  reset()
  for (let change = 1; change <= CHANGES; change += 1) {
    const forward = change <= CHANGES / 2
    await facilitator.keyboard.press(forward ? 'ArrowRight' : 'ArrowLeft')
    const target = forward ? change + 1 : CHANGES - change + 1
    await presenter.locator('.presenter__eyebrow', { hasText: new RegExp(`^Question ${target} of`) }).waitFor()
    await presenter.waitForTimeout(120)
  }
  const writes = await facilitator.evaluate(() => {
    const { performance } = globalThis as unknown as PageGlobals
    return performance
      .getEntriesByType('resource')
      .filter((entry) => entry.name.includes('/api/agenda.setCurrent'))
      .map((entry) => ({ started: performance.timeOrigin + entry.fetchStart, returned: performance.timeOrigin + entry.responseEnd }))
  })
  const { shown, heard } = await presenter.evaluate(() => {
    const w = globalThis as unknown as PageGlobals
    return { shown: w.shown, heard: w.heard }
  })
  // The last CHANGES of each: the presenter's first question line, and anything heard before the first press, come before them.
  const changes = shown.slice(-CHANGES)
  const events = heard.slice(-CHANGES)
  if (writes.length !== CHANGES || changes.length !== CHANGES || events.length !== CHANGES) throw new Error(`Expected ${CHANGES} writes, changes and events: ${writes.length}, ${changes.length}, ${events.length}`)
  const follow = writes.map((write, index) => changes[index]!.at - write.returned)
  const bare = writes.map((write, index) => events[index]! - write.started)
  const callsPerQuestion = (facilitatorCalls.length + presenterCalls.length) / CHANGES
  console.log(`presenter follow over ${CHANGES} changes: p50 ${median(follow).toFixed(1)} ms, p95 ${percentile(follow, 95).toFixed(1)} ms, max ${Math.max(...follow).toFixed(1)} ms; bare event round trip p50 ${median(bare).toFixed(1)} ms, p95 ${percentile(bare, 95).toFixed(1)} ms`)
  record({ figure: `Presenter follow, p50 of ${CHANGES} changes of question`, value: formatMs(median(follow)), baseline: `${GOAL_MS} ms goal`, ratio: median(follow) / GOAL_MS, goal: 1 })
  record({ figure: `Presenter follow, p95 of ${CHANGES} changes of question`, value: formatMs(percentile(follow, 95)), baseline: `${GOAL_MS} ms goal`, ratio: percentile(follow, 95) / GOAL_MS, goal: 1 })
  record({ figure: 'Presenter follow p50 ÷ a bare event round trip (write sent → event heard)', value: formatMs(median(follow)), baseline: `bare round trip ${formatMs(median(bare))}`, ratio: median(follow) / median(bare) })

  // API calls per write, both windows together, for the writes a room makes most.
  const perWrite: Array<[string, number]> = [['change of question', callsPerQuestion]]
  const measureWrite = async (label: string, write: () => Promise<void>) => {
    await facilitator.waitForTimeout(300)
    reset()
    await write()
    await facilitator.waitForTimeout(1_000)
    perWrite.push([label, facilitatorCalls.length + presenterCalls.length])
  }
  await facilitator.goto(`${host.origin}/#/workshops/${workshopId}/prioritise`)
  await facilitator.getByRole('radio', { name: 'Voting progress' }).waitFor()
  await measureWrite('show voting progress', async () => {
    await facilitator.getByRole('radio', { name: 'Voting progress' }).check()
    await presenter.getByRole('heading', { name: /groups have voted/ }).waitFor()
  })
  for (const [index, group] of ['Carers A', 'Carers B', 'Social workers', 'Leaders'].entries()) {
    await measureWrite(`ballot (${group})`, async () => {
      await facilitator.getByRole('button', { name: `Vote for ${group}` }).click()
      await facilitator.getByRole('form', { name: `Ballot for ${group}` }).getByLabel('Dots on Respite breaks').fill('3')
      await facilitator.getByRole('button', { name: 'Record this ballot' }).click()
      await presenter.getByRole('heading', { name: `Round 1: ${index + 1} of 4 groups have voted` }).waitFor()
    })
  }
  await measureWrite('reveal (the shared screen moves to the results)', async () => {
    await facilitator.getByRole('button', { name: 'Reveal results' }).click()
    await presenter.getByRole('heading', { name: 'Round 1 results: dot votes' }).waitFor()
  })
  await measureWrite('show the gaps board', async () => {
    await facilitator.getByRole('radio', { name: 'Gaps board' }).check()
    await presenter.getByRole('heading', { name: 'Our gaps against the Key Principles' }).waitFor()
  })
  for (const [label, calls] of perWrite) console.log(`calls across both windows after ${label}: ${calls}`)
  const worst = Math.max(...perWrite.map(([, calls]) => calls))
  const mean = perWrite.reduce((sum, [, calls]) => sum + calls, 0) / perWrite.length
  record({ figure: `API calls per write, both windows (${perWrite.length} kinds of write; worst)`, value: `${worst} calls (mean ${mean.toFixed(1)})`, baseline: `budget ${CALL_BUDGET} calls`, ratio: worst / CALL_BUDGET, goal: 1 })

  // An idle minute, really waited: nothing fetched by either window.
  await facilitator.waitForTimeout(1_000)
  reset()
  await facilitator.waitForTimeout(60_000)
  const idle = facilitatorCalls.length + presenterCalls.length
  console.log(`data calls in an idle minute, both windows: ${idle}${idle ? ` (${[...facilitatorCalls, ...presenterCalls].join(', ')})` : ''}`)
  record({ figure: 'Data calls in an idle minute, both windows', value: `${idle} calls`, baseline: 'none allowed', ratio: idle, goal: 0 })
})
