import type { Page } from '@playwright/test'
import { expect, expectAccessible, tabTo, test } from './fixtures'

async function createWorkshop(page: Page, fields: { title: string; area?: string; date?: string; cycle?: string }) {
  await page.getByRole('button', { name: 'New workshop' }).click()
  const dialog = page.getByRole('dialog', { name: 'New workshop' })
  await dialog.getByLabel('Title').fill(fields.title)
  if (fields.area) await dialog.getByLabel('Local area').fill(fields.area)
  if (fields.date) await dialog.getByLabel('Date').fill(fields.date)
  if (fields.cycle) await dialog.getByLabel('Cycle').fill(fields.cycle)
  await dialog.getByRole('button', { name: 'Create workshop' }).click()
  await expect(page.getByRole('heading', { level: 1, name: fields.title })).toBeVisible()
}

async function addGroup(page: Page, name: string, roles: string[], headCount: string) {
  const form = page.getByRole('form', { name: 'Add a group' })
  await form.getByLabel('Group name').fill(name)
  for (const role of roles) await form.getByLabel(role).check()
  await form.getByLabel('Head count').fill(headCount)
  await form.getByRole('button', { name: 'Add group' }).click()
  await expect(page.getByRole('list', { name: 'Groups in order' }).getByText(name, { exact: true })).toBeVisible()
}

const groupNames = (page: Page) => page.getByRole('list', { name: 'Groups in order' }).locator('.group-row__name')

test('create a workshop with three groups; reload and restart keep everything', async ({ page, server }) => {
  await page.goto(server.url)
  await expect(page.getByText('No workshops yet.')).toBeVisible()
  await expectAccessible(page, 'the empty start screen')

  await page.getByRole('button', { name: 'New workshop' }).click()
  await expectAccessible(page, 'the new workshop dialog')
  await page.getByRole('button', { name: 'Cancel' }).click()

  await createWorkshop(page, { title: 'Northvale carers’ forum', area: 'Northvale', date: '23/11/2026', cycle: '2' })
  await expect(page.getByText('23 November 2026 · Northvale · Cycle 2')).toBeVisible()

  await addGroup(page, 'Table 1', ['Foster carers'], '6')
  await addGroup(page, 'Table 2', ['Foster carers', 'Supervising social workers'], '5')
  await addGroup(page, 'Partners', ['Partner agencies', 'Managers and leaders'], '4')
  await expectAccessible(page, 'the set-up step with groups')

  // Reorder and rename.
  await page.getByRole('button', { name: 'Move Partners up' }).click()
  await expect(groupNames(page)).toHaveText(['Table 1', 'Partners', 'Table 2'])
  await page.getByRole('button', { name: 'Edit Table 1' }).click()
  const edit = page.getByRole('form', { name: 'Edit Table 1' })
  await edit.getByLabel('Group name').fill('Carers A')
  await edit.getByRole('button', { name: 'Save group' }).click()
  await expect(groupNames(page)).toHaveText(['Carers A', 'Partners', 'Table 2'])

  await page.reload()
  await expect(groupNames(page)).toHaveText(['Carers A', 'Partners', 'Table 2'])
  await expect(page.getByText('Managers and leaders, Partner agencies · 4 people')).toBeVisible()

  await server.restart()
  await page.goto(server.url)
  const card = page.getByRole('listitem').filter({ hasText: 'Northvale carers’ forum' })
  await expect(card).toContainText('23 November 2026')
  await expect(card).toContainText('Cycle 2')
  await expect(card).toContainText('3 groups')
  await expectAccessible(page, 'the start screen with a workshop')
  await card.getByRole('link', { name: 'Northvale carers’ forum' }).click()
  await expect(groupNames(page)).toHaveText(['Carers A', 'Partners', 'Table 2'])
})

