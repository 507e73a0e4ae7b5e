import type { Locator, Page } from '@playwright/test'
import { expect, expectAccessible, test } from './fixtures'
import { openSample } from './layout-helpers'
import { announcer, BOARD_GAPS, dragInPlace, dragSlowlyAcross, dragWithMouse, expectCards, seedBoard, settle } from './board-helpers'
import { api } from './voting-helpers'

const [breaks, advice, peer, training, voice, allegation, school, translated, contact, mentors, respite] = BOARD_GAPS

test('map gaps to Key Principles by mouse and by keyboard, switch to Recommendations, unlink in one action; reload keeps it', async ({ page, server }) => {
  await page.setViewportSize({ width: 1920, height: 1080 })
  await page.goto(server.url)
  const { workshopId } = await seedBoard(page)
  await page.goto(`${new URL(server.url).origin}/#/workshops/${workshopId}/prioritise`)
  const board = page.getByRole('region', { name: 'Map the gaps' })
  const tray = board.getByRole('group', { name: 'Not yet linked' })
  const column = (tag: string) => board.locator(`[data-column="${tag}"]`)
  const said = board.getByTestId('live-message')
  await expect(tray.locator('.board-card__title')).toHaveCount(11)
  await expect(board.getByRole('group', { name: 'KP3 Facilitated peer support' })).toBeVisible()

  // Eight by mouse: each card leaves the tray for the column it was dropped on.
  const byMouse: Array<[string, string]> = [[breaks, 'KP4'], [advice, 'KP1'], [peer, 'KP3'], [training, 'KP8'], [voice, 'KP2'], [allegation, 'KP5'], [school, 'KP6'], [translated, 'KP7']]
  for (const [title, tag] of byMouse) {
    await dragWithMouse(page, tray.getByRole('button', { name: `Drag ${title} from the tray` }), column(tag))
    await expect(said).toHaveText(`${title} is now linked to ${tag}.`)
    await expect(column(tag).locator('.board-card__title', { hasText: title })).toBeVisible()
    await expect(tray.locator('.board-card__title', { hasText: title })).toHaveCount(0)
  }
  await expectCards(tray, [contact, mentors, respite])

  // Two by keyboard alone: space picks up, arrows move between columns, space drops. Each handle says how.
  const spoken = announcer(board)
  await expect(tray.getByRole('button', { name: `Drag ${contact} from the tray` })).toHaveAccessibleDescription(/^To move a gap card, press space or enter to pick it up\. Use the arrow keys/)
  await tray.getByRole('button', { name: `Drag ${contact} from the tray` }).focus()
  await page.keyboard.press('Space')
  await expect(spoken).toContainText(`Picked up ${contact} from the tray of unlinked gaps. Use the arrow keys to move between columns, space to drop, escape to cancel.`)
  await settle(page)
  await page.keyboard.press('ArrowRight')
  await expect(spoken).toContainText(`${contact} is over Key Principle 1: Coordinated network of support. Drop to link it to KP1.`)
  await page.keyboard.press('ArrowRight')
  await expect(spoken).toContainText(`${contact} is over Key Principle 2: Warm practitioners, carers as equal partners. Drop to link it to KP2.`)
  await page.keyboard.press('Space')
  await expect(spoken).toContainText(`${contact} dropped in Key Principle 2: Warm practitioners, carers as equal partners: now linked to KP2.`)
  await expect(said).toHaveText(`${contact} is now linked to KP2.`)
  await expectCards(column('KP2'), [voice, contact])
  // Focus follows the card to where it went, so the next key press works on it.
  await expect(column('KP2').getByRole('button', { name: `Drag ${contact} from KP2` })).toBeFocused()

  await tray.getByRole('button', { name: `Drag ${mentors} from the tray` }).focus()
  await page.keyboard.press('Enter')
  await expect(spoken).toContainText(`Picked up ${mentors} from the tray of unlinked gaps.`)
  await settle(page)
  for (let step = 1; step <= 3; step += 1) {
    await page.keyboard.press('ArrowRight')
    await expect(spoken).toContainText(`${mentors} is over Key Principle ${step}:`)
  }
  await page.keyboard.press('Enter')
  await expect(said).toHaveText(`${mentors} is now linked to KP3.`)
  await expectCards(column('KP3'), [peer, mentors])

  // Escape cancels and puts everything back as it was.
  await column('KP3').getByRole('button', { name: `Drag ${peer} from KP3` }).focus()
  await page.keyboard.press('Space')
  await expect(spoken).toContainText(`Picked up ${peer} from Key Principle 3: Facilitated peer support.`)
  await settle(page)
  await page.keyboard.press('ArrowRight')
  await expect(spoken).toContainText(`${peer} is over Key Principle 4: Foster carers' own needs. Drop to move it from KP3 to KP4; hold Shift as you drop to keep it in KP3 too.`)
  await expect(column('KP4').getByText('Drop to move from KP3 to KP4')).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(spoken).toContainText(`Cancelled. ${peer} is back in Key Principle 3: Facilitated peer support, as it was.`)
  await expectCards(column('KP4'), [breaks])
  await expectCards(column('KP3'), [peer, mentors])

  // A drag from one column to another moves the link; with Shift held at the drop it links there as well.
  await dragWithMouse(page, column('KP1').getByRole('button', { name: `Drag ${advice} from KP1` }), column('KP6'))
  await expect(said).toHaveText(`${advice} moved from KP1 to KP6.`)
  await expect(column('KP1').locator('.board-card__title')).toHaveCount(0)
  await expectCards(column('KP6'), [advice, school])
  await dragWithMouse(page, column('KP6').getByRole('button', { name: `Drag ${advice} from KP6` }), column('KP1'))
  await expect(said).toHaveText(`${advice} moved from KP6 to KP1.`)
  await dragInPlace(page, column('KP1').getByRole('button', { name: `Drag ${advice} from KP1` }), column('KP6'), { shift: true })
  await expect(said).toHaveText(`${advice} is now linked to KP6.`)
  await expectCards(column('KP1'), [advice])
  await expectCards(column('KP6'), [advice, school])
  await expectAccessible(page, 'the map board')
  await page.screenshot({ path: '/tmp/board-shots/facilitator-map-kp-1920.png' })

  // Removing a link is one action in the card's menu, and leaves the card's other links alone.
  await column('KP6').getByRole('button', { name: `Options for ${advice}` }).click()
  await column('KP6').getByRole('group', { name: `Options for ${advice}` }).getByRole('button', { name: 'Unlink from KP6' }).click()
  await expect(said).toHaveText(`${advice} is no longer linked to KP6.`)
  await expectCards(column('KP6'), [school])
  await expectCards(column('KP1'), [advice])

  // Recommendations: strength of evidence in words in each header; the no-drag menu links a gap.
  await board.getByRole('radio', { name: 'Recommendations' }).check()
  await expect(board.getByRole('group', { name: /^R1 Multi-level support/ })).toContainText('Strong evidence')
  await expect(column('R7')).toContainText('Promising evidence')
  await expectCards(column('R7'), [respite])
  await expect(tray.locator('.board-card__title')).toHaveCount(10)
  await tray.getByRole('button', { name: `Options for ${breaks}` }).click()
  const menu = tray.getByRole('group', { name: `Options for ${breaks}` })
  await menu.getByRole('button', { name: 'Link to…' }).click()
  await menu.getByRole('button', { name: 'R4: Self-care and behaviour support for carer wellbeing' }).click()
  await expect(said).toHaveText(`${breaks} is now linked to R4.`)
  await expectCards(column('R4'), [breaks])
  await expectAccessible(page, 'the map board by Recommendation')
  await page.screenshot({ path: '/tmp/board-shots/facilitator-map-r-1920.png' })

  // Reload: every link is kept, and the board remembers it was showing Recommendations.
  await page.reload()
  await expectCards(column('R4'), [breaks])
  await board.getByRole('radio', { name: 'Key Principles' }).check()
  await expectCards(column('KP1'), [advice])
  await expectCards(column('KP2'), [voice, contact])
  await expectCards(column('KP3'), [peer, mentors])
  await expectCards(column('KP4'), [breaks])
  await expectCards(column('KP6'), [school])
  await expectCards(tray, [respite])
})

