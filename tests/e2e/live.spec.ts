import { execFileSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { expect, expectAccessible, test } from './fixtures'
import { api, seedWorkshop } from './voting-helpers'

/**
 * The live room: the shared screen follows the facilitator through the change stream (no polling),
 * shows the newest result by itself, fits the projector at every size, and never goes blank.
 */
const SHOTS = '/tmp/live-shots'
mkdirSync(SHOTS, { recursive: true })

/** The presenter window, as "Open presenter window" opens it: a tab of the same browser, at the presenter's address. */
async function openPresenter(page: Page, workshopId: string, size = { width: 1920, height: 1080 }): Promise<Page> {
  const presenter = await page.context().newPage()
  await presenter.setViewportSize(size)
  await presenter.goto(`${new URL(page.url()).origin}/#/workshops/${workshopId}/present`)
  await expect(presenter.locator('html')).toHaveAttribute('data-stream', 'open')
  return presenter
}

/** Every call to the API either window makes from now on. */
function countCalls(...pages: Page[]): { calls: string[]; since: (mark: number) => string[] } {
  const calls: string[] = []
  for (const page of pages) {
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname
      if (path.startsWith('/api/')) calls.push(path.slice('/api/'.length))
    })
  }
  return { calls, since: (mark) => calls.slice(mark) }
}

/** Whatever follows a write (in either window) has happened: a quiet second after what was awaited. */
const settle = (page: Page) => page.waitForTimeout(1_000)

/** The page fits its window: no scrolling either way, and the shared screen's stage holds all it draws. */
async function expectFits(presenter: Page, label: string): Promise<void> {
  const measured = await presenter.evaluate(() => {
    const root = document.scrollingElement!
    const stage = document.querySelector<HTMLElement>('.presenter-stage')!.getBoundingClientRect()
    const content = document.querySelector<HTMLElement>('.presenter__content')!.getBoundingClientRect()
    return {
      scrollHeight: root.scrollHeight,
      scrollWidth: root.scrollWidth,
      height: window.innerHeight,
      width: window.innerWidth,
      contentBottom: content.bottom,
      contentRight: content.right,
      stageBottom: stage.bottom,
      stageRight: stage.right,
    }
  })
  expect(measured.scrollHeight, `${label}: the page's own scroll height`).toBeLessThanOrEqual(measured.height)
  expect(measured.scrollWidth, `${label}: the page's own scroll width`).toBeLessThanOrEqual(measured.width)
  expect(measured.contentBottom, `${label}: what the page draws ends inside the stage`).toBeLessThanOrEqual(measured.stageBottom + 0.5)
  expect(measured.contentRight, `${label}: nothing runs off the side`).toBeLessThanOrEqual(measured.stageRight + 0.5)
}

test('the shared screen follows next and previous question at once, saying which question of how many and its section', async ({ page, server }) => {
  await page.goto(server.url)
  const { workshopId } = await seedWorkshop(page)
  const agenda = await api<{ questionIds: string[] }>(page, 'agenda.get', { workshopId })
  await api(page, 'presenter.show', { workshopId, view: 'question' })
  await page.goto(`${new URL(server.url).origin}/#/workshops/${workshopId}/assess/questions`)
  // The step is loaded on demand: its keys work once the question is there.
  await page.locator('#question-progress').waitFor()
  const presenter = await openPresenter(page, workshopId)
  const eyebrow = presenter.locator('.presenter__eyebrow')
  const count = agenda.questionIds.length
  await expect(eyebrow).toHaveText(new RegExp(`^Question 1 of ${count} · `))
  const first = await presenter.getByRole('heading', { level: 1 }).textContent()

  const { since, calls } = countCalls(page, presenter)
  await page.keyboard.press('ArrowRight')
  await expect(eyebrow).toHaveText(new RegExp(`^Question 2 of ${count} · `))
  await expect(presenter.getByRole('heading', { level: 1 })).not.toHaveText(first!)
  await page.keyboard.press('ArrowRight')
  await expect(eyebrow).toHaveText(new RegExp(`^Question 3 of ${count} · `))
  await page.keyboard.press('ArrowLeft')
  await expect(eyebrow).toHaveText(new RegExp(`^Question 2 of ${count} · `))
  await page.keyboard.press('ArrowLeft')
  await expect(eyebrow).toHaveText(new RegExp(`^Question 1 of ${count} · `))
  await expect(presenter.getByRole('heading', { level: 1 })).toHaveText(first!)
  await settle(page)
  // Each press: the facilitator's save and the presenter's one read of the agenda.
  expect(since(0).filter((name) => name === 'agenda.setCurrent')).toHaveLength(4)
  expect(calls.length).toBeLessThanOrEqual(4 * 2)
  await expectAccessible(presenter, 'the shared screen’s question')
})

