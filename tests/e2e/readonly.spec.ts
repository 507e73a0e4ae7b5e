import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { bindReadOnly, fillDisk, mountTmpfs, unmount } from '../fixtures/mounts'
import { expect, expectAccessible, launch, stopChild, test } from './fixtures'

const SHOTS = '/tmp/safe-shots'
const DISK_FULL = 'The disk is full: Common Ground is read-only until there is space. Nothing you recorded is lost.'

/** A folder for one test, with whatever it mounts undone at the end even when the test fails. */
function scratch() {
  const root = mkdtempSync(join(tmpdir(), 'common-ground-e2e-disk-'))
  const mounts: string[] = []
  const children: Array<Parameters<typeof stopChild>[0]> = []
  return {
    root,
    mount(dir: string) {
      mounts.push(dir)
    },
    own(child: Parameters<typeof stopChild>[0]) {
      children.push(child)
    },
    async cleanUp() {
      for (const child of children) await stopChild(child)
      for (const dir of mounts.reverse()) unmount(dir)
      rmSync(root, { recursive: true, force: true })
    },
  }
}

async function createWorkshop(page: Page, title: string) {
  await page.getByRole('button', { name: 'New workshop' }).click()
  const dialog = page.getByRole('dialog', { name: 'New workshop' })
  await dialog.getByLabel('Title').fill(title)
  await dialog.getByRole('button', { name: 'Create workshop' }).click()
  return dialog
}

test('a full disk: every screen says so plainly, a write gets that sentence, nothing is lost, and it is normal again once there is space', async ({ page }) => {
  test.setTimeout(120_000)
  const place = scratch()
  try {
    const disk = join(place.root, 'disk')
    mountTmpfs(disk, 24)
    place.mount(disk)
    const data = join(disk, 'data')
    mkdirSync(data)
    const server = await launch(data)
    place.own(server.child)
    await page.goto(server.url)
    const spring = await createWorkshop(page, 'Spring forum')
    await expect(page.getByRole('heading', { level: 1, name: 'Spring forum' })).toBeVisible()
    await expect(spring).toBeHidden()
    await page.getByRole('link', { name: 'Common Ground' }).click()

    const free = fillDisk(data)
    const summer = await createWorkshop(page, 'Summer forum')
    await expect(summer.getByRole('alert')).toHaveText(`⚠ ${DISK_FULL}`)
    await summer.getByRole('button', { name: 'Cancel' }).click()
    const banner = page.getByTestId('read-only-banner')
    await expect(banner).toHaveText(`⚠ ${DISK_FULL}`)
    await expect(page.getByRole('link', { name: 'Spring forum' })).toBeVisible()
    await expectAccessible(page, 'the start screen with the read-only banner')
    await page.setViewportSize({ width: 1280, height: 720 })
    await page.screenshot({ path: `${SHOTS}/disk-full-1280.png`, fullPage: true })

    // Inside a workshop, and on the backups screen, it says the same.
    await page.getByRole('link', { name: 'Spring forum' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Spring forum' })).toBeVisible()
    await expect(banner).toHaveText(`⚠ ${DISK_FULL}`)
    await page.setViewportSize({ width: 1920, height: 1080 })
    await page.screenshot({ path: `${SHOTS}/disk-full-workshop-1920.png`, fullPage: true })
    await page.getByRole('link', { name: 'Common Ground' }).click()
    await page.getByRole('link', { name: 'Backups' }).click()
    await expect(banner).toHaveText(`⚠ ${DISK_FULL}`)

    // Space again: the banner goes by itself, and the write that was refused now works.
    free()
    await expect(banner).toBeHidden({ timeout: 20_000 })
    await page.getByRole('link', { name: 'Back to workshops' }).click()
    await createWorkshop(page, 'Summer forum')
    await expect(page.getByRole('heading', { level: 1, name: 'Summer forum' })).toBeVisible()
  } finally {
    await place.cleanUp()
  }
})

test('a read-only data folder opens read-only, with everything readable and the plain message on every screen', async ({ page }) => {
  const place = scratch()
  try {
    const data = join(place.root, 'data')
    const first = await launch(data)
    await page.goto(first.url)
    await createWorkshop(page, 'Spring forum')
    await expect(page.getByRole('heading', { level: 1, name: 'Spring forum' })).toBeVisible()
    await stopChild(first.child)

    const readOnly = join(place.root, 'read-only')
    bindReadOnly(data, readOnly)
    place.mount(readOnly)
    const server = await launch(readOnly)
    place.own(server.child)
    await page.goto(server.url)
    const banner = page.getByTestId('read-only-banner')
    await expect(banner).toContainText('cannot write to its data folder')
    await expect(page.getByRole('link', { name: 'Spring forum' })).toBeVisible()
    await page.getByRole('link', { name: 'Spring forum' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Spring forum' })).toBeVisible()
    await expect(banner).toContainText('Nothing you recorded is lost.')
    await expectAccessible(page, 'a workshop in a read-only library')
  } finally {
    await place.cleanUp()
  }
})
