import type { Page } from '@playwright/test'
import { expect, expectAccessible, tabTo, test } from './fixtures'

const referenceDialog = (page: Page) => page.getByRole('dialog', { name: 'Key Principles and Recommendations' })

async function expectFullReference(page: Page) {
  const dialog = referenceDialog(page)
  await expect(dialog).toBeVisible()
  const principles = dialog.getByRole('region', { name: 'Key Principles' }).getByRole('term')
  await expect(principles).toHaveCount(8)
  await expect(principles.first()).toContainText('KP1')
  await expect(dialog).toContainText('Create a coordinated network of support for foster families.')
  await expect(dialog).toContainText('Provide foster carers with opportunities to put theory into practice.')
  const recommendations = dialog.getByRole('region', { name: 'Recommendations' }).getByRole('term')
  await expect(recommendations).toHaveCount(7)
  await expect(recommendations.filter({ hasText: 'Strong evidence' })).toHaveCount(2)
  await expect(recommendations.filter({ hasText: 'Good evidence' })).toHaveCount(4)
  await expect(recommendations.filter({ hasText: 'Promising evidence' })).toHaveCount(1)
  await expect(recommendations.nth(6)).toContainText('R7')
  await expect(recommendations.nth(6)).toContainText('Promising evidence')
  await expect(dialog).toContainText('Build evidence-based foster carer support networks to improve retention')
}

test('the reference shows all eight Key Principles and seven Recommendations with evidence strength, by keyboard from every screen', async ({ page, server }) => {
  await page.goto(server.url)
  await expect(page.getByRole('heading', { name: 'Workshops' })).toBeVisible()

  // Start screen: F1.
  await page.keyboard.press('F1')
  await expectFullReference(page)
  await expectAccessible(page, 'the reference panel')
  await page.keyboard.press('Escape')
  await expect(referenceDialog(page)).toBeHidden()

  // Inside a workshop, from the header button reached with Tab.
  await page.getByRole('button', { name: 'New workshop' }).click()
  await page.getByRole('dialog', { name: 'New workshop' }).getByLabel('Title').fill('Reference check')
  // F1 works while typing in a field, and inside another dialog.
  await page.keyboard.press('F1')
  await expectFullReference(page)
  await page.keyboard.press('Escape')
  await expect(page.getByRole('dialog', { name: 'New workshop' }).getByLabel('Title')).toHaveValue('Reference check')
  await page.getByRole('dialog', { name: 'New workshop' }).getByRole('button', { name: 'Create workshop' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Reference check' })).toBeVisible()
  await expect(page.getByText(/Reflective tool: Reflective Tool.*version 1\.0\.0/)).toBeVisible()

  await page.reload()
  // The workshop's heading has focus after loading; the reference button is a few Shift+Tabs back.
  await expect(page.getByRole('heading', { level: 1, name: 'Reference check' })).toBeFocused()
  await tabTo(page, page.getByRole('button', { name: /Key Principles and Recommendations/ }), { backwards: true, limit: 5 })
  await page.keyboard.press('Enter')
  await expectFullReference(page)
  await page.keyboard.press('Escape')
  await expect(page.getByRole('button', { name: /Key Principles and Recommendations/ })).toBeFocused()
})
