import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser } from '@playwright/test'
import { afterAll, beforeAll, it } from 'vitest'
import { buildOnce, launchChromium, seedGapWorkshop, startHost, type RunningHost } from './browser'
import { median } from './measure'
import { record } from './table'

const GAPS = 300
const RUNS = 3

let dataDir: string
let browser: Browser
const workshops: { empty: string; full: string } = { empty: '', full: '' }

beforeAll(async () => {
  buildOnce()
  dataDir = mkdtempSync(join(tmpdir(), 'common-ground-bench-'))
  const seeding = await startHost(dataDir)
  workshops.empty = await seedGapWorkshop(seeding, 0, 'Memory bench, empty')
  workshops.full = await seedGapWorkshop(seeding, GAPS, `Memory bench, ${GAPS} gaps`)
  await seeding.stop()
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
  rmSync(dataDir, { recursive: true, force: true })
})

/**
 * A fresh host on the same library and a fresh page open on the workshop's Prioritise step: the host's
 * resident memory and the page's JS heap once both have settled (the page's garbage collected first).
 */
async function measureOpen(workshopId: string, ready: string): Promise<{ rss: number; heap: number }> {
  const host: RunningHost = await startHost(dataDir)
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } })
  try {
    await page.goto(`${host.url}#/workshops/${workshopId}/prioritise`)
    await page.locator(ready).first().waitFor()
    await page.waitForTimeout(500)
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('HeapProfiler.collectGarbage')
    const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }
    return { rss: host.rss(), heap: usedSize }
  } finally {
    await page.close()
    await host.stop()
  }
}

it(`Memory with a ${GAPS}-gap workshop open on the board, beside an empty workshop`, async () => {
  const empty: Array<{ rss: number; heap: number }> = []
  const full: Array<{ rss: number; heap: number }> = []
  for (let run = 0; run < RUNS; run += 1) {
    empty.push(await measureOpen(workshops.empty, 'h2:text("Prioritise")'))
    full.push(await measureOpen(workshops.full, '.map-board .board-card__handle'))
  }
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`
  for (const [what, key] of [['host resident memory', 'rss'], ['page JS heap', 'heap']] as const) {
    const withGaps = median(full.map((sample) => sample[key]))
    const without = median(empty.map((sample) => sample[key]))
    console.log(`Memory, ${what}: ${GAPS} gaps on the board ${mb(withGaps)}, empty workshop ${mb(without)}`)
    record({ figure: `Memory, ${what}, ${GAPS}-gap board open (median of ${RUNS})`, value: mb(withGaps), baseline: `empty workshop ${mb(without)}`, ratio: withGaps / without })
  }
})
