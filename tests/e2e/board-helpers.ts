import { expect, type Locator, type Page } from '@playwright/test'
import { api } from './voting-helpers'

export const BOARD_GAPS = [
  'Short breaks when carers need them',
  'Out-of-hours advice line',
  'Peer groups that meet in the evening',
  'Training on trauma and attachment',
  'Carers’ voice in planning meetings',
  'Support after an allegation',
  'Help with the school run',
  'Translated information for new carers',
  'A named contact who answers',
  'Mentors for first-year carers',
  'Respite for birth children too',
] as const

/** A workshop with two groups and the gaps above, none of them linked yet except the last (to R7). */
export async function seedBoard(page: Page) {
  const workshop = await api<{ id: string }>(page, 'workshops.create', {
    title: 'Eastbrook carers’ workshop', localArea: 'Eastbrook', date: '2026-11-23', venue: '', facilitators: '', cycle: 1, notes: '',
  })
  const carers = await api<{ id: string }>(page, 'groups.add', { workshopId: workshop.id, details: { name: 'Carers', roles: ['foster_carers'], headCount: 6 } })
  const gaps: Array<{ id: string; title: string }> = []
  for (const [index, title] of BOARD_GAPS.entries()) {
    const links = index === BOARD_GAPS.length - 1 ? ['R7'] : []
    gaps.push(await api(page, 'gaps.create', { workshopId: workshop.id, details: { title, detail: 'Raised at table one.', links, groupIds: [carers.id], sourceQuestionId: null, edie: index === 7 } }))
  }
  return { workshopId: workshop.id, gaps }
}

/**
 * Scrolls so the handle and the top of the target (where the drag ends) are both in the window, as a
 * person scrolls before a drag; scrolling to one and then the other can leave the first out of sight.
 */
async function bothInView(page: Page, handle: Locator, target: Locator): Promise<void> {
  await handle.scrollIntoViewIfNeeded()
  const from = await handle.boundingBox()
  const to = await target.boundingBox()
  const height = page.viewportSize()?.height
  if (!from || !to || !height) throw new Error('The handle or the target is not on the page.')
  const top = Math.min(from.y, to.y)
  const bottom = Math.max(from.y + from.height, to.y + Math.min(to.height, 120))
  if (top >= 0 && bottom <= height) return
  if (bottom - top > height) throw new Error('The handle and the target are too far apart to be in the window together.')
  await page.evaluate((by) => window.scrollBy(0, by), (top + bottom) / 2 - height / 2)
}

/**
 * A mouse drag as a person makes it: press on the handle, move in small steps past dnd-kit's
 * activation distance, over the target, and let go.
 */
export async function dragWithMouse(page: Page, handle: Locator, target: Locator): Promise<void> {
  // The last card dropped has settled (its drop animation over) before the next is picked up, as a person sees.
  await expect(page.locator('.board-card--overlay')).toHaveCount(0)
  await bothInView(page, handle, target)
  const from = await handle.boundingBox()
  const to = await target.boundingBox()
  if (!from || !to) throw new Error('The handle or the target is not on screen.')
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2)
  await page.mouse.down()
  await page.mouse.move(from.x + from.width / 2 + 12, from.y + from.height / 2 + 12, { steps: 4 })
  await page.mouse.move(to.x + to.width / 2, to.y + Math.min(to.height / 2, 60), { steps: 12 })
  await page.mouse.move(to.x + to.width / 2 + 2, to.y + Math.min(to.height / 2, 60) + 2, { steps: 2 })
  // Let go once the board shows where the card would land, as a person does (on a loaded machine the
  // highlight can lag the pointer, and a drop before it lands nowhere).
  await expect(target).toHaveClass(/--over\b/)
  await page.mouse.up()
}

/**
 * A mouse drag on the page as it stands, nothing scrolled into view first (as a facilitator drags
 * at the top of the page): small steps all the way, with Shift held at the drop when `shift` is set
 * and `whileOver` run while the pointer is over the target, before the drop.
 */