test('agree three priorities by dragging, each with a rationale; a fourth is refused and the board restored; reload keeps them; the presenter tab shows the board', async ({ page, server }) => {
  await page.setViewportSize({ width: 1920, height: 1080 })
  await page.goto(server.url)
  const { workshopId, gaps } = await seedBoard(page)
  // Some links, so the shared screen's board has cards in columns.
  const link = (index: number, links: string[]) => {
    const gap = gaps[index]!
    return api(page, 'gaps.update', { id: gap.id, details: { title: gap.title, detail: 'Raised at table one.', links, groupIds: [], sourceQuestionId: null, edie: index === 7 } })
  }
  await link(0, ['KP4', 'R1'])
  await link(1, ['KP1'])
  await link(2, ['KP3', 'R7'])
  await page.goto(`${new URL(server.url).origin}/#/workshops/${workshopId}/prioritise`)
  const agree = page.getByRole('region', { name: 'Agreed priorities' })
  const pool = agree.getByRole('group', { name: 'Gaps to agree' })
  const slot = (index: number) => agree.locator(`[data-slot="${index}"]`)
  const said = agree.getByTestId('live-message')
  await expect(agree.getByText('0 of at most 3 agreed.', { exact: false })).toBeVisible()

  const giveReason = async (title: string, reason: string) => {
    const box = agree.getByLabel(`Why “${title}” is a priority`)
    await box.fill(reason)
    await box.blur()
    await expect(said).toHaveText(`Rationale saved for ${title}.`)
  }
  await dragWithMouse(page, pool.getByRole('button', { name: `Drag ${breaks} onto a priority` }), slot(0))
  await expect(said).toHaveText(`${breaks} is agreed as priority 1.`)
  await giveReason(breaks, 'Carers at every table said breaks come too late.')
  await dragWithMouse(page, pool.getByRole('button', { name: `Drag ${peer} onto a priority` }), slot(1))
  await expect(said).toHaveText(`${peer} is agreed as priority 2.`)
  await giveReason(peer, 'Evening groups fit around work and school.')

  // The third by keyboard: down from the gaps to the third slot, then space.
  const spoken = announcer(agree)
  await pool.getByRole('button', { name: `Drag ${advice} onto a priority` }).focus()
  await page.keyboard.press('Space')
  await expect(spoken).toContainText(`Picked up ${advice}. Use the arrow keys to move between the priority slots, space to drop, escape to cancel.`)
  await settle(page)
  for (const place of [1, 2, 3]) {
    await page.keyboard.press('ArrowDown')
    await expect(spoken).toContainText(`${advice} is over priority ${place}.`)
  }
  await page.keyboard.press('Space')
  await expect(said).toHaveText(`${advice} is agreed as priority 3.`)
  await giveReason(advice, 'Nights and weekends are when things go wrong.')
  await expect(agree.getByText('3 of at most 3 agreed.', { exact: false })).toBeVisible()

  // A fourth, dropped on the third slot: refused with the API's words; the three stay as they were.
  await dragWithMouse(page, pool.getByRole('button', { name: `Drag ${training} onto a priority` }), slot(2))
  await expect(agree.getByRole('alert')).toHaveText(/This workshop agrees at most 3 priorities\. Remove one before adding another, or raise the limit\./)
  const agreed = agree.getByRole('list', { name: 'Agreed priorities, first priority first' }).locator('.agree-item__title')
  await expect(agreed).toHaveText([`Priority 1: ${breaks}`, `Priority 2: ${peer}`, `Priority 3: ${advice}`])
  await expect(pool.locator('.board-card__title', { hasText: training })).toBeVisible()
  await expectAccessible(page, 'the Agree board')
  await page.screenshot({ path: '/tmp/board-shots/facilitator-agree-1920.png', fullPage: true })

  await page.reload()
  await expect(agreed).toHaveText([`Priority 1: ${breaks}`, `Priority 2: ${peer}`, `Priority 3: ${advice}`])
  await expect(agree.getByLabel(`Why “${advice}” is a priority`)).toHaveValue('Nights and weekends are when things go wrong.')

  // The shared screen shows the same map, read-only, in presenter density.
  const presenterPromise = page.context().waitForEvent('page')
  await page.getByRole('button', { name: 'Open presenter window' }).click()
  const presenter = await presenterPromise
  await presenter.setViewportSize({ width: 1920, height: 1080 })
  await page.getByRole('radio', { name: 'Gaps board' }).check()
  await expect(presenter.getByRole('heading', { name: 'Our gaps against the Key Principles', level: 1 })).toBeVisible()
  const kp4 = presenter.getByRole('region', { name: 'KP4 Foster carers\' own needs' })
  await expect(kp4.getByRole('listitem')).toHaveText([new RegExp(breaks)])
  await expect(presenter.getByRole('region', { name: 'Not yet linked' }).getByRole('listitem')).toHaveCount(8)
  await expect(presenter.getByRole('button')).toHaveCount(0)
  const sizes = await presenter.evaluate(() => ({
    card: parseFloat(getComputedStyle(document.querySelector('.presenter-board .board-card__title')!).fontSize),
    heading: parseFloat(getComputedStyle(document.querySelector('.presenter h1')!).fontSize),
  }))
  expect(sizes.card).toBeGreaterThanOrEqual(28)
  expect(sizes.heading).toBeGreaterThanOrEqual(48)
  await expectAccessible(presenter, 'the presenter board')
  await presenter.screenshot({ path: '/tmp/board-shots/presenter-board-kp-1920.png' })

  // Switching the facilitator's columns switches the shared screen's too.
  await page.getByRole('region', { name: 'Map the gaps' }).getByRole('radio', { name: 'Recommendations' }).check()
  await expect(presenter.getByRole('heading', { name: 'Our gaps against the Recommendations', level: 1 })).toBeVisible()
  await expect(presenter.getByRole('region', { name: /^R7 / })).toContainText('Promising evidence')
  await expect(presenter.getByRole('region', { name: /^R7 / }).getByRole('listitem')).toHaveText([new RegExp(peer), new RegExp(respite)])
  await expectAccessible(presenter, 'the presenter board by Recommendation')
  await presenter.screenshot({ path: '/tmp/board-shots/presenter-board-r-1920.png' })
})