test('a reveal shows that round’s results by itself, round 1 and then round 2 while it shows results; a pinned view stays; voting progress says Results revealed', async ({ page, server }) => {
  await page.setViewportSize({ width: 1920, height: 1080 })
  await page.goto(server.url)
  const { workshopId, groups, gaps } = await seedWorkshop(page)
  const dots = (roundId: string, dotsByGap: number[][]) =>
    Promise.all(
      groups.map((group, index) =>
        api(page, 'ballots.cast', { roundId, groupId: group.id, ballot: { method: 'dots', dots: Object.fromEntries(dotsByGap[index]!.map((count, gap) => [gaps[gap]!.id, count]).filter(([, count]) => count)) } }),
      ),
    )
  const first = await api<{ id: string }>(page, 'rounds.open', { workshopId, gapIds: gaps.map((gap) => gap.id), settings: { method: 'dots', dotsPerGroup: 3, capPerGap: null } })
  await dots(first.id, [[3, 0, 0, 0], [2, 1, 0, 0], [0, 0, 3, 0], [1, 1, 1, 0]])
  await page.goto(`${new URL(server.url).origin}/#/workshops/${workshopId}/prioritise`)
  const presenter = await openPresenter(page, workshopId)
  await page.getByRole('radio', { name: 'Voting progress' }).check()
  await expect(presenter.getByRole('heading', { name: 'Round 1: 4 of 4 groups have voted' })).toBeVisible()

  // Revealed from the facilitator's window: the shared screen moves to the results by itself.
  const { since } = countCalls(page, presenter)
  await page.getByRole('button', { name: 'Reveal results' }).click()
  await expect(presenter.getByRole('heading', { name: 'Round 1 results: dot votes' })).toBeVisible()
  await expect(page.getByRole('radio', { name: 'Revealed results' })).toBeChecked()
  await settle(page)
  // The reveal answers with its results and the shared screen's state: the presenter reads two things.
  expect(since(0).length, `calls after one reveal: ${since(0).join(', ')}`).toBeLessThanOrEqual(3)

  // Round 2, revealed while the shared screen shows round 1's results: round 2 appears by itself.
  await page.getByRole('button', { name: 'Open round', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Round 2: dot votes (open)' })).toBeVisible()
  const second = (await api<Array<{ id: string }>>(page, 'rounds.list', { workshopId })).at(-1)!
  await dots(second.id, [[0, 3, 0, 0], [0, 2, 1, 0], [0, 1, 2, 0], [0, 1, 1, 1]])
  await expect(presenter.getByRole('heading', { name: 'Round 1 results: dot votes' })).toBeVisible()
  await page.getByRole('button', { name: 'Reveal results' }).click()
  await expect(presenter.getByRole('heading', { name: 'Round 2 results: dot votes' })).toBeVisible()
  await expect(presenter.locator('.results-chart__headline')).toHaveText(/^1 Out-of-hours support · /)

  // Voting progress of a revealed round says so.
  await page.getByRole('radio', { name: 'Voting progress' }).check()
  await expect(presenter.getByRole('heading', { name: 'Round 2: results revealed' })).toBeVisible()
  await expect(presenter.getByText('Results revealed.', { exact: true })).toBeVisible()
  await expect(presenter.getByText(/stay hidden until the results are revealed/)).toHaveCount(0)

  // Pinned: a third reveal leaves the shared screen where the facilitator put it.
  await page.getByRole('radio', { name: 'Agreed priorities' }).check()
  await page.getByLabel('Keep this view when a round is revealed').check()
  await expect(presenter.getByRole('heading', { name: 'Our agreed priorities' })).toBeVisible()
  await page.getByRole('button', { name: 'Open round', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Round 3: dot votes (open)' })).toBeVisible()
  await page.getByRole('button', { name: 'Reveal results' }).click()
  await expect(page.getByRole('heading', { name: 'Round 3: dot votes (closed, results revealed)' })).toBeVisible()
  await settle(page)
  await expect(presenter.getByRole('heading', { name: 'Our agreed priorities' })).toBeVisible()
  await expect(page.getByRole('radio', { name: 'Agreed priorities' })).toBeChecked()
})

test('every shared-screen view of the sample workshop fits 1920×1080 and 1280×720 without scrolling, paged where long and turned from the laptop', async ({ page, server }) => {
  test.setTimeout(180_000)
  await page.setViewportSize({ width: 1280, height: 900 })
  await page.goto(server.url)
  const { workshopId } = await api<{ workshopId: string }>(page, 'sample.create', {})
  const rounds = await api<Array<{ id: string; number: number; method: string }>>(page, 'rounds.list', { workshopId })
  const agenda = await api<{ questionIds: string[] }>(page, 'agenda.get', { workshopId })
  if (agenda.questionIds[0]) await api(page, 'agenda.setCurrent', { workshopId, questionId: agenda.questionIds[0] })
  await page.goto(`${new URL(server.url).origin}/#/workshops/${workshopId}/prioritise`)
  const presenter = await openPresenter(page, workshopId)
  const controls = page.getByRole('region', { name: 'Shared screen' })
  const pageLine = controls.locator('.presenter-controls__page')

  const views: Array<{ name: string; radio: string; round?: { id: string; number: number } }> = [
    { name: 'title', radio: 'Workshop title' },
    { name: 'question', radio: 'Current question' },
    { name: 'board-kp', radio: 'Gaps board' },
    ...rounds.flatMap((round) => [
      { name: `voting-round-${round.number}`, radio: 'Voting progress', round },
      { name: `results-round-${round.number}`, radio: 'Revealed results', round },
    ]),
    { name: 'priorities', radio: 'Agreed priorities' },
    { name: 'timer', radio: 'Timer' },
  ]
  let paged = 0
  for (const view of views) {
    if (view.round) await page.getByRole('navigation', { name: 'Voting rounds' }).getByRole('button', { name: new RegExp(`^Round ${view.round.number}:`) }).click()
    await page.getByRole('radio', { name: view.radio }).check()
    await expect(presenter.locator('main.presenter')).toHaveAttribute('data-view', view.name.split('-')[0] === 'board' ? 'board' : view.name.replace(/-.*/, '') === 'title' ? 'welcome' : view.name.replace(/-.*/, ''))
    await expect(presenter.locator('.presenter__quiet', { hasText: /^Loading|^Connecting/ })).toHaveCount(0)
    const [, shown, total] = /page (\d+) of (\d+)/.exec((await pageLine.textContent()) ?? '')!.map(Number)
    expect(shown).toBe(1)
    if (total! > 1) paged += 1
    for (let at = 1; at <= total!; at += 1) {
      if (at > 1) {
        // Turned from the laptop: by the button, or by Page Down inside the shared-screen panel.
        if (at % 2 === 0) await controls.getByRole('button', { name: 'Next page' }).click()
        else {
          await controls.getByRole('button', { name: 'Previous page' }).focus()
          await page.keyboard.press('PageDown')
        }
        await expect(pageLine).toHaveText(`Shared screen: page ${at} of ${total}`)
      }
      if (total! > 1) await expect(presenter.locator('.presenter__page')).toHaveText(`${at} of ${total}`)
      else await expect(presenter.locator('.presenter__page')).toHaveCount(0)
      for (const size of [{ width: 1920, height: 1080 }, { width: 1280, height: 720 }]) {
        await presenter.setViewportSize(size)
        await expectFits(presenter, `${view.name} page ${at} at ${size.width}×${size.height}`)
        await presenter.screenshot({ path: `${SHOTS}/${view.name}-page${at}-${size.width}.png` })
      }
    }
    if (total! > 1) {
      await controls.getByRole('button', { name: 'Previous page' }).focus()
      await page.keyboard.press('PageUp')
      await expect(pageLine).toHaveText(`Shared screen: page ${total! - 1} of ${total}`)
    }
  }
  await expectAccessible(presenter, 'the shared screen')
  // The Recommendations board too.
  await page.getByRole('region', { name: 'Map the gaps' }).getByRole('radio', { name: 'Recommendations' }).check()
  await page.getByRole('radio', { name: 'Gaps board' }).check()
  await expect(presenter.getByRole('heading', { name: 'Our gaps against the Recommendations' })).toBeVisible()
  for (const size of [{ width: 1920, height: 1080 }, { width: 1280, height: 720 }]) {
    await presenter.setViewportSize(size)
    await expectFits(presenter, `board-r at ${size.width}×${size.height}`)
    await presenter.screenshot({ path: `${SHOTS}/board-r-page1-${size.width}.png` })
  }
  test.info().annotations.push({ type: 'paged views', description: String(paged) })
})

test('a long results list is paged "1 of 2" at both sizes, and the shared screen moves with the facilitator’s page', async ({ page, server }) => {
  await page.goto(server.url)
  const { workshopId, groups } = await seedWorkshop(page)
  const titles = Array.from({ length: 14 }, (_, index) => `Gap ${index + 1}: ${'a long name for what the room needs, '.repeat(index % 3)}`.trim())
  const gaps: Array<{ id: string }> = []
  for (const title of titles) gaps.push(await api(page, 'gaps.create', { workshopId, details: { title, detail: '', links: [], groupIds: [], sourceQuestionId: null, edie: false } }))
  const round = await api<{ id: string }>(page, 'rounds.open', { workshopId, gapIds: gaps.map((gap) => gap.id), settings: { method: 'points' } })
  for (const [index, group] of groups.entries()) {
    await api(page, 'ballots.cast', { roundId: round.id, groupId: group.id, ballot: { method: 'points', points: { [gaps[index]!.id]: 60, [gaps[index + 4]!.id]: 30, [gaps[13 - index]!.id]: 10 } } })
  }
  await api(page, 'rounds.reveal', { id: round.id })
  await page.goto(`${new URL(server.url).origin}/#/workshops/${workshopId}/prioritise`)
  const presenter = await openPresenter(page, workshopId, { width: 1280, height: 720 })
  await expect(presenter.getByRole('heading', { name: /^Round 1 results/ })).toBeVisible()
  await expect(presenter.locator('.presenter__page')).toHaveText(/^1 of [2-9]$/)
  const rows = presenter.locator('.results-chart__row')
  const firstPage = await rows.count()
  await expectFits(presenter, 'long results, page 1 at 1280×720')
  await presenter.screenshot({ path: `${SHOTS}/long-results-page1-1280.png` })
  await page.getByRole('region', { name: 'Shared screen' }).getByRole('button', { name: 'Next page' }).click()
  await expect(presenter.locator('.presenter__page')).toHaveText(/^2 of /)
  await expectFits(presenter, 'long results, page 2 at 1280×720')
  await presenter.setViewportSize({ width: 1920, height: 1080 })
  await expectFits(presenter, 'long results, page 2 at 1920×1080')
  await presenter.screenshot({ path: `${SHOTS}/long-results-page2-1920.png` })
  expect(firstPage + (await rows.count())).toBeLessThanOrEqual(titles.length)
  // Page Down on the shared screen itself (a presentation remote) turns it too, and the laptop follows.
  await presenter.keyboard.press('PageUp')
  await expect(page.getByRole('region', { name: 'Shared screen' }).locator('.presenter-controls__page')).toHaveText(/^Shared screen: page 1 of /)
})

test('a screen that cannot draw what it was sent shows a calm panel, not a blank page, and comes back with its button', async ({ page, server }) => {
  await page.setViewportSize({ width: 1280, height: 900 })
  await page.goto(server.url)
  const { workshopId } = await api<{ workshopId: string }>(page, 'sample.create', {})
  // An answer that is not what the contract promises, as a broken update might send.
  await page.context().route('**/api/rounds.list', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ ok: true, value: [{ id: 'not a round' }] }) }))
  await page.goto(`${new URL(server.url).origin}/#/workshops/${workshopId}/prioritise`)
  const problem = page.getByRole('alert').filter({ hasText: 'This screen hit a problem. Your work is saved.' })
  await expect(problem).toBeVisible()
  // The rest of the page is still there: the workshop's heading and its steps.
  await expect(page.getByRole('navigation', { name: 'Workshop steps' })).toBeVisible()
  await expectAccessible(page, 'the recovery panel')
  await page.screenshot({ path: `${SHOTS}/recovery-panel-step-1280.png` })
  await page.context().unroute('**/api/rounds.list')
  await page.getByRole('button', { name: 'Reload this step' }).click()
  await expect(problem).toHaveCount(0)
  await expect(page.getByRole('heading', { name: 'Prioritise' })).toBeVisible()

  // The shared screen too.
  await page.context().route('**/api/rounds.results', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ ok: true, value: { round: null } }) }))
  const rounds = await api<Array<{ id: string }>>(page, 'rounds.list', { workshopId })
  await api(page, 'presenter.show', { workshopId, view: 'results', roundId: rounds[0]!.id })
  const presenter = await openPresenter(page, workshopId)
  const shared = presenter.getByRole('alert').filter({ hasText: 'This screen hit a problem. Your work is saved.' })
  await expect(shared).toBeVisible()
  await presenter.screenshot({ path: `${SHOTS}/recovery-panel-presenter-1920.png` })
  await page.context().unroute('**/api/rounds.results')
  await presenter.getByRole('button', { name: 'Reload the shared screen' }).click()
  await expect(presenter.getByRole('heading', { name: /^Round 1 results/ })).toBeVisible()
})

