import { expect, expectAccessible, test } from './fixtures'
import { announcer, BOARD_GAPS, dragSlowlyAcross, dragWithMouse, expectCards, seedBoard } from './board-helpers'
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

  // Two by keyboard alone: space picks up, arrows move between columns, space drops.
  const spoken = announcer(board)
  await tray.getByRole('button', { name: `Drag ${contact} from the tray` }).focus()
  await page.keyboard.press('Space')
  await expect(spoken).toContainText(`Picked up ${contact} from the tray of unlinked gaps. Use the arrow keys to move between columns, space to drop, escape to cancel.`)
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
  await page.keyboard.press('ArrowRight')
  await expect(spoken).toContainText(`${peer} is over Key Principle 4: Foster carers' own needs. Drop to link it to KP4.`)
  await expect(column('KP4').getByText('Drop to link to KP4')).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(spoken).toContainText(`Cancelled. ${peer} is back in Key Principle 3: Facilitated peer support, as it was.`)
  await expectCards(column('KP4'), [breaks])
  await expectCards(column('KP3'), [peer, mentors])

  // A card can sit under several columns: drag it on from one column to another and it is in both.
  await dragWithMouse(page, column('KP1').getByRole('button', { name: `Drag ${advice} from KP1` }), column('KP6'))
  await expect(said).toHaveText(`${advice} is now linked to KP6.`)
  await expectCards(column('KP1'), [advice])
  await expectCards(column('KP6'), [advice, school])
  await expectAccessible(page, 'the map board')
  await page.screenshot({ path: '/tmp/board-shots/facilitator-map-kp-1920.png' })

  // Removing a link is one action, and leaves the card's other links alone.
  await column('KP6').getByRole('button', { name: `Unlink from KP6 (${advice})` }).click()
  await expect(said).toHaveText(`${advice} is no longer linked to KP6.`)
  await expectCards(column('KP6'), [school])
  await expectCards(column('KP1'), [advice])

  // Recommendations: strength of evidence in words in each header; the no-drag menu links a gap.
  await board.getByRole('radio', { name: 'Recommendations' }).check()
  await expect(board.getByRole('group', { name: /^R1 Multi-level support/ })).toContainText('Strong evidence')
  await expect(column('R7')).toContainText('Promising evidence')
  await expectCards(column('R7'), [respite])
  await expect(tray.locator('.board-card__title')).toHaveCount(10)
  await tray.getByRole('button', { name: `Link to… (${breaks})` }).click()
  await tray.getByRole('list', { name: `Link ${breaks} to` }).getByRole('button', { name: 'R4: Self-care and behaviour support for carer wellbeing' }).click()
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
    const box = agree.getByLabel(`Why ${title} is a priority`)
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
  await expect(agree.getByLabel(`Why ${advice} is a priority`)).toHaveValue('Nights and weekends are when things go wrong.')

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
