import { closeSync, openSync, readdirSync, readFileSync, rmSync, truncateSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, expectAccessible, test, type Server } from './fixtures'

const SHOTS = '/tmp/safe-shots'

async function createWorkshop(page: Page, title: string) {
  await page.getByRole('button', { name: 'New workshop' }).click()
  const dialog = page.getByRole('dialog', { name: 'New workshop' })
  await dialog.getByLabel('Title').fill(title)
  await dialog.getByRole('button', { name: 'Create workshop' }).click()
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
  await page.getByRole('link', { name: 'Common Ground' }).click()
}

/** Creates workshops through the API, as the app does, so the library has enough pages to damage. */
async function createMany(page: Page, server: Server, count: number) {
  const token = new URL(server.url).searchParams.get('token') ?? ''
  for (let i = 0; i < count; i += 1) {
    const answer = await page.request.post(new URL(`/api/workshops.create`, server.url).toString(), {
      headers: { 'x-common-ground-token': token, 'content-type': 'application/json' },
      data: { title: `Forum ${i} ${'with a long title '.repeat(8)}`, localArea: '', date: '2026-11-23', venue: '', facilitators: '', cycle: 1, notes: '' },
    })
    expect(answer.status()).toBe(200)
  }
}

test('backups are listed, and restoring an older one brings the library back as it was', async ({ page, server }) => {
  await page.goto(server.url)
  await createWorkshop(page, 'Spring forum')
  // Opening the app again makes a backup of the library with Spring in it.
  await server.restart()
  await page.goto(server.url)
  await createWorkshop(page, 'Summer forum')
  await expect(page.getByRole('link', { name: 'Summer forum' })).toBeVisible()

  await page.getByRole('link', { name: 'Backups' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Backups' })).toBeVisible()
  const rows = page.getByRole('table').getByRole('row')
  await expect(rows).toHaveCount(2)
  await expect(rows.nth(1)).toContainText('When Common Ground opened')
  await expect(rows.nth(1)).toContainText('Passes its check')
  await expectAccessible(page, 'the backups screen')
  await page.setViewportSize({ width: 1920, height: 1080 })
  await page.screenshot({ path: `${SHOTS}/backups-1920.png`, fullPage: true })
  await page.setViewportSize({ width: 1280, height: 720 })
  await page.screenshot({ path: `${SHOTS}/backups-1280.png`, fullPage: true })

  await rows.nth(1).getByRole('button', { name: /Restore the backup from/ }).click()
  const confirm = page.getByRole('dialog', { name: 'Restore this backup?' })
  await expect(confirm).toContainText('backed up first')
  await expectAccessible(page, 'the restore confirmation')
  await confirm.getByRole('button', { name: 'Restore backup' }).click()
  await expect(page.getByTestId('live-message')).toContainText('Restored the backup from')
  // The library as it was before the restore is now a backup too.
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(3)
  await expect(page.getByRole('table')).toContainText('Before a backup was restored')

  await page.getByRole('link', { name: 'Back to workshops' }).click()
  await expect(page.getByRole('link', { name: 'Spring forum' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Summer forum' })).toHaveCount(0)
})

test('a damaged library opens on the recovery screen and the newest good backup can be restored', async ({ page, server }) => {
  await page.goto(server.url)
  await createMany(page, server, 60)
  await server.restart() // a backup with all sixty
  await server.stop()
  // Rubbish over pages in the middle of the file, as a failing disk might leave it.
  const fd = openSync(join(server.dataDir, 'common-ground.sqlite'), 'r+')
  const rubbish = Buffer.alloc(4096 * 3, 0x41)
  writeSync(fd, rubbish, 0, rubbish.length, 4096 * 2)
  closeSync(fd)
  await server.restart()

  await page.goto(server.url)
  await expect(page.getByRole('heading', { level: 1, name: 'Your library needs a backup restored' })).toBeVisible()
  await expect(page.getByText(/has not changed the damaged file/)).toBeVisible()
  await expect(page.getByText(/common-ground\.damaged-.*\.sqlite/)).toBeVisible()
  await expectAccessible(page, 'the recovery screen')
  await page.setViewportSize({ width: 1920, height: 1080 })
  await page.screenshot({ path: `${SHOTS}/recovery-1920.png`, fullPage: true })
  await page.setViewportSize({ width: 1280, height: 720 })
  await page.screenshot({ path: `${SHOTS}/recovery-1280.png`, fullPage: true })

  // Whatever address is opened, the damaged library is not used.
  await page.goto(`${new URL(server.url).origin}/#/workshops/0b5ad2a4-3c1e-4f27-9d8e-7a6b5c4d3e2f/setup`)
  await expect(page.getByRole('heading', { level: 1, name: 'Your library needs a backup restored' })).toBeVisible()

  await page.getByRole('button', { name: /Restore the newest good backup/ }).click()
  await page.getByRole('dialog', { name: 'Restore this backup?' }).getByRole('button', { name: 'Restore backup' }).click()
  await expect(page.getByTestId('live-message')).toContainText(/kept as common-ground\.damaged-/)
  await page.getByRole('link', { name: 'Back to workshops' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Workshops' })).toBeVisible()
  await expect(page.getByRole('list', { name: 'Workshops, newest first' }).getByRole('listitem')).toHaveCount(60)
})

test('a library emptied to 0 bytes opens on the recovery screen, offers the backup with the workshops, and the restore brings them back', async ({ page, server }) => {
  await page.goto(server.url)
  await createWorkshop(page, 'Spring forum')
  await createWorkshop(page, 'Summer forum')
  await server.restart() // a backup with both
  await server.stop()
  truncateSync(join(server.dataDir, 'common-ground.sqlite'), 0)
  for (const suffix of ['-wal', '-shm']) rmSync(join(server.dataDir, `common-ground.sqlite${suffix}`), { force: true })
  await server.restart()

  await page.goto(server.url)
  await expect(page.getByRole('heading', { level: 1, name: 'Your library needs a backup restored' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 2, name: /missing or empty/ })).toBeVisible()
  await expect(page.getByText(/has not started a new, empty library/)).toBeVisible()
  await expect(page.getByRole('table').getByRole('row').nth(1)).toContainText('2')
  await expectAccessible(page, 'the recovery screen for a missing library')
  await page.setViewportSize({ width: 1920, height: 1080 })
  await page.screenshot({ path: `${SHOTS}/missing-1920.png`, fullPage: true })
  await page.setViewportSize({ width: 1280, height: 720 })
  await page.screenshot({ path: `${SHOTS}/missing-1280.png`, fullPage: true })

  await page.getByRole('button', { name: /Restore the newest good backup \(.*, 2 workshops\)/ }).click()
  await page.getByRole('dialog', { name: 'Restore this backup?' }).getByRole('button', { name: 'Restore backup' }).click()
  await expect(page.getByTestId('live-message')).toContainText('Restored the backup from')
  await page.getByRole('link', { name: 'Back to workshops' }).click()
  await expect(page.getByRole('link', { name: 'Spring forum' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Summer forum' })).toBeVisible()
})

test('drafts in the page of a workshop deleted elsewhere leave it once the start screen’s list is in', async ({ page, server }) => {
  await page.goto(server.url)
  await createWorkshop(page, 'Spring forum')
  await page.getByRole('link', { name: 'Spring forum' }).click()
  const workshopId = /workshops\/([0-9a-f-]{36})/.exec(page.url())?.[1] ?? ''
  await page.getByLabel('Venue').fill('Typed but not saved')
  const keptForIt = () => page.evaluate((id) => Object.keys(localStorage).filter((key) => key.includes(id)), workshopId)
  await expect.poll(async () => (await keptForIt()).length).toBeGreaterThan(0)
  // Deleted by another client of the same library, not by this page.
  const { origin, searchParams } = new URL(server.url)
  const response = await fetch(`${origin}/api/workshops.delete`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-common-ground-token': searchParams.get('token') ?? '' },
    body: JSON.stringify({ id: workshopId, removeFromBackups: false }),
  })
  expect(((await response.json()) as { ok: boolean }).ok).toBe(true)
  await page.goto(server.url)
  await expect(page.getByText('No workshops yet')).toBeVisible()
  await expect.poll(keptForIt).toEqual([])
})

test('deleting a workshop can remove it from the backups too, and its drafts in the page go with it', async ({ page, server }) => {
  await page.goto(server.url)
  await createWorkshop(page, 'Spring forum')
  await server.restart() // a backup holding it
  await page.goto(server.url)
  // Something typed in the workshop and kept in the page, never saved.
  await page.getByRole('link', { name: 'Spring forum' }).click()
  const workshopId = /workshops\/([0-9a-f-]{36})/.exec(page.url())?.[1] ?? ''
  await page.getByLabel('Venue').fill('Typed but not saved')
  const keptForIt = () => page.evaluate((id) => Object.keys(localStorage).filter((key) => key.includes(id)), workshopId)
  await expect.poll(async () => (await keptForIt()).length).toBeGreaterThan(0)
  await page.getByRole('link', { name: 'Common Ground' }).click()

  await page.getByRole('button', { name: 'Delete Spring forum' }).click()
  const dialog = page.getByRole('dialog', { name: 'Delete this workshop?' })
  await expect(dialog).toContainText('can be restored from the Backups screen')
  await dialog.getByLabel('Also remove it from every backup').check()
  await expect(dialog).toContainText('Nothing of it will be left')
  await expectAccessible(page, 'the delete confirmation')
  await dialog.getByRole('button', { name: 'Delete workshop' }).click()
  await expect(page.getByTestId('live-message')).toContainText('Deleted “Spring forum”, and removed it from 1 backup.')
  expect(await keptForIt()).toEqual([])
  const files = readdirSync(server.dataDir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile())
  for (const entry of files) expect(readFileSync(join(entry.parentPath, entry.name)).includes('Spring forum')).toBe(false)
})
