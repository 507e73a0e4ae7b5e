import type { Page } from '@playwright/test'
import { callApi, expect, test } from './fixtures'

/**
 * The first screen's reads are sent by the page's first code (renderer/src/boot/run.ts, inside index.html) before React loads,
 * with its opening request to /session, and the screens then find them in the cache: what the page asks
 * for as it opens, each asked once, whether it signs in from the printed address or is reloaded with its
 * cookie, and the screen still follows what changes afterwards.
 */

/** Every read the page asks for from now on, as `name input`: its API calls, and the reads its opening carries (marked `/session`). */
function recordCalls(page: Page): string[] {
  const calls: string[] = []
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname
    if (path.startsWith('/api/')) calls.push(`${path.slice('/api/'.length)} ${request.postData() ?? ''}`)
    if (path === '/session') {
      calls.push('/session')
      const { reads = [] } = request.postDataJSON() as { reads?: Array<{ name: string; input: unknown }> }
      for (const { name, input } of reads) calls.push(`${name} ${JSON.stringify(input)}`)
    }
  })
  return calls
}

/** The page's stream open (it opens once the first screen is drawn and the page is idle), and a moment for any late read. */
async function settled(page: Page): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('data-stream', 'open')
  await page.waitForTimeout(500)
}

/**
 * Whether the page showed “Loading…” before `selector` appeared: a screen whose code or answers were not
 * in when it was first drawn (and React then holds the real screen back for about 300 ms).
 */
async function watchForLoading(page: Page, selector: string): Promise<() => Promise<boolean>> {
  await page.addInitScript((wanted: string) => {
    const w = globalThis as unknown as { loadingFirst?: boolean; document: Document; MutationObserver: typeof MutationObserver }
    const observer = new w.MutationObserver(() => {
      if (w.document.querySelector(wanted)) return observer.disconnect()
      if ([...w.document.querySelectorAll('#root p')].some((p) => p.textContent?.startsWith('Loading'))) w.loadingFirst = true
    })
    observer.observe(w.document, { childList: true, subtree: true })
  }, selector)
  return () => page.evaluate(() => (globalThis as unknown as { loadingFirst?: boolean }).loadingFirst === true)
}

/**
 * Whether the page's first code ran inside the page as it was parsed (the build puts it there, allowed
 * by its hash), and every inline script the page's security policy refused: none is expected. (zod's
 * own probe for eval is refused too, as it should be, and zod then parses without it.)
 */
async function watchFirstCode(page: Page): Promise<() => Promise<{ ranInPage: boolean; refused: string[] }>> {
  await page.addInitScript(() => {
    const w = globalThis as unknown as { refused: string[]; document: Document }
    w.refused = []
    w.document.addEventListener('securitypolicyviolation', (event) => event.blockedURI === 'inline' && w.refused.push(`${event.violatedDirective} ${event.sample}`))
  })
  return () => page.evaluate(() => {
    const w = globalThis as unknown as { refused: string[]; commonGroundBoot?: unknown }
    return { ranInPage: w.commonGroundBoot !== undefined, refused: w.refused }
  })
}

function expectEachOnce(calls: readonly string[]): void {
  const repeated = calls.filter((call, index) => calls.indexOf(call) !== index)
  expect(repeated, `asked more than once: ${repeated.join('; ')}`).toEqual([])
}

test('the start screen and the sample’s Prioritise board ask for each thing once as they open, signed in or reloaded, and follow changes after', async ({ page, server }) => {
  await page.goto(server.url)
  const { workshopId } = await callApi<{ workshopId: string }>(page, 'sample.create', {})

  for (const [where, shown] of [
    ['start', 'ul[aria-label="Workshops, newest first"] li'],
    [`workshops/${workshopId}/prioritise`, '.map-board .board-card__handle'],
  ] as const) {
    const list = (opened: Page) => expect(opened.locator(shown).first()).toBeVisible()
    // A new window from the printed address: it signs in, and the sign-in's answer says where the stream stands.
    const context = await page.context().browser()!.newContext()
    const opened = await context.newPage()
    const calls = recordCalls(opened)
    const loadingFirst = await watchForLoading(opened, shown)
    const firstCode = await watchFirstCode(opened)
    await opened.goto(`${server.url}#/${where === 'start' ? '' : where}`)
    await list(opened)
    // Its first code ran inside the page itself, as the page was parsed, and the policy refused nothing.
    expect(await firstCode()).toEqual({ ranInPage: true, refused: [] })
    // Drawn at once with its code and data: no “Loading…” before it.
    expect(await loadingFirst(), `“Loading…” shown before ${shown}`).toBe(false)
    await settled(opened)
    expectEachOnce(calls)
    // Its opening goes first and carries the reads; its answer says where the stream stands, so nothing asks.
    expect(calls[0]).toBe('/session')
    expect(calls.length).toBeGreaterThan(3)
    expect(calls.some((call) => call.startsWith('changes.since'))).toBe(false)
    // The board's pack is asked for by the workshop, beside it, and never again by its edition.
    if (where !== 'start') expect(calls.filter((call) => call.startsWith('packs.')).map((call) => call.split(' ')[0])).toEqual(['packs.ofWorkshop'])
    // So are the revealed round's results: by the workshop, with the opening, and never on their own.
    if (where !== 'start') {
      expect(calls).toContain(`rounds.latestResults ${JSON.stringify({ workshopId })}`)
      expect(calls.filter((call) => call.startsWith('rounds.results'))).toEqual([])
    }
    const signedIn = [...calls]

    // Reloaded: already signed in (its cookie), it opens with the same reads, each once.
    calls.length = 0
    await opened.reload()
    await list(opened)
    expect(await firstCode()).toEqual({ ranInPage: true, refused: [] })
    expect(await loadingFirst(), `“Loading…” shown before ${shown} after a reload`).toBe(false)
    await settled(opened)
    expectEachOnce(calls)
    expect([...calls].sort()).toEqual([...signedIn].sort())
    await context.close()
  }

  // A change made from outside the page after its first screen is shown, as before.
  await page.goto(`${server.url}#/`)
  await expect(page.locator('html')).toHaveAttribute('data-stream', 'open')
  await callApi(page, 'workshops.create', { title: 'Opened after the first screen', localArea: '', date: '2026-11-23', venue: '', facilitators: '', cycle: 1, notes: '' })
  await expect(page.getByRole('list', { name: 'Workshops, newest first' }).getByText('Opened after the first screen')).toBeVisible()
})