export async function dragInPlace(page: Page, handle: Locator, target: Locator, { shift = false, lowInWindow = false, whileOver }: { shift?: boolean; lowInWindow?: boolean; whileOver?: () => Promise<void> } = {}): Promise<void> {
  const from = await handle.boundingBox()
  const to = await target.boundingBox()
  if (!from || !to) throw new Error('The handle or the target is not on screen.')
  // The middle of the part of the target the window shows (a column can be taller than the window).
  const height = page.viewportSize()!.height
  // `lowInWindow`: over the target near the window's bottom edge, pausing there as a person does before letting go.
  const [x, y] = [to.x + to.width / 2, lowInWindow ? Math.min(to.y + to.height, height) - height * 0.12 : (Math.max(to.y, 0) + Math.min(to.y + to.height, height)) / 2]
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2)
  await page.mouse.down()
  await page.mouse.move(from.x + from.width / 2 + 12, from.y + from.height / 2 + 12, { steps: 4 })
  await page.mouse.move(x, y, { steps: 30 })
  if (lowInWindow) for (let wiggle = 0; wiggle < 20; wiggle += 1) await page.mouse.move(x + (wiggle % 2), y)
  // What the facilitator sees over the target before letting go (the card's hint), checked by the caller.
  if (whileOver) await whileOver()
  if (shift) await page.keyboard.down('Shift')
  await page.mouse.move(x + 2, y + 2, { steps: 2 })
  await page.mouse.up()
  if (shift) await page.keyboard.up('Shift')
}

/**
 * dnd-kit's keyboard sensor starts listening for arrow keys in a timer after the pick-up, and the
 * browser serves key presses before timers: wait for the page's timers to run first, as any
 * person's pause between two keys does.
 */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((resolve) => setTimeout(() => requestAnimationFrame(() => resolve(undefined)), 0)))
}

/** dnd-kit's own live region (DndContext adds one per board). */
export function announcer(scope: Page | Locator): Locator {
  return scope.locator('[id^="DndLiveRegion"]')
}

export async function expectCards(column: Locator, titles: readonly string[]): Promise<void> {
  await expect(column.locator('.board-card__title')).toHaveText([...titles])
}

/**
 * A slow mouse drag as a hesitant person makes it: picked up, then moved a few pixels at a time
 * down the whole of `across` (every slot in turn, the gaps between them too), and let go over `target`.
 */
export async function dragSlowlyAcross(page: Page, handle: Locator, across: Locator, target: Locator): Promise<void> {
  await across.scrollIntoViewIfNeeded()
  await handle.scrollIntoViewIfNeeded()
  const from = await handle.boundingBox()
  const area = await across.boundingBox()
  if (!from || !area) throw new Error('The handle or the slots are not on screen.')
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2)
  await page.mouse.down()
  await page.mouse.move(from.x + from.width / 2 + 12, from.y + from.height / 2 + 12, { steps: 4 })
  // Down the slots as far as the window shows them (below that, dnd-kit scrolls the page).
  const bottom = Math.min(area.y + area.height, page.viewportSize()!.height - 60)
  for (let y = Math.max(area.y, 0); y < bottom; y += 7) await page.mouse.move(area.x + area.width / 2, y)
  // Back to the middle of the window, where dnd-kit does not scroll, and wait until the page is still.
  await page.mouse.move(area.x + area.width / 2, page.viewportSize()!.height / 2, { steps: 10 })
  await expect.poll(async () => {
    const before = await page.evaluate(() => window.scrollY)
    await page.waitForTimeout(150)
    return (await page.evaluate(() => window.scrollY)) === before
  }).toBe(true)
  const to = await target.boundingBox()
  if (!to) throw new Error('The target slot is not on screen.')
  await page.mouse.move(to.x + to.width / 2, to.y + Math.min(to.height / 2, 40), { steps: 6 })
  await page.mouse.up()
}