test('the change stream resumes after a reload and after a dropped connection, catching up on what it missed', async ({ page, server }) => {
  await page.goto(server.url)
  const { workshopId } = await seedWorkshop(page)
  await page.goto(`${new URL(server.url).origin}/#/workshops/${workshopId}/prioritise`)
  const presenter = await openPresenter(page, workshopId)
  await page.getByRole('radio', { name: 'Gaps board' }).check()
  await expect(presenter.getByRole('heading', { name: 'Our gaps against the Key Principles' })).toBeVisible()

  await presenter.reload()
  await expect(presenter.locator('html')).toHaveAttribute('data-stream', 'open')
  await page.getByRole('radio', { name: 'Timer' }).check()
  await expect(presenter.getByRole('timer')).toBeVisible()

  // Drop every connection to the host (as a sleeping laptop or a lost socket would), and write while it is down.
  execFileSync('ss', ['-K', 'dst', '127.0.0.1', 'dport', '=', `:${new URL(server.url).port}`])
  await api(page, 'presenter.show', { workshopId, view: 'priorities' })
  // EventSource reconnects by itself with the last id it saw, and is sent the change it missed.
  await expect(presenter.getByRole('heading', { name: 'Our agreed priorities' })).toBeVisible()
  await expect(presenter.locator('html')).toHaveAttribute('data-stream', 'open')
  await page.getByRole('radio', { name: 'Workshop title' }).check()
  await expect(presenter.getByRole('heading', { name: 'Northvale carers’ forum' })).toBeVisible()
})