test('a slow mouse drag down every Agree slot at 1280×720 leaves the page working (it used to stop with React error 185) and agrees the gap where it is dropped', async ({ page, server }) => {
  const problems: string[] = []
  page.on('pageerror', (error) => problems.push(error.message))
  await page.setViewportSize({ width: 1280, height: 720 })
  await page.goto(server.url)
  const { workshopId } = await api<{ workshopId: string }>(page, 'sample.create', {})
  const before = await api<{ max: number; priorities: Array<{ title: string }> }>(page, 'priorities.get', { workshopId })
  // Room for one more, so the drop is agreed rather than refused.
  await api(page, 'priorities.setMax', { workshopId, max: before.max + 1 })
  await page.goto(`${new URL(server.url).origin}/#/workshops/${workshopId}/prioritise`)
  const agree = page.getByRole('region', { name: 'Agreed priorities' })
  const pool = agree.getByRole('group', { name: 'Gaps to agree' })
  const handle = pool.getByRole('button', { name: /^Drag .* onto a priority$/ }).first()
  const title = (await handle.getAttribute('aria-label'))!.replace(/^Drag (.*) onto a priority$/, '$1')
  const list = agree.getByRole('list', { name: 'Agreed priorities, first priority first' })

  await dragSlowlyAcross(page, handle, list, agree.locator('[data-slot="1"]'))
  await expect(agree.getByTestId('live-message')).toHaveText(`${title} is agreed as priority 2.`)
  expect(problems).toEqual([])
  await expect(list.locator('.agree-item__title')).toHaveText([`Priority 1: ${before.priorities[0]!.title}`, `Priority 2: ${title}`, ...before.priorities.slice(1).map((priority, index) => `Priority ${index + 3}: ${priority.title}`)])
  // Still a working page: the next move by button is saved too.
  await agree.getByRole('button', { name: `Move ${title} up` }).click()
  await expect(agree.getByTestId('live-message')).toHaveText(`${title} is now priority 1.`)
  expect((await api<{ priorities: Array<{ title: string }> }>(page, 'priorities.get', { workshopId })).priorities[0]!.title).toBe(title)
})

