import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser } from '@playwright/test'
import { afterAll, beforeAll, it } from 'vitest'
import { createHostAuth } from '../electron/host/auth'
import { startHost as startHostInProcess } from '../electron/host/server'
import { openApplication } from '../electron/services/application'
import { resourcesDir } from '../tests/fixtures/app'
import { buildOnce, launchChromium, OUT, root, startHost, type RunningHost } from './browser'
import { median } from './measure'
import { formatMs, recordRatio } from './table'

/**
 * Loads of each page, alternating app and baseline. Each load's time here swings by a factor of two
 * (the two cores are shared by the browser, its compile threads and the host); with 9 loads the
 * medians' ratio moved by ±15% between runs, so a goal met in one run said little about the next.
 */
const RUNS = 15

let dataDir: string
let host: RunningHost
let minimal: { url: string; close: () => Promise<void> }
let closeMinimalApp: () => void
let browser: Browser
let sampleId: string

beforeAll(async () => {
  buildOnce()
  // The baseline: a minimal React page built as the renderer is, served by the same host code. In
  // production mode, as the renderer's build is: Vitest's NODE_ENV=test would give it React's development build.
  execFileSync('npx', ['vite', 'build', '--config', 'bench/minimal/vite.config.ts'], { cwd: root, stdio: 'ignore', env: { ...process.env, NODE_ENV: 'production' } })
  const minimalData = mkdtempSync(join(tmpdir(), 'common-ground-bench-minimal-'))
  const minimalApp = openApplication({ dataDir: minimalData, resourcesDir })
  minimal = await startHostInProcess({ handlers: minimalApp.handlers, rendererDir: join(root, OUT, 'minimal'), auth: createHostAuth('bench-token-0123456789abcdef'), log: () => undefined })
  closeMinimalApp = () => {
    minimalApp.close()
    rmSync(minimalData, { recursive: true, force: true })
  }
  dataDir = mkdtempSync(join(tmpdir(), 'common-ground-bench-'))
  host = await startHost(dataDir)
  sampleId = (await host.call<{ workshopId: string }>('sample.create', {})).workshopId
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
  await host?.stop()
  await minimal?.close()
  closeMinimalApp?.()
  rmSync(dataDir, { recursive: true, force: true })
})

/** What the page's probe logs once the screen is shown, before the time it was shown at. */
const SHOWN = 'first-screen-bench: shown at '

/**
 * Milliseconds from navigation to the frame that first shows `selector`, and the main thread free after
 * it (a task queued from that frame has run): in a fresh browser context each time, so nothing is cached.
 * The page's probe says so in a console message rather than being polled with page.waitForFunction:
 * that would have Playwright parse and run its own script on the page's main thread while it loads.
 */
async function timeToShown(url: string, selector: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } })
  try {
    const page = await context.newPage()
    await page.addInitScript(
      ([wanted, said]: [string, string]) => {
        // The bench's own tsconfig has no DOM types: what this script uses of the page, spelled out.
        interface Observer {
          observe: (target: unknown, options: { childList: boolean; subtree: boolean }) => void
          disconnect: () => void
        }
        const w = globalThis as unknown as {
          document: { querySelector: (selector: string) => unknown }
          MutationObserver: new (callback: () => void) => Observer
          requestAnimationFrame: (tick: () => void) => number
          performance: { now: () => number }
          console: { debug: (message: string) => void }
        }
        const look = () => {
          if (w.document.querySelector(wanted) === null) return false
          w.requestAnimationFrame(() => setTimeout(() => w.console.debug(`${said}${w.performance.now()}`), 0))
          return true
        }
        const observer = new w.MutationObserver(() => {
          if (look()) observer.disconnect()
        })
        observer.observe(w.document, { childList: true, subtree: true })
      },
      [selector, SHOWN] as [string, string],
    )
    const shown = page.waitForEvent('console', { predicate: (message) => message.text().startsWith(SHOWN) })
    await page.goto(url)
    return Number((await shown).text().slice(SHOWN.length))
  } finally {
    await context.close()
  }
}

async function firstScreen(figure: string, url: string, selector: string): Promise<void> {
  const baselineUrl = `${minimal.url}`
  await timeToShown(baselineUrl, '#root li')
  await timeToShown(url, selector)
  const app: number[] = []
  const baseline: number[] = []
  for (let run = 0; run < RUNS; run += 1) {
    baseline.push(await timeToShown(baselineUrl, '#root li'))
    app.push(await timeToShown(url, selector))
  }
  console.log(`${figure}: median ${formatMs(median(app))} (${app.map((t) => t.toFixed(0)).join(', ')}); minimal React page median ${formatMs(median(baseline))} (${baseline.map((t) => t.toFixed(0)).join(', ')})`)
  recordRatio(figure, median(app), 'minimal React page', median(baseline), 1.5)
}

it('First screen: from navigation to the start screen’s list, against a minimal React page', () =>
  firstScreen('First screen: start screen’s list, median', host.url, 'ul[aria-label="Workshops, newest first"] li'))

it('First screen: from navigation to the sample workshop’s Prioritise board ready to drag, against a minimal React page', () =>
  firstScreen('First screen: sample’s Prioritise board ready, median', `${host.url}#/workshops/${sampleId}/prioritise`, '.map-board .board-card__handle'))
