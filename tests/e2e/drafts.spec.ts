import { expect, expectAccessible, test } from './fixtures'

test('unsaved workshop details survive a reload and are offered back until saved', async ({ page, server }) => {
  await page.goto(server.url)
  await page.getByRole('button', { name: 'New workshop' }).click()
  const dialog = page.getByRole('dialog', { name: 'New workshop' })
  await dialog.getByLabel('Title').fill('Winter forum')
  await dialog.getByRole('button', { name: 'Create workshop' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Winter forum' })).toBeVisible()

  const details = page.getByRole('form', { name: 'Workshop details' })
  await details.getByLabel('Title').fill('Winter forum for carers and social workers')
  await details.getByLabel('Notes').fill('Bring the evaluation forms from last cycle.')
  await page.reload()

  const offer = page.getByRole('region', { name: 'Unsaved changes' })
  await expect(offer).toContainText('Winter forum for carers and social workers')
  await expect(details.getByLabel('Title')).toHaveValue('Winter forum')
  await expectAccessible(page, 'the offer of unsaved changes')
  await offer.getByRole('button', { name: 'Restore unsaved changes' }).click()
  await expect(details.getByLabel('Title')).toHaveValue('Winter forum for carers and social workers')
  await expect(details.getByLabel('Notes')).toHaveValue('Bring the evaluation forms from last cycle.')

  await details.getByRole('button', { name: 'Save details' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Winter forum for carers and social workers' })).toBeVisible()
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: 'Winter forum for carers and social workers' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Unsaved changes' })).toHaveCount(0)
})

test('a discarded draft is gone', async ({ page, server }) => {
  await page.goto(server.url)
  await page.getByRole('button', { name: 'New workshop' }).click()
  await page.getByRole('dialog', { name: 'New workshop' }).getByLabel('Title').fill('Half-typed title')
  await page.reload()
  await page.getByRole('button', { name: 'New workshop' }).click()
  const dialog = page.getByRole('dialog', { name: 'New workshop' })
  await expect(dialog.getByRole('region', { name: 'Unsaved changes' })).toContainText('Half-typed title')
  await dialog.getByRole('button', { name: 'Discard them' }).click()
  await expect(dialog.getByLabel('Title')).toHaveValue('')
  await page.reload()
  await page.getByRole('button', { name: 'New workshop' }).click()
  await expect(page.getByRole('dialog', { name: 'New workshop' }).getByRole('region', { name: 'Unsaved changes' })).toHaveCount(0)
})
