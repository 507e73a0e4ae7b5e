import type { Page } from '@playwright/test'
import { expect, expectAccessible, test } from './fixtures'
import { seedPriorities } from './plan-helpers'

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

async function newWorkshop(page: Page, url: string): Promise<string> {
  await page.goto(url)
  await page.getByRole('button', { name: 'New workshop' }).click()
  const dialog = page.getByRole('dialog', { name: 'New workshop' })
  await dialog.getByLabel('Title').fill('Drafts forum')
  await dialog.getByRole('button', { name: 'Create workshop' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Drafts forum' })).toBeVisible()
  return /#\/workshops\/([^/]+)/.exec(page.url())![1]!
}

const assessTab = (page: Page, name: string) => page.getByRole('navigation', { name: 'Assess' }).getByRole('link', { name, exact: true })
const step = (page: Page, name: string) => page.getByRole('navigation', { name: 'Workshop steps' }).getByRole('link', { name, exact: true })

test('a half-typed gap survives a reload and a crashed window, and recording it clears the draft', async ({ page, server, context }) => {
  const workshopId = await newWorkshop(page, server.url)
  await step(page, 'Assess').click()
  await assessTab(page, 'Gaps').click()
  await page.getByRole('button', { name: 'New gap' }).click()
  let dialog = page.getByRole('dialog', { name: 'New gap' })
  await dialog.getByLabel('Title', { exact: true }).fill('No peer support at weekends')
  await dialog.getByLabel('Detail').fill('Carers said the helpline closes on Friday at five.')

  await page.reload()
  await page.getByRole('button', { name: 'New gap' }).click()
  dialog = page.getByRole('dialog', { name: 'New gap' })
  await expect(dialog.getByRole('region', { name: 'Unsaved changes' })).toContainText('Unsaved changes from before were restored.')
  await expect(dialog.getByLabel('Title', { exact: true })).toHaveValue('No peer support at weekends')
  await expect(dialog.getByLabel('Detail')).toHaveValue('Carers said the helpline closes on Friday at five.')
  await expectAccessible(page, 'a restored gap draft')

  // Like a crash: the window goes without any goodbye, and a new one is opened on the same workshop.
  await page.close()
  const reopened = await context.newPage()
  await reopened.goto(`${server.url}#/workshops/${workshopId}/assess`)
  await assessTab(reopened, 'Gaps').click()
  await reopened.getByRole('button', { name: 'New gap' }).click()
  dialog = reopened.getByRole('dialog', { name: 'New gap' })
  await expect(dialog.getByLabel('Title', { exact: true })).toHaveValue('No peer support at weekends')
  await dialog.getByRole('button', { name: 'Record gap' }).click()
  await expect(reopened.getByRole('list', { name: 'Gaps' }).getByRole('heading', { level: 3, name: 'No peer support at weekends' })).toBeVisible()

  await reopened.reload()
  await reopened.getByRole('button', { name: 'New gap' }).click()
  dialog = reopened.getByRole('dialog', { name: 'New gap' })
  await expect(dialog.getByLabel('Title', { exact: true })).toHaveValue('')
  await expect(dialog.getByRole('region', { name: 'Unsaved changes' })).toHaveCount(0)
})

test('a half-typed action comes back after a reload and a crash, can be discarded, and adding it clears it', async ({ page, server, context }) => {
  const workshopId = await newWorkshop(page, server.url)
  await seedPriorities(page, workshopId)
  await step(page, 'Plan').click()
  const card = page.getByRole('article').filter({ has: page.getByRole('heading', { level: 2, name: /No peer support at weekends/ }) })
  await card.getByText('Add an action to “No peer support at weekends”').click()
  let form = card.getByRole('form', { name: 'Add an action to No peer support at weekends' })
  await form.getByLabel('Action').fill('Weekend peer support rota')
  await form.getByLabel('Lead owner').fill('Fostering service manager')

  await page.reload()
  // The folded form opens by itself when it holds typing from before.
  await expect(form.getByRole('region', { name: 'Unsaved changes' })).toBeVisible()
  await expect(form.getByLabel('Action')).toHaveValue('Weekend peer support rota')
  await expect(form.getByLabel('Lead owner')).toHaveValue('Fostering service manager')
  await expectAccessible(page, 'a restored action draft')

  // Discarded: gone, and not back after a reload.
  await form.getByRole('button', { name: 'Discard them' }).click()
  await expect(form.getByLabel('Action')).toHaveValue('')
  await page.reload()
  await expect(form).toBeHidden()

  await card.getByText('Add an action to “No peer support at weekends”').click()
  await form.getByLabel('Action').fill('Buddy scheme for new carers')
  await page.close()
  const reopened = await context.newPage()
  await reopened.goto(`${server.url}#/workshops/${workshopId}/plan`)
  form = reopened.getByRole('form', { name: 'Add an action to No peer support at weekends' })
  await expect(form.getByLabel('Action')).toHaveValue('Buddy scheme for new carers')
  await form.getByLabel('Lead owner').fill('Supervising social worker')
  await form.getByLabel('By when').fill('31 March 2027')
  await form.getByRole('button', { name: 'Add action' }).click()
  await expect(reopened.getByRole('rowheader', { name: 'Buddy scheme for new carers' })).toBeVisible()
  await expect(form.getByLabel('Action')).toHaveValue('')

  await reopened.reload()
  await expect(reopened.getByRole('rowheader', { name: 'Buddy scheme for new carers' })).toBeVisible()
  await expect(reopened.getByRole('region', { name: 'Unsaved changes' })).toHaveCount(0)
})
