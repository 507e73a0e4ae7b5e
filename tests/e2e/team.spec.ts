import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ChildProcess } from 'node:child_process'
import type { Page } from '@playwright/test'
import { callApi, expect, expectAccessible, launch, stopChild, test } from './fixtures'
import { addSampleTeam, startTeamServer, TEAM_DATABASE, type TeamServer } from '../fixtures/teamServer'

/**
 * The team library end to end in browser mode: two laptops (two hosts, two libraries) and a
 * partnership's computer, each given its own role in COMMON_GROUND_TEAM_URL, against a real PostgreSQL.
 */
let teamServer: TeamServer
const hosts: Array<{ child: ChildProcess; dataDir: string }> = []

test.beforeAll(async () => {
  teamServer = await startTeamServer()
  await addSampleTeam(teamServer)
})

test.afterAll(async () => {
  for (const host of hosts) {
    await stopChild(host.child)
    rmSync(host.dataDir, { recursive: true, force: true })
  }
  teamServer?.destroy()
})

async function laptop(login: string): Promise<string> {
  const dataDir = mkdtempSync(join(tmpdir(), 'common-ground-e2e-team-'))
  const url = teamServer.url(login, `pw-${login}`, TEAM_DATABASE)
  const { url: address, child } = await launch(dataDir, { env: { ...process.env, COMMON_GROUND_TEAM_URL: url, COMMON_GROUND_TEAM_RETRY_MS: '500' } })
  hosts.push({ child, dataDir })
  return address
}

async function connect(page: Page, name: string, role: string) {
  await page.getByRole('link', { name: 'Settings' }).first().click()
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible()
  await expect(page.getByText(/nothing leaves this computer/).first()).toBeVisible()
  await page.getByLabel('Your name').fill(name)
  await page.getByRole('button', { name: 'Connect' }).click()
  await expect(page.getByText(`Connected as ${role}`)).toBeVisible()
}

async function shoot(page: Page, name: string) {
  for (const [width, height] of [[1920, 1080], [1280, 720]] as const) {
    await page.setViewportSize({ width, height })
    await page.screenshot({ path: `test-results/team-${name}-${width}.png`, fullPage: true })
  }
  await page.setViewportSize({ width: 1280, height: 800 })
}

