import { mkdirSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { expect, expectAccessible, test } from './fixtures'
import { trayWidthFor } from '../../renderer/src/steps/prioritise/trayWidth'
import { findClippedText, findSpreadCards, findUneven, findUnevenColumns, openSample } from './layout-helpers'

const SHOTS = '/tmp/layout-shots'
const STEPS = ['Set-up', 'Assess', 'Prioritise', 'Plan', 'Do', 'Review', 'Report'] as const
const ASSESS_VIEWS = ['Agenda', 'Questions', 'Support offer', 'Ratings', 'Gaps'] as const

/** Nothing on the page cuts off or spills its text; the list names what does, so a failure says where. */
async function expectNothingClipped(page: Page, where: string) {
  // The page has settled (fonts, the board's measured columns) before it is measured.
  await page.evaluate(() => document.fonts.ready)
  expect(await findClippedText(page), `text cut off on ${where}`).toEqual([])
  // Every box of typed text (notes, You said, comments) shows all of it, without a scroll bar of its own.
  const scrolling = await page.locator('textarea:visible').evaluateAll((boxes) => boxes.filter((box) => box.scrollHeight > box.clientHeight + 1).map((box) => box.getAttribute('aria-label') ?? box.id))
  expect(scrolling, `text boxes that hide part of their text on ${where}`).toEqual([])
  // A list beside a text box in a row (a member's role and name) is as tall as it, so their labels and edges line up.
  const heights = await page.locator('select:visible, input[type="text"]:visible, input[type="number"]:visible').evaluateAll((fields) => [...new Set(fields.map((field) => Math.round(field.getBoundingClientRect().height)))])
  expect(heights.length, `one-line fields of different heights on ${where}: ${heights.join(', ')} px`).toBeLessThanOrEqual(1)
  // Fields side by side in a form's row end level, however long the label or hint above each; the groups'
  // notes on a question start level, however long a group's name.
  expect(await findUneven(page, '.form__row', '.field', 'bottom'), `fields side by side whose boxes are not level on ${where}`).toEqual([])
  expect(await findUneven(page, '.notes__groups', '.note', 'top'), `notes side by side whose boxes are not level on ${where}`).toEqual([])
}

/** How far short of the page's right edge the step's widest part (a panel, section, aside, form or card) stops, in px. */
function unusedWidth(page: Page): Promise<number> {
  return page.locator('main').evaluate((main) => {
    const box = main.getBoundingClientRect()
    const inner = box.right - parseFloat(getComputedStyle(main).paddingRight)
    const parts = Array.from(main.querySelectorAll('section, aside, .panel, article, form')).filter((part) => part.getBoundingClientRect().width > 0)
    return inner - Math.max(...parts.map((part) => part.getBoundingClientRect().right))
  })
}

for (const [width, height] of [[1920, 1080], [1280, 720]] as const) {
  test(`every step of the sample at ${width}×${height}: one wide page, nothing cut off, each step ends with Next`, async ({ page, server }) => {
    test.setTimeout(180_000)
    mkdirSync(SHOTS, { recursive: true })
    await page.setViewportSize({ width, height })
    await openSample(page, server.url)
    const main = page.locator('main')
    const pageWidth = await main.evaluate((element) => element.getBoundingClientRect().width)
    for (const [index, step] of STEPS.entries()) {
      await expect(page.getByRole('navigation', { name: 'Workshop steps' }).getByRole('link', { name: step })).toHaveAttribute('aria-current', 'step')
      // One layout for every step: the page is as wide on each of them.
      expect(await main.evaluate((element) => element.getBoundingClientRect().width)).toBe(pageWidth)
      const views = step === 'Assess' ? ASSESS_VIEWS : ['']
      for (const view of views) {
        if (view) await page.getByRole('navigation', { name: 'Assess' }).getByRole('link', { name: view, exact: true }).click()
        await expect(page.getByText(/^Loading/)).toHaveCount(0)
        const where = `${step}${view ? ` / ${view}` : ''} at ${width}×${height}`
        await expectNothingClipped(page, where)
        // …and the step's own parts use that width: none of them sits in a narrow column with the rest of the page empty.
        expect(await unusedWidth(page), `width left empty on the right of ${where}`).toBeLessThan(32)
        if (step === 'Prioritise') {
          // The board's columns start in the first screen, with room for a card, even at 720 px high.
          const top = await page.locator('[data-column="KP1"]').evaluate((column) => column.getBoundingClientRect().top)
          expect(top).toBeLessThan(height - 180)
          // Columns side by side start their counts and cards level, however many lines a heading wraps to
          // (the Recommendations' headings carry their evidence strength too); the board is left as it was.
          const board = page.getByRole('region', { name: 'Map the gaps' })
          // The board's first render guesses the tray's width from the window's (trayWidth.ts): the guess is its laid-out width.
          expect(await page.locator('.board-column--tray .board-column__cards').evaluate((list) => Math.round(list.getBoundingClientRect().width)), `the tray's width at ${width}×${height}`).toBe(trayWidthFor(width))
          expect(await findUnevenColumns(page), `board columns not level at ${width}×${height}, Key Principles`).toEqual([])
          await board.getByRole('radio', { name: 'Recommendations' }).check()
          await expect(page.locator('[data-column="R1"]')).toBeVisible()
          expect(await findUnevenColumns(page), `board columns not level at ${width}×${height}, Recommendations`).toEqual([])
          // The tray is full here, its cards in rows: each keeps its words together and its buttons at its foot.
          expect(await findSpreadCards(page), `cards spread out to fill their row at ${width}×${height}`).toEqual([])
          await page.screenshot({ path: `${SHOTS}/${width}-${index + 1}-${step}-recommendations.png` })
          await board.getByRole('radio', { name: 'Key Principles' }).check()
          await expect(page.locator('[data-column="KP1"]')).toBeVisible()
        }
        await page.screenshot({ path: `${SHOTS}/${width}-${index + 1}-${step}${view ? `-${view}` : ''}.png` })
        if (view === 'Agenda') {
          // The empty agenda's Add whole section buttons fit too; its Undo (focused) brings the sample's agenda back.
          await page.getByRole('button', { name: 'Clear agenda' }).click()
          await expect(page.getByRole('button', { name: 'Undo clear agenda' })).toBeFocused()
          await expect(page.getByRole('button', { name: 'Add whole section' }).first()).toBeVisible()
          await expectNothingClipped(page, `the empty agenda at ${width}×${height}`)
          await page.screenshot({ path: `${SHOTS}/${width}-${index + 1}-${step}-${view}-cleared.png` })
          await page.keyboard.press('Enter')
          await expect(page.getByText('The agenda is back: 77 questions.')).toBeVisible()
        }
      }
      const next = STEPS[index + 1]
      const nextButton = page.getByRole('navigation', { name: 'Next step' }).getByRole('link', { name: next ? `Next: ${next}` : /Next/ })
      if (!next) {
        await expect(nextButton).toHaveCount(0)
        break
      }
      // The page's end stays where it is as the facilitator scrolls to it: nothing on the way stands in at a
      // guessed height while off-screen and grows once scrolled to, so Next does not run away.
      const nextTop = () => nextButton.evaluate((link) => Math.round(link.getBoundingClientRect().top + window.scrollY))
      const before = await nextTop()
      await nextButton.evaluate((link) => link.scrollIntoView({ block: 'end' }))
      await page.evaluate(() => new Promise((drawn) => requestAnimationFrame(() => requestAnimationFrame(drawn))))
      expect(await nextTop(), `where Next is on ${step} at ${width}×${height}, once scrolled to`).toBe(before)
      // The step ends with the way on; it opens the next step at its top, focus on the title.
      await nextButton.click()
      // Asked as what has focus, so a failure says where focus went instead (and whether the page had it).
      const focused = () =>
        page.evaluate(() => {
          const active = document.activeElement
          const what = active ? `${active.tagName.toLowerCase()} “${(active.textContent ?? '').trim().slice(0, 40)}”` : 'nothing'
          return `${what}${document.hasFocus() ? '' : ' (the page does not have focus)'} on ${location.hash.split('/').at(-1)}`
        })
      await expect.poll(focused).toBe(`h1 “Eastmoor foster carers’ forum (sample)” on ${next.toLowerCase().replace('set-up', 'setup')}`)
      expect(await page.evaluate(() => window.scrollY)).toBe(0)
    }
  })
}

test('a 15-line note shows whole, in the question view and in Present mode; group names in the possessive', async ({ page, server }) => {
  await page.setViewportSize({ width: 1920, height: 1080 })
  await openSample(page, server.url)
  const workshopId = /#\/workshops\/([^/]+)/.exec(page.url())![1]!
  const origin = new URL(server.url).origin
  await page.goto(`${origin}/#/workshops/${workshopId}/assess/questions`)
  const note = page.getByLabel('Notes from Table 2 – newer carers')
  const lines = Array.from({ length: 15 }, (_, index) => `Line ${index + 1}: what the table said about this question.`)
  await note.fill(lines.join('\n'))
  await expect(note).toHaveAccessibleDescription(/Saved/)
  const whole = () => note.evaluate((box) => box.scrollHeight <= box.clientHeight + 1)
  expect(await whole()).toBe(true)
  await page.goto(`${origin}/#/workshops/${workshopId}/assess/present`)
  await expect(note).toHaveValue(lines.join('\n'))
  expect(await whole()).toBe(true)
  await note.evaluate((box) => box.scrollIntoView({ block: 'end' }))
  await page.screenshot({ path: `${SHOTS}/present-long-note-1920.png` })
  await expectAccessible(page, 'Present mode with a long note')

  // "Table 1 – long-term carers’ rating", not "carers’s".
  await page.goto(`${origin}/#/workshops/${workshopId}/assess/ratings`)
  const card = page.getByRole('article', { name: /^KP1 / })
  await card.getByText('Ratings by group').click()
  await expect(card.getByRole('group', { name: 'KP1: Table 1 – long-term carers’ rating' })).toBeVisible()
  await expect(page.getByText(/carers’s/)).toHaveCount(0)
})
