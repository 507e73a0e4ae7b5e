import type { ChildProcess } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test'
import { chromiumInside, createTestNetwork, type TestNetwork } from '../fixtures/netns'
import { callApi, expect, expectAccessible, launch, test } from './fixtures'
import { seedWorkshop } from './voting-helpers'

/**
 * The room on its phones across a real (virtual) network: the host runs inside a "laptop"
 * namespace of this test's own, the facilitator's Chromium runs there too (its 127.0.0.1), and the
 * phones' Chromium runs inside a "phone" namespace that reaches the laptop only over a veth pair.
 */
test.describe.configure({ mode: 'serial' })

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run']
/** Screenshots for the README go to docs/ when asked (DOCS_SCREENSHOTS=1); always to test-results/. */
const shots = join(process.cwd(), 'test-results', 'phones')
const docs = process.env.DOCS_SCREENSHOTS === '1' ? join(process.cwd(), 'docs') : undefined

let network: TestNetwork
let folder: string
let host: { url: string; child: ChildProcess }
let laptopBrowser: Browser
let phoneBrowser: Browser
let page: Page
const phoneContexts: BrowserContext[] = []
const pageErrors: string[] = []

async function shoot(target: Page, name: string, docName?: string, fullPage = false) {
  await target.evaluate(() => window.scrollTo(0, 0))
  await target.screenshot({ path: join(shots, `${name}.png`), fullPage })
  if (docs && docName) await target.screenshot({ path: join(docs, docName) })
}

/**
 * At the smallest phone the page is for (360×640): nothing wider than the screen, and every control
 * at least 44 × 44 CSS pixels to touch (a radio button counts with its label). Back to 390×844 after.
 */
async function expectPhoneFits(phone: Page, where: string) {
  await phone.setViewportSize({ width: 360, height: 640 })
  const problems = await phone.evaluate(() => {
    const found: string[] = []
    if (document.documentElement.scrollWidth > window.innerWidth) found.push(`the page is ${document.documentElement.scrollWidth} px wide`)
    for (const element of document.querySelectorAll<HTMLElement>('button, input, select, textarea, a[href], summary')) {
      const target = element.closest('label') ?? element
      const box = target.getBoundingClientRect()
      // A visually hidden input is reached through its label, measured above.
      if (box.width <= 1 && box.height <= 1) continue
      if (box.width < 44 || box.height < 44) found.push(`${target.tagName.toLowerCase()} “${(target.textContent ?? '').trim().slice(0, 40) || element.getAttribute('aria-label')}” is ${Math.round(box.width)} × ${Math.round(box.height)}`)
    }
    return found
  })
  expect(problems, `${where} at 360×640`).toEqual([])
  await phone.setViewportSize({ width: 390, height: 844 })
}

async function newPhone(): Promise<Page> {
  const context = await phoneBrowser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true, locale: 'en-GB', timezoneId: 'Europe/London' })
  phoneContexts.push(context)
  const phone = await context.newPage()
  phone.on('pageerror', (error) => pageErrors.push(error.message))
  return phone
}

test.beforeAll(async () => {
  test.setTimeout(120_000)
  mkdirSync(shots, { recursive: true })
  folder = mkdtempSync(join(tmpdir(), 'common-ground-phones-'))
  network = createTestNetwork()
  try {
    host = await launch(join(folder, 'data'), { inside: network.inside(network.laptop) })
    laptopBrowser = await chromium.launch({ executablePath: chromiumInside(network, network.laptop, folder), args: ARGS })
    phoneBrowser = await chromium.launch({ executablePath: chromiumInside(network, network.phone, folder), args: ARGS })
  } catch (error) {
    network.remove()
    throw error
  }
})

test.afterAll(async () => {
  for (const context of phoneContexts) await context.close().catch(() => undefined)
  await laptopBrowser?.close().catch(() => undefined)
  await phoneBrowser?.close().catch(() => undefined)
  host?.child.kill('SIGTERM')
  network?.remove()
  rmSync(folder, { recursive: true, force: true })
})

