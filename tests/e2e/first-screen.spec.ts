import type { Page } from '@playwright/test'
import { callApi, expect, test } from './fixtures'

/**
 * The first screen's reads are sent by the page's first code (renderer/src/boot.ts) before React loads,
 * and the screens then find them in the cache: what the page asks for as it opens, each asked once,
 * whether it signs in from the printed address or is reloaded with its cookie, and the screen still
 * follows what changes afterwards.
 */

/** Every API call the page makes from now on, as `name input`. */
function recordCalls(page: Page): string[] {
  const calls: string[] = []
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname
    if (path.startsWith('/api/')) calls.push(`${path.slice('/api/'.length)} ${request.postData() ?? ''}`)
  })
  return calls
}

/** The page's stream open (it opens once the first screen is drawn and the page is idle), and a moment for any late read. */
async function settled(page: Page): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('data-stream', 'open')
  await page.waitForTimeout(500)
}

function expectEachOnce(calls: readonly string[]): void {
  const repeated = calls.filter((call, index) => calls.indexOf(call) !== index)
  expect(repeated, `asked more than once: ${repeated.join('; ')}`).toEqual([])
}

test('the start screen and the sample’s Prioritise board ask for each thing once as they open, signed in or reloaded, and follow changes after', async ({ page, server }) => {
  await page.goto(server.url)
  const { workshopId } = await callApi<{ workshopId: string }>(page, 'sample.create', {})

  for (const [where, list] of [
    ['start', async (opened: Page) => expect(opened.getByRole('list', { name: 'Workshops, newest first' }).getByRole('listitem').first()).toBeVisible()],
    [`workshops/${workshopId}/prioritise`, async (opened: Page) => expect(opened.locator('.map-board .board-card__handle').first()).toBeVisible()],
  ] as const) {
    // A new window from the printed address: it signs in, and the sign-in's answer says where the stream stands.
    const context = await page.context().browser()!.newContext()
    const opened = await context.newPage()
    const calls = recordCalls(opened)
    await opened.goto(`${server.url}#/${where === 'start' ? '' : where}`)
    await list(opened)
    await settled(opened)
    expectEachOnce(calls)
    expect(calls.some((call) => call.startsWith('changes.since'))).toBe(false)
    // The board's pack is asked for by the workshop, beside it, and never again by its edition.
    if (where !== 'start') expect(calls.filter((call) => call.startsWith('packs.')).map((call) => call.split(' ')[0])).toEqual(['packs.ofWorkshop'])

    // Reloaded: already signed in, it asks where the stream stands first, then the same reads, each once.
    calls.length = 0
    await opened.reload()
    await list(opened)
    await settled(opened)
    expectEachOnce(calls)
    expect(calls[0]).toMatch(/^changes\.since /)
    await context.close()
  }

  // A change made from outside the page after its first screen is shown, as before.
  await page.goto(`${server.url}#/`)
  await expect(page.locator('html')).toHaveAttribute('data-stream', 'open')
  await callApi(page, 'workshops.create', { title: 'Opened after the first screen', localArea: '', date: '2026-11-23', venue: '', facilitators: '', cycle: 1, notes: '' })
  await expect(page.getByRole('list', { name: 'Workshops, newest first' }).getByText('Opened after the first screen')).toBeVisible()
})