test('a mouse drag onto a full Agree board at 1920×1080 (a slot more appears while the card is lifted) is refused in words and leaves the page working', async ({ page, server }) => {
  const problems: string[] = []
  page.on('pageerror', (error) => problems.push(error.message))
  // React's own errors too (the refused write's 400 is the browser's note of a refusal, expected here).
  page.on('console', (message) => message.type() === 'error' && !message.text().startsWith('Failed to load resource') && problems.push(message.text()))
  await page.setViewportSize({ width: 1920, height: 1080 })
  await page.goto(server.url)
  const { workshopId } = await api<{ workshopId: string }>(page, 'sample.create', {})
  const before = await api<{ max: number; priorities: Array<{ title: string }> }>(page, 'priorities.get', { workshopId })
  await api(page, 'priorities.setMax', { workshopId, max: before.priorities.length })
  await page.goto(`${new URL(server.url).origin}/#/workshops/${workshopId}/prioritise`)
  const agree = page.getByRole('region', { name: 'Agreed priorities' })
  const handle = agree.getByRole('group', { name: 'Gaps to agree' }).getByRole('button', { name: /^Drag .* onto a priority$/ }).first()
  const list = agree.getByRole('list', { name: 'Agreed priorities, first priority first' })
  const shown = before.priorities.map((priority, index) => `Priority ${index + 1}: ${priority.title}`)
  await expect(list.locator('.agree-item__title')).toHaveText(shown)

  // Down every slot and back onto the first, by a real mouse: the extra slot comes and goes, nothing loops.
  await dragSlowlyAcross(page, handle, list, agree.locator('[data-slot="0"]'))
  await expect(agree.getByRole('alert')).toHaveText(new RegExp(`This workshop agrees at most ${before.priorities.length} priorities`))
  await expect(list.locator('.agree-item__title')).toHaveText(shown)
  expect(problems).toEqual([])
  // Still a working page: a move by button is saved.
  await agree.getByRole('button', { name: `Move ${before.priorities[1]!.title} up` }).click()
  await expect(agree.getByTestId('live-message')).toHaveText(`${before.priorities[1]!.title} is now priority 1.`)
  expect(problems).toEqual([])
})