async function joinPhone(phone: Page, url: string, code: string, table: string, role: string) {
  await phone.goto(url)
  await expect(phone.getByRole('heading', { name: 'Join the room' })).toBeVisible()
  await phone.getByLabel('Code').fill(code.toLowerCase())
  await phone.getByRole('button', { name: 'Join' }).tap()
  await expect(phone.getByRole('heading', { name: 'Which table are you at?' })).toBeVisible()
  await phone.getByRole('radio', { name: table }).check()
  await phone.getByRole('radio', { name: role }).check()
  await phone.getByRole('button', { name: 'Continue' }).tap()
}

test('tables and people join from phones, vote in an each-table and an each-person round, and send a gap; the facilitator reveals from the laptop', async () => {
  test.setTimeout(240_000)
  const context = await laptopBrowser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB', timezoneId: 'Europe/London' })
  page = await context.newPage()
  await page.goto(host.url)
  const { workshopId } = await seedWorkshop(page)
  const origin = new URL(host.url).origin
  await page.goto(`${origin}/#/workshops/${workshopId}/prioritise`)

  // Off by default; the facilitator chooses the network and is told what to expect.
  await expect(page.getByText('Phones are off.')).toBeVisible()
  await page.getByRole('button', { name: 'Let phones join' }).click()
  await expect(page.getByText(/a firewall window asks whether Common Ground may use networks/)).toBeVisible()
  await expect(page.getByText(/turn off mobile data/)).toBeVisible()
  const choice = page.getByRole('radio', { name: new RegExp(network.laptopAddress.replaceAll('.', '\\.')) })
  await expect(choice).toBeChecked()
  await page.getByRole('button', { name: 'Open the room' }).click()
  await expect(page.getByText('The room is open for phones.')).toBeVisible()
  const status = await callApi<{ url: string; code: string; port: number }>(page, 'room.status', { workshopId })
  expect(status.url).toBe(`http://${network.laptopAddress}:${status.port}/j`)
  await expect(page.getByText(status.url).first()).toBeVisible()
  await expectAccessible(page, 'the Prioritise step with the room open')
  await shoot(page, 'prioritise-room-open-1280', undefined, true)

  // The shared screen shows the QR code, the address and the code.
  const presenter = await context.newPage()
  await presenter.setViewportSize({ width: 1920, height: 1080 })
  await presenter.goto(`${origin}/#/workshops/${workshopId}/present`)
  await page.getByRole('button', { name: 'Show how to join on the shared screen' }).click()
  await expect(presenter.getByRole('heading', { name: 'Vote from your phone' })).toBeVisible()
  await expect(presenter.getByRole('img', { name: `QR code for ${status.url}` })).toBeVisible()
  await expect(presenter.getByText(`${status.code.slice(0, 3)} ${status.code.slice(3)}`)).toBeVisible()
  await expectAccessible(presenter, 'the shared screen’s join view')
  await shoot(presenter, 'join-screen-1920', 'screenshot-phone-join.png')
  // It fits the shared screen at both sizes, the code and the address whole.
  for (const size of [{ width: 1920, height: 1080 }, { width: 1280, height: 720 }]) {
    await presenter.setViewportSize(size)
    // (0.99: the shared screen's stage is scaled, so its edges land on fractions of a pixel.)
    await expect(presenter.getByRole('img', { name: `QR code for ${status.url}` })).toBeInViewport({ ratio: 0.99 })
    await expect(presenter.getByText(status.url)).toBeInViewport({ ratio: 0.99 })
    expect(await presenter.getByText(status.url).evaluate((address) => address.scrollWidth <= address.clientWidth)).toBe(true)
    expect(await presenter.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight)).toBe(true)
  }
  await shoot(presenter, 'join-screen-1280')
  await presenter.setViewportSize({ width: 1920, height: 1080 })

  // A phone on the room's network: the facilitator's own listener is out of its reach.
  const phone = await newPhone()
  const probe = await phone.context().newPage()
  await expect(probe.goto(`http://127.0.0.1:${new URL(host.url).port}/`)).rejects.toThrow(/ERR_CONNECTION_REFUSED/)
  await probe.close()
  const opened = await phone.goto(status.url)
  // A strict content security policy on the phone page: its own scripts and styles only, no framing.
  const policy = opened?.headers()['content-security-policy'] ?? ''
  for (const rule of ["default-src 'none'", "script-src 'self'", "style-src 'self'", "connect-src 'self'", "frame-ancestors 'none'"]) expect(policy).toContain(rule)
  expect(policy).not.toContain('unsafe')
  await expectAccessible(phone, 'the phone’s join screen')
  await expectPhoneFits(phone, 'the join screen')
  await shoot(phone, 'phone-join')
  // A wrong code is said plainly.
  await phone.getByLabel('Code').fill('AAAAAA')
  await phone.getByRole('button', { name: 'Join' }).tap()
  await expect(phone.getByRole('alert')).toContainText('not the one on the shared screen')
  await phone.getByLabel('Code').fill(status.code.toLowerCase())
  await phone.getByRole('button', { name: 'Join' }).tap()
  await expect(phone.getByRole('heading', { name: 'Which table are you at?' })).toBeVisible()
  await expectAccessible(phone, 'the phone’s table screen')
  await expectPhoneFits(phone, 'the table screen')
  await phone.getByRole('radio', { name: 'Carers A' }).check()
  await phone.getByRole('radio', { name: 'Foster carer' }).check()
  await phone.getByRole('button', { name: 'Continue' }).tap()
  await expect(phone.getByRole('heading', { name: 'Between rounds' })).toBeVisible()
  await expect(page.getByText('1 phone joined: Carers A 1')).toBeVisible()

  // Round 1, each table: the phone votes for its table, the facilitator keys in another table.
  await page.getByRole('button', { name: 'Open round', exact: true }).click()
  await expect(phone.getByRole('heading', { name: 'Round 1: Carers A’s vote' })).toBeVisible()
  await expect(phone.getByText('3 dots left')).toBeVisible()
  await phone.getByRole('button', { name: 'Put a dot on “Respite breaks”' }).tap()
  await phone.getByRole('button', { name: 'Put a dot on “Respite breaks”' }).tap()
  await phone.getByRole('button', { name: 'Put a dot on “Out-of-hours support”' }).tap()
  // No dots left: every + stops.
  await expect(phone.getByRole('button', { name: 'Put a dot on “Peer mentoring”' })).toBeDisabled()
  await expectAccessible(phone, 'the phone’s dot ballot')
  await expectPhoneFits(phone, 'the dot ballot')
  await shoot(phone, 'phone-dots', 'screenshot-phone-vote.png')
  await phone.getByRole('button', { name: 'Send our table’s vote' }).tap()
  await expect(phone.getByRole('heading', { name: 'Your table’s vote is in' })).toBeVisible()
  await expect(phone.getByText('Respite breaks: 2 dots')).toBeVisible()
  await shoot(phone, 'phone-vote-in')
  await expect(page.getByText('1 of 4 groups have voted')).toBeVisible()
  await page.getByRole('button', { name: 'Vote for Carers B' }).click()
  const ballot = page.getByRole('form', { name: 'Ballot for Carers B' })
  for (let i = 0; i < 3; i += 1) await ballot.getByRole('button', { name: 'One more dot on Peer mentoring' }).click()
  await ballot.getByRole('button', { name: 'Record this ballot' }).click()
  await expect(page.getByText('2 of 4 groups have voted')).toBeVisible()
  await page.getByRole('button', { name: 'Reveal results' }).click()
  await expect(phone.getByRole('heading', { name: 'The results are in' })).toBeVisible()
  await expect(phone.getByRole('heading', { name: 'Results of round 1' })).toBeVisible()
  await expect(phone.getByText('“Peer mentoring” comes first.')).toBeVisible()
  await expectAccessible(phone, 'the phone’s results')
  await expectPhoneFits(phone, 'the results and the form to send a gap')
  await shoot(phone, 'phone-results')

  // Round 2, each person, ranked: two phones and a person keyed in by the facilitator.
  await page.getByRole('radio', { name: 'Ranked ballot' }).check()
  await page.getByRole('radio', { name: /^Each person/ }).check()
  await page.getByRole('button', { name: 'Open round', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Round 2: ranked ballot (open)' })).toBeVisible()
  await expect(phone.getByRole('heading', { name: 'Round 2: your vote' })).toBeVisible()
  const second = await newPhone()
  await joinPhone(second, status.url, status.code, 'Social workers', 'Supervising social worker')
  await expect(second.getByRole('heading', { name: 'Round 2: your vote' })).toBeVisible()
  await expect(page.getByText('0 of 2 people have voted')).toBeVisible()

  await phone.getByRole('button', { name: 'Add as first “Training on trauma”' }).tap()
  await phone.getByRole('button', { name: 'Add as second “Respite breaks”' }).tap()
  await phone.getByRole('button', { name: 'Add as third “Peer mentoring”' }).tap()
  await phone.getByRole('button', { name: 'Move up “Respite breaks”' }).tap()
  await phone.getByRole('combobox', { name: 'Move to position, “Peer mentoring”' }).selectOption('2')
  const ranked = phone.getByRole('list', { name: 'Your ranking' })
  await expect(ranked.getByRole('listitem')).toHaveText([/Respite breaks/, /Peer mentoring/, /Training on trauma/])
  await expectAccessible(phone, 'the phone’s ranking')
  await expectPhoneFits(phone, 'the ranking')
  await shoot(phone, 'phone-ranking')
  await phone.getByRole('button', { name: 'Send my vote' }).tap()
  await expect(phone.getByRole('heading', { name: 'Your vote is in' })).toBeVisible()
  await expect(phone.getByRole('listitem')).toHaveText(['Respite breaks', 'Peer mentoring', 'Training on trauma'])

  await second.getByRole('button', { name: 'Add as first “Peer mentoring”' }).tap()
  await second.getByRole('button', { name: 'Send my vote' }).tap()
  await expect(second.getByRole('heading', { name: 'Your vote is in' })).toBeVisible()
  await expect(page.getByText('2 of 2 people have voted')).toBeVisible()

  await page.getByRole('button', { name: 'Key in a ballot for one person at Leaders without a phone' }).click()
  await page.getByLabel('Role of the person at Leaders (optional)').selectOption({ label: 'Manager or leader' })
  const person = page.getByRole('form', { name: 'Ballot for one person at Leaders' })
  await person.getByRole('button', { name: /Add Peer mentoring/ }).click()
  await person.getByRole('button', { name: 'Record this ballot' }).click()
  await expect(page.getByText('3 of 3 people have voted')).toBeVisible()
  await page.setViewportSize({ width: 1920, height: 1080 })
  await shoot(page, 'prioritise-people-voted-1920', undefined, true)
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.getByRole('radio', { name: 'Voting progress' }).check()
  await expect(presenter.getByRole('heading', { name: 'Round 2: 3 of 3 people have voted' })).toBeVisible()

  await page.getByRole('button', { name: 'Reveal results' }).click()
  for (const target of [phone, second]) {
    await expect(target.getByRole('heading', { name: 'Results of round 2' })).toBeVisible()
    await expect(target.getByText('“Peer mentoring” comes first.')).toBeVisible()
    await expect(target.getByText(/between the 3 people/)).toBeVisible()
  }

  // Between rounds: a gap from a phone waits in the inbox, off the shared screen, until accepted.
  await phone.getByLabel('What is missing?').fill('No respite in the school holidays')
  await phone.getByLabel('More detail (optional)').fill('Summer is the hardest time.')
  await phone.getByRole('button', { name: 'Send to the facilitator' }).tap()
  await expect(phone.getByRole('status').filter({ hasText: 'Sent to the facilitator.' })).toBeVisible()
  await expectAccessible(phone, 'the phone between rounds')
  await shoot(phone, 'phone-between-rounds')
  await expect(page.getByRole('heading', { name: 'From the phones (1 waiting)' })).toBeVisible()
  await expect(page.getByText('Gap from Carers A:')).toBeVisible()
  expect((await callApi<Array<{ title: string }>>(page, 'gaps.list', { workshopId })).map((gap) => gap.title)).not.toContain('No respite in the school holidays')
  await page.getByLabel('Title of the gap').fill('Respite in the school holidays')
  await page.getByRole('button', { name: 'Accept as a gap' }).click()
  await expect(page.getByText('“Respite in the school holidays” is a gap now.')).toBeVisible()
  const accepted = (await callApi<Array<{ title: string; detail: string }>>(page, 'gaps.list', { workshopId })).find((gap) => gap.title === 'Respite in the school holidays')
  expect(accepted?.detail).toBe('Summer is the hardest time.')

  // Round 3, each table, 100 points, opened while the phone has lost the Wi-Fi (its link down, its
  // connections dead): once the network is back it catches up by itself, with no reload.
  network.phoneLink('down')
  try {
    await page.getByRole('radio', { name: '100 points' }).check()
    await page.getByRole('radio', { name: /^Each table/ }).check()
    await page.getByRole('button', { name: 'Open round', exact: true }).click()
    await expect(page.getByRole('heading', { name: 'Round 3: 100 points (open)' })).toBeVisible()
    await expect(phone.getByRole('heading', { name: 'The results are in' })).toBeVisible()
  } finally {
    network.phoneLink('up')
  }
  await expect(phone.getByRole('heading', { name: 'Round 3: Carers A’s vote' })).toBeVisible({ timeout: 20_000 })
  await expect(phone.getByText('100 points left')).toBeVisible()
  await phone.getByRole('textbox', { name: 'Peer mentoring', exact: true }).fill('60')
  await expect(phone.getByText('40 points left')).toBeVisible()
  for (let i = 0; i < 5; i += 1) await phone.getByRole('button', { name: 'Give 5 more points to “Respite breaks”' }).tap()
  await expect(phone.getByText('15 points left')).toBeVisible()
  // Not all given: said plainly, and nothing is sent.
  await phone.getByRole('button', { name: 'Send our table’s vote' }).tap()
  await expect(phone.getByRole('alert')).toHaveText('⚠ Give out all 100 points before you send.')
  await phone.getByRole('textbox', { name: 'Training on trauma', exact: true }).fill('25')
  await expect(phone.getByRole('alert')).toHaveText('⚠ That is more than 100 points: take some off.')
  await phone.getByRole('textbox', { name: 'Training on trauma', exact: true }).fill('15')
  await expect(phone.getByText('0 points left')).toBeVisible()
  // Put right, the problem goes: it never stays beside a count that says otherwise.
  await expect(phone.getByRole('alert')).toHaveCount(0)
  await expect(phone.getByRole('button', { name: 'Give 5 more points to “Out-of-hours support”' })).toBeDisabled()
  await expectAccessible(phone, 'the phone’s 100 points')
  await expectPhoneFits(phone, '100 points')
  await shoot(phone, 'phone-points')
  await phone.getByRole('button', { name: 'Send our table’s vote' }).tap()
  await expect(phone.getByRole('heading', { name: 'Your table’s vote is in' })).toBeVisible()
  await expect(phone.getByRole('listitem')).toHaveText(['Peer mentoring: 60 points', 'Respite breaks: 25 points', 'Training on trauma: 15 points'])
  // Changed until the round closes: the table's vote comes back to be changed, and is sent again.
  await phone.getByRole('button', { name: 'Change our vote' }).tap()
  await phone.getByRole('button', { name: 'Take 5 points off “Peer mentoring”' }).tap()
  await phone.getByRole('button', { name: 'Give 5 more points to “Training on trauma”' }).tap()
  await phone.getByRole('button', { name: 'Send our table’s vote' }).tap()
  await expect(phone.getByRole('heading', { name: 'Your table’s vote is in' })).toBeVisible()
  await expect(phone.getByRole('listitem')).toHaveText(['Peer mentoring: 55 points', 'Respite breaks: 25 points', 'Training on trauma: 20 points'])
  await expect(page.getByText('1 of 4 groups have voted')).toBeVisible()
  await page.getByRole('button', { name: 'Reveal results' }).click()
  await expect(phone.getByRole('heading', { name: 'Results of round 3' })).toBeVisible()

  // A gap merged into one the room already named, and a note dismissed: neither becomes a gap of its own.
  await second.getByLabel('What is missing?').fill('Mentors who have fostered teenagers')
  await second.getByRole('button', { name: 'Send to the facilitator' }).tap()
  await expect(second.getByRole('status').filter({ hasText: 'Sent to the facilitator.' })).toBeVisible()
  await phone.getByRole('radio', { name: 'A note' }).check()
  await phone.getByLabel('Your note').fill('The hall is cold by the windows')
  await phone.getByRole('button', { name: 'Send to the facilitator' }).tap()
  await expect(page.getByRole('heading', { name: 'From the phones (2 waiting)' })).toBeVisible()
  const fromSocialWorkers = page.getByRole('listitem').filter({ hasText: 'Gap from Social workers:' })
  await fromSocialWorkers.getByLabel('Or merge it into').selectOption({ label: 'Peer mentoring' })
  await fromSocialWorkers.getByRole('button', { name: 'Merge' }).click()
  await expect(page.getByText('Merged into “Peer mentoring”.')).toBeVisible()
  await page.getByRole('listitem').filter({ hasText: 'Note from Carers A:' }).getByRole('button', { name: 'Dismiss' }).click()
  await expect(page.getByText('Dismissed.')).toBeVisible()
  await expect(page.getByRole('heading', { name: 'From the phones (0 waiting)' })).toBeVisible()
  const afterInbox = await callApi<Array<{ title: string; detail: string }>>(page, 'gaps.list', { workshopId })
  expect(afterInbox.find((gap) => gap.title === 'Peer mentoring')?.detail).toContain('Mentors who have fostered teenagers')
  expect(afterInbox.map((gap) => gap.title)).not.toContain('The hall is cold by the windows')
  expect(afterInbox.map((gap) => gap.title)).not.toContain('Mentors who have fostered teenagers')

  // A new code signs nobody out; closing the room tells every phone listening, plainly.
  await page.getByRole('button', { name: 'New code' }).click()
  const listening = phone.waitForResponse((response) => new URL(response.url()).pathname === '/j/changes' && response.status() === 200)
  await phone.reload()
  await expect(phone.getByRole('heading', { name: 'The results are in' })).toBeVisible()
  await listening
  // A third phone whose stream never gets through (a captive Wi-Fi, a proxy): it cannot hear the close.
  const deaf = await newPhone()
  await deaf.route('**/j/changes', (route) => route.abort('connectionrefused'))
  const code = (await callApi<{ code: string }>(page, 'room.status', { workshopId })).code
  await joinPhone(deaf, status.url, code, 'Carers B', 'Foster carer')
  await expect(deaf.getByRole('heading', { name: 'The results are in' })).toBeVisible()
  await page.getByRole('button', { name: 'Close the room' }).click()
  await expect(phone.getByRole('heading', { name: 'The room has closed' })).toBeVisible()
  await expect(second.getByRole('heading', { name: 'The room has closed' })).toBeVisible()
  await expectAccessible(second, 'the phone once the room has closed')
  // ...so it says it has lost the laptop, rather than go on showing the results as if still in the room.
  await expect(deaf.getByRole('alert')).toHaveText(/Your phone cannot reach the facilitator’s laptop.*this page keeps trying by itself\./)
  await shoot(deaf, 'phone-lost-laptop')
  // The laptop carries on: closing the room with phones on it never takes the host down.
  expect((await callApi<{ open: boolean }>(page, 'room.status', { workshopId })).open).toBe(false)
  expect(pageErrors).toEqual([])
  await context.close()
})