test('a window that cannot hold the stream falls back to the revision check: it still follows, and fetches nothing while nothing changes', async ({ page, server }) => {
  await page.goto(server.url)
  const { workshopId } = await seedWorkshop(page)
  const agenda = await api<{ questionIds: string[] }>(page, 'agenda.get', { workshopId })
  await api(page, 'agenda.setCurrent', { workshopId, questionId: agenda.questionIds[0] })
  await api(page, 'presenter.show', { workshopId, view: 'question' })
  await page.goto(`${new URL(server.url).origin}/#/workshops/${workshopId}/prioritise`)
  // The presenter's event stream refused, as a proxy that will not pass one might: it asks changes.since instead.
  const presenter = await page.context().newPage()
  await presenter.route((url) => url.pathname === '/changes', (route) => route.fulfill({ status: 503, contentType: 'text/plain', body: 'No streams here.' }))
  const { since } = countCalls(presenter)
  await presenter.setViewportSize({ width: 1920, height: 1080 })
  await presenter.goto(`${new URL(server.url).origin}/#/workshops/${workshopId}/present`)
  await expect(presenter.locator('html')).toHaveAttribute('data-stream', 'checking')
  await expect(presenter.locator('.presenter__eyebrow')).toHaveText(/^Question 1 of /)

  // It follows the facilitator: the shared screen's new state comes in the check's answer, so nothing else is asked.
  await settle(presenter)
  let mark = since(0).length
  await page.getByRole('radio', { name: 'Timer' }).check()
  await expect(presenter.getByRole('timer')).toBeVisible()
  await page.getByRole('radio', { name: 'Current question' }).check()
  await expect(presenter.locator('.presenter__eyebrow')).toHaveText(/^Question 1 of /)
  expect(since(mark).filter((name) => name !== 'changes.since'), 'what the presenter asked besides the check').toEqual([])

  // Nothing changing: the check is all it asks, and its answers are empty, so it fetches no data.
  await settle(presenter)
  mark = since(0).length
  const answers: Array<{ events: unknown[] }> = []
  presenter.on('response', (response) => void (response.url().endsWith('/api/changes.since') && response.json().then((body: { value: { events: unknown[] } }) => answers.push(body.value))))
  await presenter.waitForTimeout(10_000)
  expect(since(mark).length, 'revision checks in ten quiet seconds').toBeGreaterThanOrEqual(2)
  expect(new Set(since(mark)), 'calls in ten quiet seconds').toEqual(new Set(['changes.since']))
  expect(answers.every((answer) => answer.events.length === 0), 'the checks’ answers').toBe(true)
  await expect(presenter.locator('html')).toHaveAttribute('data-stream', 'checking')

  // A change to the data it shows is read once, after the check names it.
  mark = since(0).length
  await page.goto(`${new URL(server.url).origin}/#/workshops/${workshopId}/assess/questions`)
  await page.locator('#question-progress').waitFor()
  await page.keyboard.press('ArrowRight')
  await expect(presenter.locator('.presenter__eyebrow')).toHaveText(/^Question 2 of /)
  await settle(presenter)
  expect(since(mark).filter((name) => name !== 'changes.since')).toEqual(['agenda.get'])
})