test('the sample’s board at the top of a 1080 px page: a drag from the tray links where it drops, KP2 to KP3 moves, Shift links as well, and one menu per card closes on Escape', async ({ page, server }) => {
  await openSample(page, server.url, { width: 1920, height: 1080 }, 'Prioritise')
  const board = page.getByRole('region', { name: 'Map the gaps' })
  const tray = board.getByRole('group', { name: 'Not yet linked' })
  const column = (tag: string) => board.locator(`[data-column="${tag}"]`)
  const said = board.getByTestId('live-message')
  const staff = 'Staff confidence with evidence-based programmes'
  // The tray says which view the gap is missing from, not only what it is linked to.
  await expect(tray.getByRole('listitem').filter({ hasText: staff })).toContainText('No Key Principle yet; linked to R1, R3')

  // At the very top of the page: the drop lands where it is let go, and the page stays put.
  await page.evaluate(() => window.scrollTo(0, 0))
  await dragInPlace(page, tray.getByRole('button', { name: `Drag ${staff} from the tray` }), column('KP2'), { lowInWindow: true })
  await expect(said).toHaveText(`${staff} is now linked to KP2.`)
  expect(await page.evaluate(() => window.scrollY)).toBeLessThan(100)
  await expect(column('KP2').locator('.board-card__title', { hasText: staff })).toBeVisible()
  await expect(tray.locator('.board-card__title', { hasText: staff })).toHaveCount(0)

  // KP2 to KP3 moves the link: the card leaves KP2.
  await column('KP2').getByRole('button', { name: `Drag ${staff} from KP2` }).evaluate((handle) => handle.scrollIntoView({ block: 'center' }))
  await dragInPlace(page, column('KP2').getByRole('button', { name: `Drag ${staff} from KP2` }), column('KP3'), {
    // The card about to land names the modifier, and says what Shift would do once it is held.
    whileOver: async () => {
      const hint = column('KP3').locator('.board-card__hint')
      await expect(hint).toHaveText('Drop to move from KP2 to KP3 (hold Shift to keep it in KP2 too)')
      await page.screenshot({ path: '/tmp/board-shots/drag-hint-1920.png' })
      await page.keyboard.down('Shift')
      await expect(hint).toHaveText('Drop to link to KP3 as well as KP2')
      await page.keyboard.up('Shift')
      await expect(hint).toHaveText('Drop to move from KP2 to KP3 (hold Shift to keep it in KP2 too)')
    },
  })
  await expect(said).toHaveText(`${staff} moved from KP2 to KP3.`)
  await expect(column('KP2').locator('.board-card__title', { hasText: staff })).toHaveCount(0)
  await expect(column('KP3').locator('.board-card__title', { hasText: staff })).toBeVisible()

  // The keyboard the same way: Space, an arrow, Space moves; Shift+Space at the drop links as well.
  const spoken = announcer(board)
  await column('KP3').getByRole('button', { name: `Drag ${staff} from KP3` }).focus()
  await page.keyboard.press('Space')
  await expect(spoken).toContainText(`Picked up ${staff} from Key Principle 3`)
  await settle(page)
  await page.keyboard.press('ArrowRight')
  await expect(spoken).toContainText(`${staff} is over Key Principle 4: Foster carers' own needs. Drop to move it from KP3 to KP4; hold Shift as you drop to keep it in KP3 too.`)
  await page.keyboard.press('Space')
  await expect(said).toHaveText(`${staff} moved from KP3 to KP4.`)
  await expect(column('KP3').locator('.board-card__title', { hasText: staff })).toHaveCount(0)
  const inKp4 = column('KP4').getByRole('button', { name: `Drag ${staff} from KP4` })
  await expect(inKp4).toBeFocused()
  await page.keyboard.press('Space')
  await expect(spoken).toContainText(`Picked up ${staff} from Key Principle 4`)
  await settle(page)
  await page.keyboard.press('ArrowRight')
  await expect(spoken).toContainText(`${staff} is over Key Principle 5`)
  await page.keyboard.press('Shift+Space')
  await expect(said).toHaveText(`${staff} is now linked to KP5.`)
  await expect(column('KP4').locator('.board-card__title', { hasText: staff })).toBeVisible()
  await expect(column('KP5').locator('.board-card__title', { hasText: staff })).toBeVisible()

  // One menu per card: it opens over the board, Escape closes it, and focus is back on its button.
  const options = column('KP5').getByRole('button', { name: `Options for ${staff}` })
  await options.click()
  const menu = page.getByRole('group', { name: `Options for ${staff}` })
  await expect(menu.getByRole('button')).toHaveText(['Link to… (instead of KP5)', 'Also link to… (keeps KP5)', 'Unlink from KP5', 'Open the gap'])
  await expect(menu.getByRole('button', { name: /^Link to…/ })).toBeFocused()
  await expectAccessible(page, 'a card’s menu')
  await page.screenshot({ path: '/tmp/board-shots/card-menu-1920.png' })
  await page.keyboard.press('Escape')
  await expect(menu).toBeHidden()
  await expect(options).toBeFocused()
  // By keyboard: Also link to… KP8, from the menu.
  await page.keyboard.press('Enter')
  await expect(menu).toBeVisible()
  // As a person does: the next key once focus is seen on the menu's first item (a loaded machine paints late).
  await expect(menu.getByRole('button', { name: /^Link to…/ })).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(menu.getByRole('button', { name: /^Also link to…/ })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(menu.getByText('Also link to (keeps KP5)')).toBeVisible()
  // The list of columns is shown whole: the page scrolls to it rather than leaving its end below the window.
  await expectInWindow(page, menu)
  await menu.getByRole('button', { name: /^KP8:/ }).click()
  await expect(said).toHaveText(`${staff} is now linked to KP8.`)
  await expect(column('KP8').locator('.board-card__title', { hasText: staff })).toBeVisible()
  await expect(column('KP5').locator('.board-card__title', { hasText: staff })).toBeVisible()
  // Open the gap shows it whole.
  await column('KP8').getByRole('button', { name: `Options for ${staff}` }).click()
  await page.getByRole('group', { name: `Options for ${staff}` }).getByRole('button', { name: 'Open the gap' }).click()
  const details = page.getByRole('dialog', { name: staff })
  await expect(details).toContainText('Key Principle 8')
  await details.getByRole('button', { name: 'Close' }).click()

  // At 1280×720 too, a card's list of columns is shown whole, and Escape still goes back to its button.
  await page.setViewportSize({ width: 1280, height: 720 })
  await page.evaluate(() => window.scrollTo(0, 0))
  const low = column('KP8').getByRole('button', { name: /^Options for / }).first()
  await low.click()
  const lowMenu = page.locator('.board-card__popover:popover-open')
  await lowMenu.getByRole('button', { name: /^Link to…/ }).click()
  await expect(lowMenu.getByRole('button', { name: 'Back' })).toBeFocused()
  await expectInWindow(page, lowMenu)
  await page.screenshot({ path: '/tmp/board-shots/card-menu-columns-1280.png' })
  await page.keyboard.press('Escape')
  await expect(lowMenu).toHaveCount(0)
  await expect(low).toBeFocused()
})

/** The whole of `element` is inside the window (nothing of it below or beside the edge; a pixel's rounding allowed). */
async function expectInWindow(page: Page, element: Locator) {
  const box = (await element.boundingBox())!
  const { width, height } = page.viewportSize()!
  expect(box.y, 'top inside the window').toBeGreaterThanOrEqual(-1)
  expect(box.y + box.height, 'bottom inside the window').toBeLessThanOrEqual(height + 1)
  expect(box.x + box.width, 'right inside the window').toBeLessThanOrEqual(width + 1)
}