test('bad input shows its message beside the field and writes nothing', async ({ page, server }) => {
  await page.goto(server.url)
  await page.getByRole('button', { name: 'New workshop' }).click()
  const dialog = page.getByRole('dialog', { name: 'New workshop' })
  await dialog.getByLabel('Title').fill('   ')
  await dialog.getByLabel('Date').fill('31 June 2026')
  await dialog.getByRole('button', { name: 'Create workshop' }).click()
  await expect(dialog.getByLabel('Title')).toHaveAccessibleDescription(/Title cannot be empty\./)
  await expect(dialog.getByLabel('Date')).toHaveAccessibleDescription(/Enter a real date, for example 23 November 2026\./)
  await expectAccessible(page, 'the new workshop dialog with errors')

  await dialog.getByLabel('Title').fill('x'.repeat(10_000))
  await dialog.getByLabel('Date').fill('23 November 2026')
  await dialog.getByRole('button', { name: 'Create workshop' }).click()
  await expect(dialog.getByLabel('Title')).toHaveAccessibleDescription(/Title must be 200 characters or fewer\./)
  await dialog.getByRole('button', { name: 'Cancel' }).click()

  await page.reload()
  await expect(page.getByText('No workshops yet.')).toBeVisible()

  await createWorkshop(page, { title: 'Spring forum', date: '2 March 2027' })
  const form = page.getByRole('form', { name: 'Add a group' })
  await form.getByLabel('Group name').fill('Table 1')
  await form.getByLabel('Head count').fill('-2')
  await form.getByRole('button', { name: 'Add group' }).click()
  await expect(form.getByLabel('Head count')).toHaveAccessibleDescription(/Head count cannot be negative\./)
  await page.reload()
  await expect(page.getByText('No groups yet. Add one for each table.')).toBeVisible()
})

test('every action works by keyboard: create, add groups, reorder, edit details, delete', async ({ page, server }) => {
  await page.goto(server.url)
  // Tab from the top of the page to "New workshop".
  const newWorkshop = page.getByRole('button', { name: 'New workshop' })
  await tabTo(page, newWorkshop, { limit: 10 })
  await page.keyboard.press('Enter')
  await expect(page.getByRole('dialog', { name: 'New workshop' }).getByLabel('Title')).toBeVisible()
  await page.keyboard.press('Tab') // Close button comes first in the dialog
  await page.getByRole('dialog').getByLabel('Title').focus()
  await page.keyboard.type('Keyboard forum')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: 'Keyboard forum' })).toBeFocused()

  const form = page.getByRole('form', { name: 'Add a group' })
  for (const name of ['Red table', 'Blue table']) {
    await form.getByLabel('Group name').focus()
    await page.keyboard.type(name)
    await page.keyboard.press('Tab')
    await page.keyboard.press('Tab') // head count
    await page.keyboard.press('Space') // first role: Foster carers
    await page.keyboard.press('Enter')
    await expect(groupNames(page).filter({ hasText: name })).toBeVisible()
  }
  await page.getByRole('button', { name: 'Move Blue table up' }).focus()
  await page.keyboard.press('Enter')
  await expect(groupNames(page)).toHaveText(['Blue table', 'Red table'])

  // Edit details and save with the keyboard.
  await page.getByRole('form', { name: 'Workshop details' }).getByLabel('Venue').focus()
  await page.keyboard.type('Town Hall')
  await page.getByRole('button', { name: 'Save details' }).focus()
  await page.keyboard.press('Enter')
  await expect(page.getByText('Details saved.')).toBeVisible()

  // Back to the start screen and delete, confirming by keyboard.
  await page.getByRole('link', { name: 'Workshops', exact: true }).focus()
  await page.keyboard.press('Enter')
  await page.getByRole('button', { name: 'Delete Keyboard forum' }).focus()
  await page.keyboard.press('Enter')
  const confirm = page.getByRole('dialog', { name: 'Delete this workshop?' })
  await expect(confirm).toContainText('“Keyboard forum”')
  await expect(confirm).toContainText('2 groups')
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused()
  await expectAccessible(page, 'the delete confirmation')
  await page.keyboard.press('Tab')
  await page.keyboard.press('Enter')
  await expect(page.getByText('No workshops yet.')).toBeVisible()
  await page.reload()
  await expect(page.getByText('No workshops yet.')).toBeVisible()
})