test('one write costs at most three calls across both windows, and an idle minute fetches nothing', async ({ page, server }) => {
  test.setTimeout(150_000)
  await page.goto(server.url)
  const { workshopId, gaps } = await seedWorkshop(page)
  await api(page, 'rounds.open', { workshopId, gapIds: gaps.map((gap) => gap.id), settings: { method: 'dots', dotsPerGroup: 3, capPerGap: null } })
  await page.goto(`${new URL(server.url).origin}/#/workshops/${workshopId}/prioritise`)
  const presenter = await openPresenter(page, workshopId)
  await page.getByRole('radio', { name: 'Voting progress' }).check()
  await expect(presenter.getByRole('heading', { name: 'Round 1: 0 of 4 groups have voted' })).toBeVisible()
  await settle(page)
  const { calls, since } = countCalls(page, presenter)

  // A ballot recorded through the UI.
  let mark = calls.length
  await page.getByRole('button', { name: 'Vote for Carers A' }).click()
  await page.getByRole('form', { name: 'Ballot for Carers A' }).getByLabel('Dots on Respite breaks').fill('3')
  await page.getByRole('button', { name: 'Record this ballot' }).click()
  await expect(presenter.getByRole('heading', { name: 'Round 1: 1 of 4 groups have voted' })).toBeVisible()
  await settle(page)
  expect(since(mark), 'calls after one ballot').toContain('ballots.cast')
  expect(since(mark).length, `calls after one ballot: ${since(mark).join(', ')}`).toBeLessThanOrEqual(3)

  // Choosing what the shared screen shows.
  mark = calls.length
  await page.getByRole('radio', { name: 'Gaps board' }).check()
  await expect(presenter.getByRole('heading', { name: 'Our gaps against the Key Principles' })).toBeVisible()
  await settle(page)
  expect(since(mark).length, `calls after showing the board: ${since(mark).join(', ')}`).toBeLessThanOrEqual(3)
  // The shared screen's new state came in the change event: neither window asked for it.
  expect(since(mark)).not.toContain('presenter.get')

  // A gap moved on the map board by its menu.
  mark = calls.length
  const board = page.getByRole('region', { name: 'Map the gaps' })
  await board.getByRole('button', { name: 'Options for Respite breaks' }).click()
  const menu = page.getByRole('group', { name: 'Options for Respite breaks' })
  await menu.getByRole('button', { name: /^Link to…/ }).click()
  await menu.getByRole('button', { name: /^KP4/ }).click()
  await expect(presenter.getByRole('region', { name: /^KP4 / })).toContainText('Respite breaks')
  await settle(page)
  expect(since(mark).length, `calls after a move on the board: ${since(mark).join(', ')}`).toBeLessThanOrEqual(3)

  // An idle minute, really waited: no data fetched, no stream reopened, in either window.
  mark = calls.length
  const streams: string[] = []
  for (const window of [page, presenter]) window.on('request', (request) => request.url().includes('/changes') && streams.push(request.url()))
  await page.waitForTimeout(60_000)
  expect(since(mark), 'calls in an idle minute').toEqual([])
  expect(streams, 'change streams opened in an idle minute').toEqual([])
  await expect(presenter.locator('html')).toHaveAttribute('data-stream', 'open')
})

