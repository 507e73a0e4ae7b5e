import { mkdirSync } from 'node:fs'
import type { Locator, Page } from '@playwright/test'
import { expect, expectAccessible, tabTo, test } from './fixtures'
import { seedPriorities } from './plan-helpers'

const PEER = 'No peer support at weekends'
const SHOTS = '/tmp/keys-shots'

/** Tabs to a control (far down a long page if need be) and checks the focus ring can be seen on it. */
async function reach(page: Page, target: Locator, options: { backwards?: boolean } = {}) {
  await tabTo(page, target, { limit: 250, ...options })
  await expectFocusVisible(page)
}

/** The focused element draws a ring: an outline or a box shadow, never nothing. */
async function expectFocusVisible(page: Page) {
  const ring = await page.evaluate(() => {
    const element = document.activeElement
    if (!element || element === document.body) return { what: 'nothing focused', visible: false }
    const style = getComputedStyle(element)
    const outline = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0
    const shadow = style.boxShadow !== 'none' && style.boxShadow !== ''
    return { what: `${element.tagName.toLowerCase()} ${element.getAttribute('aria-label') ?? element.textContent?.slice(0, 40) ?? ''}`, visible: outline || shadow }
  })
  expect(ring.visible, `focus ring on ${ring.what}`).toBe(true)
}

const step = (page: Page, name: string) => page.getByRole('navigation', { name: 'Workshop steps' }).getByRole('link', { name, exact: true })

async function go(page: Page, name: string) {
  await reach(page, step(page, name))
  await page.keyboard.press('Enter')
}

test('Plan, Do and Review by keyboard alone: add an action, log an update, start the next cycle, edit You said', async ({ page, server }) => {
  await page.goto(server.url)
  await page.getByRole('button', { name: 'New workshop' }).click()
  const dialog = page.getByRole('dialog', { name: 'New workshop' })
  await dialog.getByLabel('Title').fill('Keyboard forum')
  await dialog.getByRole('button', { name: 'Create workshop' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Keyboard forum' })).toBeVisible()
  const workshopId = /#\/workshops\/([^/]+)/.exec(page.url())![1]!
  await seedPriorities(page, workshopId)
  // From here on, only the keyboard.
  await page.getByRole('heading', { level: 1, name: 'Keyboard forum' }).evaluate(() => (document.activeElement as HTMLElement | null)?.blur())

  // Plan: open the folded form with Enter, fill it field by field with Tab, add with Enter.
  await go(page, 'Plan')
  const card = page.getByRole('article').filter({ has: page.getByRole('heading', { level: 2, name: new RegExp(PEER) }) })
  await expect(card).toBeVisible()
  await reach(page, card.getByText(`Add an action to “${PEER}”`))
  await page.keyboard.press('Enter')
  const form = card.getByRole('form', { name: `Add an action to ${PEER}` })
  await reach(page, form.getByLabel('Action'))
  await page.keyboard.type('Weekend peer support rota')
  await page.keyboard.press('Tab')
  await expect(form.getByLabel('Lead owner')).toBeFocused()
  await expectFocusVisible(page)
  await page.keyboard.type('Carer champion')
  await page.keyboard.press('Tab')
  await page.keyboard.type('31 March 2027')
  await page.keyboard.press('Tab')
  await expect(form.getByLabel('Status')).toBeFocused()
  await expectFocusVisible(page)
  await page.keyboard.press('ArrowDown')
  await expect(form.getByLabel('Status')).toHaveValue('on_track')
  await reach(page, form.getByRole('button', { name: 'Add action' }))
  await page.keyboard.press('Enter')
  const row = card.getByRole('table').getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Weekend peer support rota' }) })
  await expect(row).toContainText('On track')
  await expect(row).toContainText('31 March 2027')
  // The row's own buttons are reachable too, backwards from the form.
  await reach(page, card.getByRole('button', { name: /^Edit Weekend peer support rota/ }), { backwards: true })

  // Do: log an update with a status.
  await go(page, 'Do')
  const action = page.getByRole('article').filter({ has: page.getByRole('heading', { level: 3, name: 'Weekend peer support rota' }) })
  await reach(page, action.getByText('Record an update on “Weekend peer support rota”'))
  await page.keyboard.press('Space')
  const update = action.getByRole('form', { name: 'Record an update on Weekend peer support rota' })
  await reach(page, update.getByLabel('Status now'))
  await page.keyboard.press('ArrowDown')
  await expect(update.getByLabel('Status now')).toHaveValue('at_risk')
  await page.keyboard.press('Tab')
  await expect(update.getByLabel('Update and evidence')).toBeFocused()
  await expectFocusVisible(page)
  await page.keyboard.type('Only two carers signed up for the rota so far.')
  await page.keyboard.press('Tab')
  await expect(update.getByRole('button', { name: 'Record update' })).toBeFocused()
  await expectFocusVisible(page)
  await page.keyboard.press('Enter')
  const log = action.getByRole('list', { name: 'Updates and evidence for Weekend peer support rota' })
  await expect(log).toContainText('Only two carers signed up for the rota so far.')
  await expect(log).toContainText('At risk')

  // Review: edit a You said row and save it, then start the next cycle from the confirmation dialog.
  await go(page, 'Review')
  const youSaid = page.getByLabel('You said, row 1')
  await reach(page, youSaid)
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.type('Carers told us weekends are the loneliest time.')
  await reach(page, page.getByRole('button', { name: 'Save table' }))
  await page.keyboard.press('Enter')
  await expect(page.getByText('Table saved. The report will use this version.')).toBeVisible()

  await reach(page, page.getByRole('button', { name: 'Start the next cycle' }))
  await page.keyboard.press('Enter')
  const confirm = page.getByRole('dialog', { name: 'Start the next cycle?' })
  await expect(confirm).toBeVisible()
  await expectAccessible(page, 'the start next cycle confirmation, opened by keyboard')
  // The date comes first; focus stays inside the dialog while it is open: Tab cycles through its controls.
  await expect(confirm.getByLabel('Date of the cycle 2 workshop')).toBeFocused()
  await page.keyboard.type('18 November 2027')
  const start = confirm.getByRole('button', { name: 'Start cycle 2' })
  await tabTo(page, start, { limit: 10 })
  await expectFocusVisible(page)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: 'Keyboard forum' })).toBeVisible()
  await expect(page.getByText(/Cycle 2/).first()).toBeVisible()
  mkdirSync(SHOTS, { recursive: true })
  await page.screenshot({ path: `${SHOTS}/keyboard-review.png` })

  // The saved You said row is still what was typed, in the workshop that was reviewed.
  await page.goto(`${server.url}#/workshops/${workshopId}/review`)
  await expect(page.getByLabel('You said, row 1')).toHaveValue('Carers told us weekends are the loneliest time.')
})
