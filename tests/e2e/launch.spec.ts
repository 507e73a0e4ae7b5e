import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, expectAccessible, launch, stopChild, test } from './fixtures'

test('the browser Common Ground opens signs in once with its launch code; a second use is refused; the printed address still works', async ({ page, browser }) => {
  const root = mkdtempSync(join(tmpdir(), 'common-ground-e2e-launch-'))
  // A stand-in for xdg-open that records what it was asked to open.
  const bin = join(root, 'bin')
  mkdirSync(bin)
  const record = join(root, 'opened.txt')
  writeFileSync(join(bin, 'xdg-open'), `#!/bin/sh\nprintf '%s\\n' "$@" > '${record}'\n`)
  chmodSync(join(bin, 'xdg-open'), 0o755)
  const server = await launch(join(root, 'data'), { open: true, env: { ...process.env, PATH: `${bin}:${process.env.PATH}` } })
  try {
    await expect.poll(() => existsSync(record)).toBe(true)
    const [file, ...more] = readFileSync(record, 'utf8').trim().split('\n')
    expect(more).toEqual([])
    const token = new URL(server.url).searchParams.get('token')!
    expect(file).not.toContain(token)
    const launchUrl = /url=([^"]+)"/.exec(readFileSync(file!, 'utf8'))![1]!
    const code = new URL(launchUrl).searchParams.get('code')!
    expect(file).not.toContain(code)

    // The browser opens the file; it goes on to the app, which signs in and clears the address bar.
    await page.goto(`file://${file}`)
    await expect(page.getByRole('heading', { level: 1, name: 'Workshops' })).toBeVisible()
    await expect(page.getByText('No workshops yet.', { exact: false })).toBeVisible()
    expect(page.url()).not.toContain(code)
    const [cookie] = await page.context().cookies()
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', name: `common-ground-session-${new URL(server.url).port}` })
    await page.getByRole('button', { name: 'New workshop' }).click()
    await page.getByRole('dialog', { name: 'New workshop' }).getByLabel('Title').fill('Spring forum')
    await page.getByRole('dialog', { name: 'New workshop' }).getByRole('button', { name: 'Create workshop' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Spring forum' })).toBeVisible()
    // Used: the file is gone.
    expect(existsSync(file!)).toBe(false)

    // The same launch address in another browser: refused, and the page says how to get in.
    const other = await browser.newContext()
    const stranger = await other.newPage()
    await stranger.goto(launchUrl)
    await expect(stranger.getByRole('alert').filter({ hasText: 'not signed in' })).toBeVisible()
    await expect(stranger.getByRole('link', { name: 'Spring forum' })).toHaveCount(0)
    await expectAccessible(stranger, 'a browser that is not signed in')
    await other.close()

    // The printed address, for the person who started it, signs a browser in as often as it is opened.
    const owner = await browser.newContext()
    const again = await owner.newPage()
    await again.goto(server.url)
    await expect(again.getByRole('link', { name: 'Spring forum' })).toBeVisible()
    expect(again.url()).not.toContain(token)
    await owner.close()
  } finally {
    await stopChild(server.child)
    rmSync(root, { recursive: true, force: true })
  }
})