test('a screen outside the steps that cannot draw its answer shows the calm panel as the page, and comes back with its button', async ({ page, server }) => {
  await page.goto(server.url)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  // The start screen's list answers with something the contract does not promise: asked for on its own,
  // or with the page's opening (which carries the first screen's reads).
  const notAList = { ok: true, value: { not: 'a list' } }
  await page.context().route('**/api/workshops.list', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(notAList) }))
  await page.context().route('**/session', async (route) => {
    const response = await route.fetch()
    const opening = (await response.json()) as { value: { answers: unknown[] } }
    const { reads } = route.request().postDataJSON() as { reads: Array<{ name: string }> }
    opening.value.answers[reads.findIndex((read) => read.name === 'workshops.list')] = notAList
    await route.fulfill({ response, json: opening })
  })
  await page.reload()
  const problem = page.getByRole('alert').filter({ hasText: 'This screen hit a problem. Your work is saved.' })
  await expect(problem).toBeVisible()
  // The header stays, and the panel is the page's main content.
  await expect(page.getByRole('link', { name: 'Common Ground' })).toBeVisible()
  await expect(page.getByRole('main')).toContainText('Reloading shows this screen again')
  await expectAccessible(page, 'the start screen’s recovery panel')
  await page.context().unroute('**/api/workshops.list')
  await page.context().unroute('**/session')
  await page.getByRole('button', { name: 'Reload this screen' }).click()
  await expect(problem).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Try the sample workshop' })).toBeVisible()
})