test('connect, publish, get on a second laptop, see newer than mine, and across the partnership', async ({ browser }) => {
  test.setTimeout(120_000)
  const jo = await (await browser.newContext()).newPage()
  const sam = await (await browser.newContext()).newPage()
  await jo.goto(await laptop('jo'))
  await sam.goto(await laptop('sam'))

  // Jo connects and publishes the sample's second cycle (its first goes with it).
  await connect(jo, 'Jo Bloggs', 'jo')
  await expectAccessible(jo, 'Settings, connected')
  await shoot(jo, 'settings')
  const { workshopId } = await callApi<{ workshopId: string }>(jo, 'sample.create', {})
  await jo.goto(jo.url().replace(/#.*$/, `#/workshops/${workshopId}/setup`))
  await jo.getByRole('button', { name: 'Publish to the team library' }).click()
  await expect(jo.getByText('Published to the team library as revision 1.')).toBeVisible()
  await expect(jo.getByText(/In the team library as revision 1/)).toBeVisible()
  await expectAccessible(jo, 'a published workshop')
  await jo.getByRole('button', { name: 'Mark as being run by me' }).click()
  await expect(jo.getByText('Marked as being run by Jo Bloggs.')).toBeVisible()
  await shoot(jo, 'workshop')

  // Sam gets it on the other laptop, with the cycle it continues from.
  await connect(sam, 'Sam', 'sam')
  await sam.getByRole('link', { name: 'Team library' }).first().click()
  const row = sam.getByRole('row').filter({ hasText: 'Northvale fostering' }).filter({ hasText: /Cycle|2/ }).filter({ has: sam.getByRole('button', { name: /^Get / }) })
  await expect(sam.getByRole('table')).toContainText('Being run by Jo Bloggs')
  await expect(sam.getByRole('table')).toContainText('by Jo Bloggs')
  await expectAccessible(sam, 'Team library, nothing got yet')
  const cycle2 = sam.getByRole('row').filter({ hasText: 'Being run by Jo Bloggs' })
  await cycle2.getByRole('button', { name: /^Get / }).click()
  await expect(sam.getByText(/with the cycle it continues from/)).toBeVisible()
  await expect(row).toHaveCount(0)
  await expect(sam.getByText('Same as mine')).toHaveCount(2)

  // Sam changes it and publishes revision 2.
  await cycle2.getByRole('link').click()
  await sam.getByLabel('Notes').first().fill('Agreed with the forum’s steering group.')
  await sam.getByRole('button', { name: /^Save/ }).first().click()
  await sam.getByRole('button', { name: 'Publish to the team library' }).click()
  await expect(sam.getByText('Published to the team library as revision 2.')).toBeVisible()

  // Jo sees that the team's copy is newer than Jo's.
  await jo.getByRole('link', { name: 'Team library' }).first().click()
  const newer = jo.getByRole('row').filter({ hasText: 'Newer than mine' })
  await expect(newer).toHaveCount(1)
  await expect(newer).toContainText('Revision 2, by Sam')
  await expectAccessible(jo, 'Team library, newer than mine')
  await shoot(jo, 'list')
  await newer.getByRole('button', { name: /Get the newer revision/ }).click()
  await expect(jo.getByText('Newer than mine')).toHaveCount(0)

  // Across the partnership: the regional lead sees summaries of both services.
  const ray = await (await browser.newContext()).newPage()
  await ray.goto(await laptop('ray'))
  await connect(ray, 'Ray', 'ray')
  const { workshopId: southbay } = await callApi<{ workshopId: string }>(ray, 'sample.create', {})
  await callApi(ray, 'team.publish', { workshopId: southbay })
  const lead = await (await browser.newContext({ acceptDownloads: true })).newPage()
  await lead.goto(await laptop('region_lead'))
  await connect(lead, 'Regional lead', 'region_lead')
  await lead.goto(lead.url().replace(/#.*$/, '#/partnership'))
  await expect(lead.getByRole('heading', { name: 'Across the partnership', level: 1 })).toBeVisible()
  await expect(lead.getByRole('heading', { name: 'Northvale fostering' })).toBeVisible()
  await expect(lead.getByRole('heading', { name: 'Southbay fostering' })).toBeVisible()
  await expect(lead.getByRole('table')).toContainText('2 of 2')
  await expectAccessible(lead, 'Across the partnership')
  await shoot(lead, 'partnership')
  const download = lead.waitForEvent('download')
  await lead.getByRole('button', { name: 'Download the Word page' }).click()
  const file = await download
  expect(file.suggestedFilename()).toMatch(/^Across the partnership .*\.docx$/)
  await file.saveAs('test-results/team-partnership.docx')

  // The server goes away: Jo's publish waits, the start screen says so, and it lands by itself once the server is back.
  await jo.goto(jo.url().replace(/#.*$/, '#/team'))
  const mine = jo.getByRole('row').filter({ hasText: 'Revision 2, by Sam' }).getByRole('link')
  await mine.click()
  teamServer.stop()
  try {
    await jo.getByLabel('Notes').first().fill('Written while the server was away.')
    await jo.getByRole('button', { name: 'Save details' }).click()
    await jo.getByRole('button', { name: 'Publish to the team library' }).click()
    await expect(jo.getByText(/^Waiting to publish:/).first()).toBeVisible()
    await jo.getByRole('link', { name: 'Workshops' }).first().click()
    await expect(jo.getByRole('heading', { name: 'Waiting to publish' })).toBeVisible()
    await expectAccessible(jo, 'the start screen, waiting to publish')
    await shoot(jo, 'waiting')
  } finally {
    teamServer.start()
  }
  await expect(jo.getByRole('heading', { name: 'Waiting to publish' })).toHaveCount(0, { timeout: 20_000 })
})
