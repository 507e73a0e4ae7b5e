import type { Locator, Page } from '@playwright/test'
import { expect, expectAccessible, test } from './fixtures'
import { settle } from './board-helpers'
import { findClippedText } from './layout-helpers'
import { api, seedWorkshop } from './voting-helpers'

const SHOTS = '/tmp/vote-shots'

async function placeDots(page: Page, group: string, dots: Record<string, number>) {
  await page.getByRole('button', { name: `Vote for ${group}` }).click()
  const ballot = page.getByRole('form', { name: `Ballot for ${group}` })
  for (const [gap, count] of Object.entries(dots)) {
    for (let i = 0; i < count; i += 1) await ballot.getByRole('button', { name: `One more dot on ${gap}` }).click()
  }
  await ballot.getByRole('button', { name: 'Record this ballot' }).click()
  await expect(page.getByText(`Ballot recorded for ${group}.`)).toBeVisible()
}

test('a dot round for four groups: hidden until revealed, the presenter tab mirrors the reveal', async ({ page, server }) => {
  await page.setViewportSize({ width: 1920, height: 1080 })
  await page.goto(server.url)
  const { workshopId } = await seedWorkshop(page)
  await page.goto(`${new URL(server.url).origin}/#/workshops/${workshopId}/prioritise`)
  await expect(page.getByRole('heading', { name: 'Open a voting round' })).toBeVisible()

  await page.getByRole('button', { name: 'Open round', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Round 1: dot votes (open)' })).toBeVisible()
  await expect(page.getByText('0 of 4 groups have voted')).toBeVisible()

  // Too many dots: refused with a clear message, nothing recorded.
  await page.getByRole('button', { name: 'Vote for Carers A' }).click()
  const ballot = page.getByRole('form', { name: 'Ballot for Carers A' })
  await ballot.getByLabel('Dots on Respite breaks').fill('4')
  await expect(ballot.getByText('4 of 3 dots placed, 1 too many')).toBeVisible()
  await expect(ballot.getByText('This ballot places 4 dots, but each group has 3 dots.')).toBeVisible()
  await expect(ballot.getByRole('button', { name: 'Record this ballot' })).toBeDisabled()
  await expectAccessible(page, 'a dot ballot being placed')
  await expect(page.getByText('0 of 4 groups have voted')).toBeVisible()
  await ballot.getByRole('button', { name: 'Cancel' }).click()

  const presenterPromise = page.context().waitForEvent('page')
  await page.getByRole('button', { name: 'Open presenter window' }).click()
  const presenter = await presenterPromise
  await presenter.setViewportSize({ width: 1920, height: 1080 })
  await expect(presenter.getByRole('heading', { name: 'Northvale carers’ forum' })).toBeVisible()

  await page.getByRole('radio', { name: 'Voting progress' }).check()
  await expect(presenter.getByRole('heading', { name: 'Round 1: 0 of 4 groups have voted' })).toBeVisible()

  await placeDots(page, 'Carers A', { 'Respite breaks': 3 })
  await placeDots(page, 'Carers B', { 'Respite breaks': 1, 'Out-of-hours support': 2 })
  await expect(presenter.getByRole('heading', { name: 'Round 1: 2 of 4 groups have voted' })).toBeVisible()
  await placeDots(page, 'Social workers', { 'Training on trauma': 3 })
  await placeDots(page, 'Leaders', { 'Out-of-hours support': 1, 'Training on trauma': 1, 'Peer mentoring': 1 })
  await expect(page.getByText('4 of 4 groups have voted')).toBeVisible()
  await expect(presenter.getByText('Leaders: voted')).toBeVisible()
  // Which groups have voted, never what: no tally anywhere before the reveal.
  await expect(page.getByRole('table')).toHaveCount(0)
  await expect(presenter.getByRole('table')).toHaveCount(0)
  await presenter.screenshot({ path: '/tmp/vote-shots/presenter-voting-1920.png' })
  await expectAccessible(presenter, 'the presenter view of voting progress')

  await page.getByRole('radio', { name: 'Revealed results' }).check()
  await expect(presenter.getByText('The results of this round are hidden until the facilitator reveals them.')).toBeVisible()
  await page.getByRole('button', { name: 'Reveal results' }).click()

  // Respite 4, Out-of-hours 3, Training 4, Peer mentoring 1: a tie for first, named.
  const tie = '“Respite breaks” and “Training on trauma” tie for first place.'
  await expect(page.getByText(tie)).toBeVisible()
  // The shared screen: bars with their numbers as text, the tie as "=" and "tie", the top three in one line.
  const chart = presenter.getByRole('list', { name: 'Results of round 1, first place first' }).getByRole('listitem')
  await expect(chart).toHaveText([/^=1\s*Respite breaks\s*4 dots · tie$/, /^=1\s*Training on trauma\s*4 dots · tie$/, /^3\s*Out-of-hours support\s*3 dots$/, /^4\s*Peer mentoring\s*1 dot$/])
  await expect(presenter.getByText('=1 Respite breaks (tie) · =1 Training on trauma (tie) · 3 Out-of-hours support')).toBeVisible()
  await expect(presenter.getByText(/agreement between the 4 groups/i)).toBeVisible()
  await presenter.screenshot({ path: '/tmp/vote-shots/presenter-results-1920.png' })
  await expectAccessible(presenter, 'the presenter view of results')
  await expect(page.getByText('Carers’ groups put “Respite breaks” first; professionals’ groups put “Training on trauma” first.')).toBeVisible()
  await page.screenshot({ path: '/tmp/vote-shots/facilitator-results-1920.png', fullPage: true })
  await expectAccessible(page, 'the facilitator’s results')

  // A closed round refuses ballots: the vote buttons are gone, and reopening hides the results again.
  await expect(page.getByRole('button', { name: /Vote for|Correct the ballot/ })).toHaveCount(0)
  await page.getByRole('button', { name: 'Reopen round' }).click()
  await expect(page.getByText(tie)).toHaveCount(0)
  await expect(presenter.getByText('The results of this round are hidden until the facilitator reveals them.')).toBeVisible()
  await page.getByRole('button', { name: 'Reveal results' }).click()

  // Reload: the round and its revealed results are kept; the reloaded presenter catches up.
  await page.reload()
  await presenter.reload()
  await expect(page.getByText(tie)).toBeVisible()
  await expect(chart).toHaveCount(4)
})

test('a ranked round where two gaps tie, ranked by keyboard and by buttons', async ({ page, server }) => {
  await page.setViewportSize({ width: 1280, height: 900 })
  await page.goto(server.url)
  const { workshopId } = await seedWorkshop(page)
  await page.goto(`${new URL(server.url).origin}/#/workshops/${workshopId}/prioritise`)
  await page.getByRole('radio', { name: 'Ranked ballot' }).check()
  await page.getByLabel('Gaps each group ranks').fill('2')
  await page.getByRole('button', { name: 'Open round', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Round 1: ranked ballot (open)' })).toBeVisible()

  // Carers A: Respite first, then Training — added in the other order and moved by keyboard drag.
  await page.getByRole('button', { name: 'Vote for Carers A' }).click()
  let ballot = page.getByRole('form', { name: 'Ballot for Carers A' })
  await ballot.getByRole('button', { name: 'Add Training on trauma' }).click()
  await ballot.getByRole('button', { name: 'Add Respite breaks' }).click()
  await expect(ballot.getByText('This group has ranked its top 2. Remove one to add another.')).toBeVisible()
  await expectAccessible(page, 'a ranked ballot')
  await ballot.getByRole('button', { name: 'Move Respite breaks, now choice 2 of 2' }).focus()
  // Each key waits for dnd-kit's own announcement, so the next press lands on a drag that has started.
  const announcer = ballot.locator('[id^="DndLiveRegion"]')
  await page.keyboard.press('Space')
  await expect(announcer).toContainText('Respite breaks would become choice 2.')
  // dnd-kit listens for the arrow keys from a timer after the pick-up: a person's pause, before the first key.
  await settle(page)
  await page.keyboard.press('ArrowUp')
  await expect(announcer).toContainText('Respite breaks would become choice 1.')
  await page.keyboard.press('Space')
  await expect(announcer).toContainText('Respite breaks dropped as choice 1.')
  const ranked = ballot.getByRole('list', { name: 'This group’s ranking, first choice first' }).getByRole('listitem')
  await expect(ranked).toHaveText([/Respite breaks/, /Training on trauma/])
  // Escape cancels a move and puts the card back.
  await ballot.getByRole('button', { name: 'Move Respite breaks, now choice 1 of 2' }).focus()
  await page.keyboard.press('Space')
  await expect(announcer).toContainText('Respite breaks would become choice 1.')
  await settle(page)
  await page.keyboard.press('ArrowDown')
  await expect(announcer).toContainText('Respite breaks would become choice 2.')
  await page.keyboard.press('Escape')
  await expect(announcer).toContainText('Moving Respite breaks was cancelled; it stays choice 1.')
  await expect(ranked).toHaveText([/Respite breaks/, /Training on trauma/])
  await ballot.getByRole('button', { name: 'Record this ballot' }).click()
  await expect(page.getByText('Ballot recorded for Carers A.')).toBeVisible()

  // Social workers: the opposite order, using the Up button instead of dragging.
  await page.getByRole('button', { name: 'Vote for Social workers' }).click()
  ballot = page.getByRole('form', { name: 'Ballot for Social workers' })
  await ballot.getByRole('button', { name: 'Add Respite breaks' }).click()
  await ballot.getByRole('button', { name: 'Add Training on trauma' }).click()
  await ballot.getByRole('button', { name: 'Move Training on trauma up' }).click()
  await ballot.getByRole('button', { name: 'Record this ballot' }).click()
  await expect(page.getByText('2 of 4 groups have voted')).toBeVisible()

  await page.getByRole('button', { name: 'Reveal results' }).click()
  const tie = '“Respite breaks” and “Training on trauma” tie for first place.'
  await expect(page.getByText(tie)).toHaveCount(2)
  // Each order says its ties with its own table: the Borda count's sentence sits under the Borda table,
  // not between the Schulze table and the Borda count's caption, where it would read as Schulze's.
  const schulze = (await page.getByRole('table', { name: /^Schulze method/ }).boundingBox())!
  const borda = (await page.getByRole('table', { name: 'Borda count' }).boundingBox())!
  const [schulzeTie, bordaTie] = await Promise.all([0, 1].map(async (index) => (await page.getByText(tie).nth(index).boundingBox())!))
  expect(schulzeTie!.y + schulzeTie!.height).toBeLessThanOrEqual(schulze.y)
  expect(bordaTie!.y).toBeGreaterThanOrEqual(borda.y + borda.height)
  await expect(page.getByText('The Schulze method and Borda count give the same order.')).toBeVisible()
  await expect(page.getByText('Carers’ groups put “Respite breaks” first; professionals’ groups put “Training on trauma” first.')).toBeVisible()

  // History: a re-run is round 2, and round 1 stays selectable.
  await page.getByRole('radio', { name: '100 points' }).check()
  await page.getByRole('button', { name: 'Open round', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Round 2: 100 points (open)' })).toBeVisible()
  await page.getByRole('button', { name: 'Vote for Leaders' }).click()
  ballot = page.getByRole('form', { name: 'Ballot for Leaders' })
  await ballot.getByLabel('Points for Respite breaks').fill('60')
  await expect(ballot.getByText('60 of 100 points shared out, 40 left')).toBeVisible()
  await expect(ballot.getByRole('button', { name: 'Record this ballot' })).toBeDisabled()
  await expect(ballot.getByText('Share out exactly 100 points to record this ballot.')).toBeVisible()
  await ballot.getByLabel('Points for Peer mentoring').fill('40')
  await expect(ballot.getByText('All 100 points shared out, 0 left')).toBeVisible()
  await ballot.getByRole('button', { name: 'Record this ballot' }).click()
  await expect(page.getByText('1 of 4 groups have voted')).toBeVisible()
  await page.getByRole('button', { name: 'Round 1: ranked ballot, revealed' }).click()
  await expect(page.getByText(tie)).toHaveCount(2)
})

test('agree three priorities with rationales; a fourth is refused; the shared screen lists them; reload keeps them', async ({ page, server }) => {
  await page.setViewportSize({ width: 1280, height: 900 })
  await page.goto(server.url)
  const { workshopId } = await seedWorkshop(page)
  await page.goto(`${new URL(server.url).origin}/#/workshops/${workshopId}/prioritise`)
  const agree = page.getByRole('region', { name: 'Agreed priorities' })
  await expect(agree.getByText('0 of at most 3 agreed.', { exact: false })).toBeVisible()

  const reasons: Record<string, string> = {
    'Respite breaks': 'Carers in three groups named burnout first.',
    'Training on trauma': 'Professionals and carers both ranked it highly.',
    'Peer mentoring': 'Cheap to start; carers offered to lead it.',
  }
  for (const [gap, reason] of Object.entries(reasons)) {
    await agree.getByLabel('Agree another priority').selectOption({ label: gap })
    await agree.getByRole('button', { name: 'Agree as a priority' }).click()
    const box = agree.getByLabel(`Why “${gap}” is a priority`)
    await box.fill(reason)
    await box.blur()
    await expect(page.getByText(`Rationale saved for ${gap}.`)).toBeVisible()
  }
  await agree.getByLabel('Agree another priority').selectOption({ label: 'Out-of-hours support' })
  await agree.getByRole('button', { name: 'Agree as a priority' }).click()
  await expect(agree.getByRole('alert')).toHaveText(/This workshop agrees at most 3 priorities\. Remove one before adding another, or raise the limit\./)
  await agree.getByRole('button', { name: 'Move Peer mentoring up' }).click()
  await expect(agree.getByText('Priority 2: Peer mentoring')).toBeVisible()
  await expectAccessible(page, 'the agreed priorities')
  // Removing a priority offers Undo, focused, which puts it back in its place with its rationale.
  await agree.getByRole('button', { name: 'Remove Peer mentoring from the priorities' }).click()
  await expect(agree.getByText('Peer mentoring is no longer a priority.')).toBeVisible()
  const undo = agree.getByRole('button', { name: 'Undo: put Peer mentoring back as priority 2' })
  await expect(undo).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(agree.getByText('Priority 2: Peer mentoring')).toBeVisible()
  await expect(agree.getByText('Peer mentoring is priority 2 again.')).toBeVisible()
  await expect(page.getByLabel('Why “Peer mentoring” is a priority')).toHaveValue(reasons['Peer mentoring']!)

  const presenterPromise = page.context().waitForEvent('page')
  await page.getByRole('button', { name: 'Open presenter window' }).click()
  const presenter = await presenterPromise
  await presenter.setViewportSize({ width: 1920, height: 1080 })
  await page.getByRole('radio', { name: 'Agreed priorities' }).check()
  await expect(presenter.getByRole('listitem')).toHaveText([
    /Priority 1: Respite breaks\s*Carers in three groups named burnout first\./,
    /Priority 2: Peer mentoring\s*Cheap to start/,
    /Priority 3: Training on trauma\s*Professionals and carers/,
  ])
  await presenter.screenshot({ path: '/tmp/vote-shots/presenter-priorities-1920.png' })
  await presenter.setViewportSize({ width: 1280, height: 720 })
  await presenter.screenshot({ path: '/tmp/vote-shots/presenter-priorities-1280.png' })
  await expectAccessible(presenter, 'the presenter view of agreed priorities')

  await page.reload()
  await expect(page.getByLabel('Why “Training on trauma” is a priority')).toHaveValue(reasons['Training on trauma']!)
  await expect(page.getByText('Priority 3: Training on trauma')).toBeVisible()
})

test('two moves of the agreed priorities in quick succession, the first answered late: the list, the database and the words end with the last', async ({ page, server }) => {
  await page.setViewportSize({ width: 1280, height: 900 })
  await page.goto(server.url)
  const { workshopId, gaps } = await seedWorkshop(page)
  await api(page, 'priorities.set', { workshopId, priorities: gaps.slice(0, 3).map((gap) => ({ gapId: gap.id, rationale: '' })) })
  await page.goto(`${new URL(server.url).origin}/#/workshops/${workshopId}/prioritise`)
  const agree = page.getByRole('region', { name: 'Agreed priorities' })
  await expect(agree.getByText('Priority 3: Training on trauma')).toBeVisible()

  // Every list the panel shows from here on, in order: the first priority's line each time it changes.
  await agree.getByRole('list', { name: 'Agreed priorities, first priority first' }).evaluate((list) => {
    const shown: string[] = []
    ;(window as unknown as { firstShown: string[] }).firstShown = shown
    new MutationObserver(() => {
      const first = list.querySelector('.agree-item__title')?.textContent ?? ''
      if (shown.at(-1) !== first) shown.push(first)
    }).observe(list, { childList: true, subtree: true, characterData: true })
  })
  // Each move's request is held on its way (a busy laptop, a slow disk), the first the longer.
  let held = 0
  let answered = 0
  page.on('response', (response) => {
    if (response.url().endsWith('/api/priorities.set')) answered += 1
  })
  await page.route('**/api/priorities.set', async (route) => {
    held += 1
    await new Promise((resolve) => setTimeout(resolve, held === 1 ? 800 : 600))
    await route.continue()
  })
  await agree.getByRole('button', { name: 'Move Training on trauma up' }).click()
  await expect(agree.getByText('Priority 2: Training on trauma')).toBeVisible()
  await agree.getByRole('button', { name: 'Move Training on trauma up' }).click()
  await expect(agree.getByText('Priority 1: Training on trauma')).toBeVisible()
  // Both answers are in: the list and the words still say the last move, and so does the database.
  await expect.poll(() => answered, { timeout: 5000 }).toBe(2)
  // The first answer, which came while the second move was on its way, did not put its older list back for a moment.
  expect(await page.evaluate(() => (window as unknown as { firstShown: string[] }).firstShown)).toEqual(['Priority 1: Respite breaks', 'Priority 1: Training on trauma'])
  await expect(agree.getByText('Priority 1: Training on trauma')).toBeVisible()
  await expect(agree.getByText('Training on trauma is now priority 1.')).toBeVisible()
  await expect(agree.getByText('Training on trauma is now priority 2.')).toHaveCount(0)
  const saved = await api<{ priorities: Array<{ title: string }> }>(page, 'priorities.get', { workshopId })
  expect(saved.priorities.map((priority) => priority.title)).toEqual(['Training on trauma', 'Respite breaks', 'Out-of-hours support'])
})

/** Presses Tab until `target` has focus and returns how many presses it took (at most `limit`). */
async function tabsTo(page: Page, target: Locator, limit = 3): Promise<number> {
  for (let presses = 0; presses <= limit; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return presses
    await page.keyboard.press('Tab')
  }
  throw new Error(`${await target.getAttribute('aria-label')} was not reached in ${limit} Tab presses`)
}

test('voting by keyboard keeps its place: the next group’s Vote, then Close round; a ranking keeps focus on the moved gap or the next Add', async ({ page, server }) => {
  await page.setViewportSize({ width: 1920, height: 1080 })
  await page.goto(server.url)
  const { workshopId, gaps } = await seedWorkshop(page)
  await api(page, 'rounds.open', { workshopId, gapIds: gaps.map((gap) => gap.id), settings: { method: 'dots', dotsPerGroup: 3, capPerGap: 2 } })
  await page.goto(`${new URL(server.url).origin}/#/workshops/${workshopId}/prioritise`)

  const groups = ['Carers A', 'Carers B', 'Social workers', 'Leaders']
  await page.getByRole('button', { name: 'Vote for Carers A' }).focus()
  for (const [index, group] of groups.entries()) {
    await page.keyboard.press('Enter')
    const ballot = page.getByRole('form', { name: `Ballot for ${group}` })
    await expect(ballot.getByRole('heading', { name: `Ballot for ${group}` })).toBeFocused()
    // Enter on + until the gap's cap: focus moves to the next gap's +, then to Record once all dots are placed.
    expect(await tabsTo(page, ballot.getByRole('button', { name: 'One more dot on Respite breaks' }))).toBeLessThanOrEqual(3)
    await page.keyboard.press('Enter')
    await page.keyboard.press('Enter')
    await expect(ballot.getByRole('button', { name: 'One more dot on Out-of-hours support' })).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(ballot.getByRole('button', { name: 'Record this ballot' })).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(page.getByText(`Ballot recorded for ${group}.`)).toBeVisible()
    const next = groups[index + 1]
    const target = next ? page.getByRole('button', { name: `Vote for ${next}` }) : page.getByRole('button', { name: 'Close round' })
    expect(await tabsTo(page, target)).toBeLessThanOrEqual(3)
    await expect(target).toBeFocused()
  }
  await expect(page.getByText('4 of 4 groups have voted')).toBeVisible()
  await expect(page.getByText('Every group has voted; close the round when the room is ready.')).toBeVisible()

  // A ranked round: focus stays on the gap that moved, and on the next Add.
  await api(page, 'rounds.open', { workshopId, gapIds: gaps.map((gap) => gap.id), settings: { method: 'ranked', topK: 3 } })
  await page.reload()
  await expect(page.getByRole('heading', { name: 'Round 2: ranked ballot (open)' })).toBeVisible()
  await page.getByRole('button', { name: 'Vote for Carers A' }).focus()
  await page.keyboard.press('Enter')
  const ballot = page.getByRole('form', { name: 'Ballot for Carers A' })
  expect(await tabsTo(page, ballot.getByRole('button', { name: 'Add Respite breaks' }))).toBeLessThanOrEqual(3)
  await page.keyboard.press('Enter')
  await expect(ballot.getByRole('button', { name: 'Add Out-of-hours support' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(ballot.getByRole('button', { name: 'Add Training on trauma' })).toBeFocused()
  await ballot.getByRole('button', { name: 'Move Out-of-hours support up' }).focus()
  await page.keyboard.press('Enter')
  // First now, so Up is disabled: focus is on the same gap's Down.
  await expect(ballot.getByRole('button', { name: 'Move Out-of-hours support down' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(ballot.getByRole('button', { name: 'Move Out-of-hours support up' })).toBeFocused()
  const ranked = ballot.getByRole('list', { name: 'This group’s ranking, first choice first' }).getByRole('listitem')
  await expect(ranked).toHaveText([/Respite breaks/, /Out-of-hours support/])
  await ballot.getByRole('button', { name: 'Remove Respite breaks from the ranking' }).focus()
  await page.keyboard.press('Enter')
  await expect(ballot.getByRole('button', { name: 'Remove Out-of-hours support from the ranking' })).toBeFocused()
  await ballot.getByRole('button', { name: 'Add Peer mentoring' }).focus()
  // The last Add went: focus is on the one before it.
  await page.keyboard.press('Enter')
  await expect(ballot.getByRole('button', { name: 'Add Training on trauma' })).toBeFocused()
  await page.keyboard.press('Enter')
  // The top 3 are ranked: Record is next.
  await expect(ballot.getByRole('button', { name: 'Record this ballot' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByText('Ballot recorded for Carers A.')).toBeVisible()
  expect(await tabsTo(page, page.getByRole('button', { name: 'Vote for Carers B' }))).toBeLessThanOrEqual(3)
})

test('the round’s limits hold while a group votes: + stops at the cap and when no dots are left, Record only for a valid ballot', async ({ page, server }) => {
  const problems: string[] = []
  page.on('console', (message) => message.type() === 'error' && problems.push(`${message.text()} (${message.location().url})`))
  page.on('pageerror', (error) => problems.push(error.message))
  await page.goto(server.url)
  const { workshopId, gaps } = await seedWorkshop(page)
  await api(page, 'rounds.open', { workshopId, gapIds: gaps.map((gap) => gap.id), settings: { method: 'dots', dotsPerGroup: 3, capPerGap: 2 } })
  await page.goto(`${new URL(server.url).origin}/#/workshops/${workshopId}/prioritise`)
  // Before any vote, both screens say what the round allows, not what the groups did.
  const rules = 'Each group has 3 dots to place on the gaps it most wants to act on first, with no more than 2 dots on any one gap.'
  const round = page.getByRole('region', { name: 'Round 1: dot votes (open)' })
  await expect(round.getByText(rules)).toHaveCount(1)
  const presenterPromise = page.context().waitForEvent('page')
  await page.getByRole('button', { name: 'Open presenter window' }).click()
  const presenter = await presenterPromise
  await page.getByRole('radio', { name: 'Voting progress' }).check()
  await expect(presenter.getByRole('heading', { name: 'Round 1: 0 of 4 groups have voted' })).toBeVisible()
  await expect(presenter.getByText(rules)).toBeVisible()
  for (const screen of [page, presenter]) await expect(screen.getByText(/placed up to/)).toHaveCount(0)
  await presenter.setViewportSize({ width: 1920, height: 1080 })
  await presenter.screenshot({ path: `${SHOTS}/presenter-rules-1920.png` })
  await presenter.close()

  await page.getByRole('button', { name: 'Vote for Carers A' }).click()
  const ballot = page.getByRole('form', { name: 'Ballot for Carers A' })
  const record = ballot.getByRole('button', { name: 'Record this ballot' })
  await expect(ballot.getByText('0 of 3 dots placed, 3 left; at most 2 dots on one gap')).toBeVisible()
  await expect(record).toBeDisabled()
  await expect(ballot.getByText('Place at least one dot to record this ballot.')).toBeVisible()
  const plusRespite = ballot.getByRole('button', { name: 'One more dot on Respite breaks' })
  await plusRespite.click()
  await plusRespite.click()
  await expect(plusRespite).toBeDisabled()
  await expect(ballot.getByText('The most one gap can take')).toBeVisible()
  await expect(record).toBeEnabled()
  await ballot.getByRole('button', { name: 'One more dot on Training on trauma' }).click()
  await expect(ballot.getByText('3 of 3 dots placed, 0 left; at most 2 dots on one gap')).toBeVisible()
  for (const gap of gaps) await expect(ballot.getByRole('button', { name: `One more dot on ${gap.title}` })).toBeDisabled()
  for (const [width, height] of [[1920, 1080], [1280, 720]] as const) {
    await page.setViewportSize({ width, height })
    await ballot.scrollIntoViewIfNeeded()
    expect(await findClippedText(page), `text cut off in the ballot at ${width}×${height}`).toEqual([])
    await page.screenshot({ path: `${SHOTS}/dot-ballot-full-${width}.png` })
  }
  // Typed past the cap: said once, beside the gap, and Record waits.
  await ballot.getByLabel('Dots on Training on trauma').fill('0')
  await ballot.getByLabel('Dots on Peer mentoring').fill('3')
  const overCap = '“Peer mentoring” has 3 dots, but at most 2 dots can go on one gap.'
  await expect(ballot.getByText(overCap)).toHaveCount(1)
  await expect(record).toBeDisabled()
  await ballot.getByLabel('Dots on Peer mentoring').fill('1')
  await expect(ballot.getByText(overCap)).toHaveCount(0)
  await record.click()
  await expect(page.getByText('Ballot recorded for Carers A.')).toBeVisible()

  // 100 points likewise: the remainder written, Record only at exactly 100.
  await api(page, 'rounds.open', { workshopId, gapIds: gaps.map((gap) => gap.id), settings: { method: 'points' } })
  await page.reload()
  await page.getByRole('button', { name: 'Vote for Carers B' }).click()
  const points = page.getByRole('form', { name: 'Ballot for Carers B' })
  await points.getByLabel('Points for Respite breaks').fill('70')
  await points.getByLabel('Points for Peer mentoring').fill('40')
  await expect(points.getByText('10 points too many')).toBeVisible()
  await expect(points.getByText('Share out exactly 100 points to record this ballot.')).toHaveCount(1)
  await expect(points.getByRole('button', { name: 'Record this ballot' })).toBeDisabled()
  await points.getByLabel('Points for Peer mentoring').fill('30')
  await expect(points.getByText('All 100 points shared out, 0 left')).toBeVisible()
  await points.getByRole('button', { name: 'Record this ballot' }).click()
  await expect(page.getByText('Ballot recorded for Carers B.')).toBeVisible()

  // No console error on the way (nothing was refused by the server), then the server keeps its own check.
  expect(problems).toEqual([])
  const refused = await page.evaluate(async ([roundId, groupId, gapId]) => {
    const response = await fetch('/api/ballots.cast', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-common-ground-token': sessionStorage.getItem('common-ground-token') ?? '' },
      body: JSON.stringify({ roundId, groupId, ballot: { method: 'points', points: { [gapId]: 99 } } }),
    })
    return ((await response.json()) as { ok: boolean }).ok
  }, [(await api<Array<{ id: string }>>(page, 'rounds.list', { workshopId })).at(-1)!.id, (await api<Array<{ id: string }>>(page, 'groups.list', { workshopId }))[0]!.id, gaps[0]!.id] as const)
  expect(refused).toBe(false)
})

test('ranked results that tie with different head-to-head wins say why in one line', async ({ page, server }) => {
  await page.goto(server.url)
  const { workshopId, gaps, groups } = await seedWorkshop(page)
  const [respite, outOfHours, training] = gaps.map((gap) => gap.id) as [string, string, string]
  const round = await api<{ id: string }>(page, 'rounds.open', { workshopId, gapIds: [respite, outOfHours, training], settings: { method: 'ranked', topK: 2 } })
  await api(page, 'ballots.cast', { roundId: round.id, groupId: groups[0]!.id, ballot: { method: 'ranked', ranking: [respite, training] } })
  await api(page, 'ballots.cast', { roundId: round.id, groupId: groups[2]!.id, ballot: { method: 'ranked', ranking: [outOfHours] } })
  await api(page, 'rounds.close', { id: round.id })
  await api(page, 'rounds.reveal', { id: round.id })
  await page.goto(`${new URL(server.url).origin}/#/workshops/${workshopId}/prioritise`)
  const schulze = page.getByRole('table', { name: /^Schulze method/ })
  await expect(schulze.getByRole('row')).toHaveText([/Place\s*Gap\s*Head-to-head wins/, /1= \(tied\)\s*Respite breaks\s*1/, /1= \(tied\)\s*Out-of-hours support\s*0/, /3\s*Training on trauma\s*0/])
  await expect(page.getByText('“Respite breaks” and “Out-of-hours support” tie for first place: neither beats the other head to head. “Respite breaks” beats 1 gap and “Out-of-hours support” beats 0 gaps, but a place goes by who beats whom, not by how many gaps each beats.')).toBeVisible()
})
