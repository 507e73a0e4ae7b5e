import type { Locator, Page } from '@playwright/test'
import { expect, expectAccessible, test } from './fixtures'
import { settle } from './board-helpers'
import { openSample } from './layout-helpers'

async function workshopWithGroups(page: Page, url: string, groups = ['Table 1', 'Table 2']) {
  await page.goto(url)
  await page.getByRole('button', { name: 'New workshop' }).click()
  const dialog = page.getByRole('dialog', { name: 'New workshop' })
  await dialog.getByLabel('Title').fill('Northvale carers’ forum')
  await dialog.getByLabel('Date').fill('23 November 2026')
  await dialog.getByRole('button', { name: 'Create workshop' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Northvale carers’ forum' })).toBeVisible()
  const form = page.getByRole('form', { name: 'Add a group' })
  for (const name of groups) {
    await form.getByLabel('Group name').fill(name)
    await form.getByLabel('Foster carers').check()
    await form.getByLabel('Head count').fill('6')
    await form.getByRole('button', { name: 'Add group' }).click()
    await expect(page.getByRole('list', { name: 'Groups in order' }).getByText(name, { exact: true })).toBeVisible()
  }
  await page.getByRole('navigation', { name: 'Workshop steps' }).getByRole('link', { name: 'Assess' }).click()
  await expect(page.getByRole('heading', { name: 'Agenda', exact: true })).toBeVisible()
}

const tab = (page: Page, name: string) => page.getByRole('navigation', { name: 'Assess' }).getByRole('link', { name, exact: true })
const agendaItems = (page: Page) => page.getByRole('list', { name: 'Agenda in running order' }).locator(':scope > li')
const progress = (page: Page) => page.locator('#question-progress')
const question = (page: Page) => page.locator('#question-text')

async function buildTwoSectionAgenda(page: Page) {
  await expect(page.getByText('77 questions, in the order')).toBeVisible()
  await page.getByRole('button', { name: 'Clear agenda' }).click()
  await expect(page.getByText('The agenda is empty. Add whole sections')).toBeVisible()
  await page.getByRole('region', { name: 'Local context' }).getByRole('button', { name: 'Add whole section' }).click()
  await page.getByRole('region', { name: 'Lived experience of foster carers' }).getByRole('button', { name: 'Add whole section' }).click()
  await expect(page.getByText('30 questions, in the order')).toBeVisible()
}

async function typeNote(note: Locator, text: string) {
  await note.fill(text)
  await expect(note).toHaveAccessibleDescription(/Saved/)
}

async function recordGap(dialog: Locator, title: string, groups: string[]) {
  await dialog.getByLabel('Title', { exact: true }).fill(title)
  for (const group of groups) await dialog.getByRole('group', { name: 'Raised by' }).getByLabel(group).check()
  await dialog.getByRole('button', { name: 'Record gap' }).click()
  await expect(dialog).toBeHidden()
}

test('the Done-when flow: agenda of two sections, questions by keyboard, notes, offer, ratings, six gaps, a merge; reload keeps it all', async ({ page, server }) => {
  test.setTimeout(120_000)
  await workshopWithGroups(page, server.url)
  await expectAccessible(page, 'the default agenda')
  await buildTwoSectionAgenda(page)
  await expect(agendaItems(page).first()).toContainText('How is the corporate parenting partnership working strategically')
  await expectAccessible(page, 'the agenda of two sections')
  await page.screenshot({ path: '/tmp/assess-shots/agenda.png' })

  // Step through the questions by keyboard.
  await tab(page, 'Questions').click()
  await expect(progress(page)).toHaveText('Question 1 of 30')
  await expect(question(page)).toContainText('corporate parenting partnership')
  await expect(page.getByText('Assess · Local context · Strategic line')).toBeVisible()
  await page.keyboard.press('ArrowRight')
  await expect(progress(page)).toHaveText('Question 2 of 30')
  await question(page).click()
  await page.keyboard.press('Space')
  await expect(progress(page)).toHaveText('Question 3 of 30')
  await page.keyboard.press('ArrowLeft')
  await expect(progress(page)).toHaveText('Question 2 of 30')
  await page.keyboard.press('ArrowLeft')
  await expect(progress(page)).toHaveText('Question 1 of 30')
  // End and Home: the last question and the first.
  await page.keyboard.press('End')
  await expect(progress(page)).toHaveText('Question 30 of 30')
  await page.keyboard.press('Home')
  await expect(progress(page)).toHaveText('Question 1 of 30')
  // A tag chip names its Key Principle on focus.
  const chip = page.getByRole('list', { name: 'Tags' }).locator('.tag', { hasText: 'KP1' })
  await chip.focus()
  await expect(page.getByRole('tooltip', { name: 'Key Principle 1: Coordinated network of support' })).toBeVisible()
  await expectAccessible(page, 'the question view')

  // Notes for two groups, on two questions.
  await typeNote(page.getByLabel('Notes from Table 1'), 'Complaints are logged but nobody reports back to carers.')
  await typeNote(page.getByLabel('Notes from Table 2'), 'Exit interviews happen; themes are not shared.')
  // Gap 1 from this question: its KP1 tag is prefilled.
  await page.getByRole('button', { name: 'Record a gap from this question' }).click()
  let dialog = page.getByRole('dialog', { name: 'Record a gap from this question' })
  await expect(dialog.getByRole('group', { name: 'Key Principles' }).getByLabel('KP1 Coordinated network of support')).toBeChecked()
  await expectAccessible(page, 'the gap dialog from a question')
  await recordGap(dialog, 'Learning from complaints is not acted on', ['Table 1'])
  // The message sits beside the button that recorded it, and goes once the room moves on.
  const notesSection = page.getByRole('region', { name: 'Notes' })
  await expect(notesSection.getByText('Gap recorded: Learning from complaints is not acted on.')).toBeVisible()

  await page.getByRole('button', { name: 'Next →' }).click()
  await expect(progress(page)).toHaveText('Question 2 of 30')
  await expect(page.getByText('Gap recorded: Learning from complaints is not acted on.')).toHaveCount(0)
  await typeNote(page.getByLabel('Notes from Table 1'), 'Not sure anyone has looked at readiness.')
  // Gap 2 from question 2 (KP7 and ALL RECS: the blanket tag is not expanded).
  await page.getByRole('button', { name: 'Record a gap from this question' }).click()
  dialog = page.getByRole('dialog', { name: 'Record a gap from this question' })
  await expect(dialog.getByLabel('KP7 Strengths-based, inclusive approach')).toBeChecked()
  await expect(dialog.getByText('This question is tagged ALL RECS (every Recommendation): tick the ones this gap is about.')).toBeVisible()
  await recordGap(dialog, 'No assessment of system readiness', ['Table 2'])

  // The support offer with four items.
  await tab(page, 'Support offer').click()
  const offer = [
    { name: 'Mockingbird', kind: 'Evidence-based intervention named in the Practice Guide', links: ['KP3 Facilitated peer support', 'R7 Support networks for retention'] },
    { name: 'Fostering Changes', kind: 'Evidence-based intervention named in the Practice Guide', links: ['R2 Positive child behaviour support', 'R6 Relationship-focused training'] },
    { name: 'Monthly support group', kind: 'Locally developed', links: ['KP3 Facilitated peer support', 'KP4 Foster carers\' own needs'] },
    { name: 'Out-of-hours phone line', kind: 'Locally developed', links: ['KP1 Coordinated network of support', 'R1 Multi-level support'] },
  ]
  const addForm = page.getByRole('form', { name: 'Add to the support offer' })
  for (const item of offer) {
    await addForm.getByLabel('Name', { exact: true }).fill(item.name)
    await addForm.getByLabel(item.kind, { exact: true }).check()
    await addForm.getByLabel('Who delivers it').fill('Fostering service')
    for (const link of item.links) await addForm.getByLabel(link).check()
    await addForm.getByRole('button', { name: 'Add to the offer' }).click()
    await expect(page.getByRole('list', { name: 'Support offer' }).getByRole('heading', { name: item.name })).toBeVisible()
  }
  await expect(page.getByText('8 of 15 have nothing in the offer: these are likely gaps.')).toBeVisible()
  const kp5 = page.getByRole('row', { name: /KP5 Understanding and responding sensitively/ })
  await expect(kp5).toContainText('Nothing mapped: likely a gap')
  await expect(page.getByRole('row', { name: /KP3 Facilitated peer support/ })).toContainText('Mockingbird, Monthly support group')
  await expectAccessible(page, 'the support offer and coverage')
  await page.screenshot({ path: '/tmp/assess-shots/offer.png', fullPage: true })
  // Gap 3 from the coverage view: the uncovered KP5 is prefilled.
  await kp5.getByRole('button', { name: 'Record a gap for KP5' }).click()
  dialog = page.getByRole('dialog', { name: 'Record a gap for KP5' })
  await expect(dialog.getByLabel('KP5 Understanding and responding sensitively')).toBeChecked()
  await recordGap(dialog, 'Little help understanding children’s behaviour', ['Table 1', 'Table 2'])

  // Rate every Key Principle and Recommendation as a room, and one group differently.
  await tab(page, 'Ratings').click()
  const pattern = ['Amber', 'Red', 'Green'] as const
  const tags = ['KP1', 'KP2', 'KP3', 'KP4', 'KP5', 'KP6', 'KP7', 'KP8', 'R1', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7']
  for (const [index, tag] of tags.entries()) {
    await page.getByRole('group', { name: `${tag}: the room’s rating` }).getByRole('radio', { name: pattern[index % 3] }).check()
  }
  await expect(page.getByText('15 of 15 rated')).toBeVisible()
  await expect(page.getByRole('list', { name: 'The room’s ratings at a glance' }).getByRole('listitem')).toHaveText(tags.map((tag, index) => new RegExp(`^${tag}.*${pattern[index % 3]}$`)))
  await page.getByLabel('Comment on KP1').fill('Good intentions, patchy follow-through.')
  await page.getByRole('article', { name: /KP1 Coordinated/ }).getByText('Ratings by group').click()
  await page.getByRole('group', { name: 'KP1: Table 1’s rating' }).getByRole('radio', { name: 'Red' }).check()
  await expect(page.getByRole('article', { name: /KP1 Coordinated/ }).getByText(/^≠ Groups differ$/)).toBeVisible()
  await expectAccessible(page, 'the ratings')
  await page.screenshot({ path: '/tmp/assess-shots/ratings.png', fullPage: true })

  // Three more gaps on their own, then merge two that groups raised in other words.
  await tab(page, 'Gaps').click()
  const standalone = [
    { title: 'Carers not treated as equal partners', links: ['KP2 Warm practitioners, carers as equal partners'], groups: ['Table 1'], edie: false },
    { title: 'No peer support at weekends', links: ['KP3 Facilitated peer support', 'R7 Support networks for retention'], groups: ['Table 1'], edie: false },
    { title: 'Carers feel alone out of hours', links: ['KP3 Facilitated peer support', 'KP4 Foster carers\' own needs'], groups: ['Table 2'], edie: true },
  ]
  for (const gap of standalone) {
    await page.getByRole('button', { name: 'New gap' }).click()
    dialog = page.getByRole('dialog', { name: 'New gap' })
    for (const link of gap.links) await dialog.getByLabel(link).check()
    if (gap.edie) await dialog.getByLabel(/^EDIE/).check()
    await recordGap(dialog, gap.title, gap.groups)
  }
  const gapList = page.getByRole('list', { name: 'Gaps' })
  await expect(gapList.getByRole('heading', { level: 3 })).toHaveCount(6)
  await expect(page.getByTestId('gap-count-KP3')).toHaveText('2')
  await page.getByRole('button', { name: 'Merge No peer support at weekends with another gap' }).click()
  dialog = page.getByRole('dialog', { name: 'Merge “No peer support at weekends”' })
  await expectAccessible(page, 'the merge dialog')
  await dialog.getByLabel('Merge with').selectOption({ label: 'Carers feel alone out of hours' })
  await dialog.getByLabel('Title of the merged gap').fill('Peer support when carers need it')
  await dialog.getByRole('button', { name: 'Merge gaps' }).click()
  await expect(gapList.getByRole('heading', { level: 3 })).toHaveCount(5)
  const merged = gapList.getByRole('listitem', { name: 'Peer support when carers need it' })
  await expect(merged).toContainText('Raised by: Table 1, Table 2')
  await expect(merged).toContainText('EDIE')
  await expectAccessible(page, 'the gaps')
  await page.screenshot({ path: '/tmp/assess-shots/gaps.png', fullPage: true })

  // Reload: everything is there and the counts per KP are right.
  await page.reload()
  await expect(gapList.getByRole('heading', { level: 3 })).toHaveCount(5)
  const expected: Record<string, string> = { KP1: '1', KP2: '1', KP3: '1', KP4: '1', KP5: '1', KP6: '0', KP7: '1', KP8: '0', R1: '0', R2: '0', R7: '1' }
  for (const [tag, count] of Object.entries(expected)) await expect(page.getByTestId(`gap-count-${tag}`)).toHaveText(count)
  await expect(page.getByRole('list', { name: 'Gaps' }).getByRole('listitem', { name: 'Learning from complaints is not acted on' })).toContainText('From the question: How is the corporate parenting partnership')
  await page.getByLabel('Key Principle or Recommendation').selectOption({ label: 'KP3 Facilitated peer support' })
  await expect(gapList.getByRole('heading', { level: 3 })).toHaveCount(1)
  await page.getByLabel('Group').selectOption({ label: 'Table 2' })
  await page.getByLabel('Key Principle or Recommendation').selectOption({ label: 'Any' })
  await expect(gapList.getByRole('heading', { level: 3 })).toHaveCount(3)
  await page.getByLabel('EDIE').selectOption({ label: 'EDIE only' })
  await expect(gapList.getByRole('heading', { level: 3 })).toHaveCount(1)

  await tab(page, 'Agenda').click()
  await expect(agendaItems(page)).toHaveCount(30)
  await tab(page, 'Questions').click()
  await expect(progress(page)).toHaveText('Question 2 of 30')
  await expect(page.getByLabel('Notes from Table 1')).toHaveValue('Not sure anyone has looked at readiness.')
  await page.getByRole('button', { name: '← Previous' }).click()
  await expect(page.getByLabel('Notes from Table 1')).toHaveValue('Complaints are logged but nobody reports back to carers.')
  await expect(page.getByLabel('Notes from Table 2')).toHaveValue('Exit interviews happen; themes are not shared.')
  await tab(page, 'Support offer').click()
  await expect(page.getByRole('list', { name: 'Support offer' }).getByRole('heading')).toHaveText(offer.map((item) => item.name))
  await tab(page, 'Ratings').click()
  await expect(page.getByText('15 of 15 rated')).toBeVisible()
  await expect(page.getByLabel('Comment on KP1')).toHaveValue('Good intentions, patchy follow-through.')
  await expect(page.getByRole('group', { name: 'R1: the room’s rating' }).getByRole('radio', { name: 'Green' })).toBeChecked()
})

/** Calls the API from the page as the app does (its session cookie), and returns the HTTP status and body. */
async function rawCall(page: Page, name: string, input: unknown): Promise<{ status: number; body: { ok: boolean; error?: { code: string; message: string; fields?: Record<string, string> } } }> {
  return page.evaluate(async ([callName, body]) => {
    const response = await fetch(`/api/${callName}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    })
    return { status: response.status, body: await response.json() }
  }, [name, input] as const)
}

const workshopIdOf = (page: Page) => /#\/workshops\/([^/]+)\//.exec(page.url())![1]!

test('bad input: a clear message, nothing written', async ({ page, server }) => {
  await workshopWithGroups(page, server.url)
  await tab(page, 'Questions').click()
  const note = page.getByLabel('Notes from Table 1')
  // 20,000 characters is a long note, and fine.
  await typeNote(note, 'n'.repeat(20_000))
  // A 1 MB paste is refused with a message, and neither sent nor kept.
  await note.fill('x'.repeat(1024 * 1024))
  await expect(note).toHaveAccessibleDescription(/This note is too long to save: a note can hold 20,000 characters\./)
  await expect(note).toHaveAttribute('aria-invalid', 'true')
  await page.reload()
  await expect(page.getByLabel('Notes from Table 1')).toHaveValue('n'.repeat(20_000))

  // An empty gap title.
  await tab(page, 'Gaps').click()
  await page.getByRole('button', { name: 'New gap' }).click()
  const dialog = page.getByRole('dialog', { name: 'New gap' })
  await dialog.getByLabel('Title', { exact: true }).fill('   ')
  await dialog.getByRole('button', { name: 'Record gap' }).click()
  await expect(dialog.getByLabel('Title', { exact: true })).toHaveAccessibleDescription(/Title cannot be empty\./)
  await expectAccessible(page, 'the gap dialog with an error')
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(page.getByText('No gaps yet.')).toBeVisible()

  // An offer item without a name.
  await tab(page, 'Support offer').click()
  const form = page.getByRole('form', { name: 'Add to the support offer' })
  await form.getByRole('button', { name: 'Add to the offer' }).click()
  await expect(form.getByLabel('Name', { exact: true })).toHaveAccessibleDescription(/Name cannot be empty\./)
  await expect(page.getByText('Nothing recorded yet.')).toBeVisible()

  // What the screens cannot send, the API refuses in words (HTTP 400), writing nothing.
  const workshopId = workshopIdOf(page)
  const unknownKp = await rawCall(page, 'gaps.create', { workshopId, details: { title: 'Gap', detail: '', links: ['KP9'], groupIds: [], sourceQuestionId: null, edie: false } })
  expect(unknownKp.status).toBe(400)
  expect(unknownKp.body.error?.fields?.['details.links.0']).toBe('“KP9” is not a Key Principle or Recommendation: link to KP1 to KP8 or R1 to R7.')
  const created = await rawCall(page, 'gaps.create', { workshopId, details: { title: 'Short breaks', detail: '', links: [], groupIds: [], sourceQuestionId: null, edie: false } })
  const gapId = (created.body as unknown as { value: { id: string } }).value.id
  const self = await rawCall(page, 'gaps.merge', { firstId: gapId, secondId: gapId, title: 'Same' })
  expect(self.status).toBe(400)
  expect(self.body.error?.message).toBe('A gap cannot be merged with itself. Choose a different gap to merge with.')
  await tab(page, 'Gaps').click()
  await expect(page.getByRole('list', { name: 'Gaps' }).getByRole('heading', { level: 3 })).toHaveText(['Short breaks'])
})

test('two tabs editing the same note get a conflict showing both versions, never a silent overwrite', async ({ page, server, context }) => {
  await workshopWithGroups(page, server.url)
  await tab(page, 'Questions').click()
  const hash = new URL(page.url()).hash
  const other = await context.newPage()
  await other.goto(`${server.url}${hash}`)
  await expect(other.getByLabel('Notes from Table 1')).toHaveValue('')

  await typeNote(page.getByLabel('Notes from Table 1'), 'Tab one: carers want a named contact.')
  await other.getByLabel('Notes from Table 1').fill('Tab two: out-of-hours support is patchy.')
  const conflict = other.getByRole('alert').filter({ hasText: 'changed in another window or tab' })
  await expect(conflict).toContainText('Tab two: out-of-hours support is patchy.')
  await expect(conflict).toContainText('Tab one: carers want a named contact.')
  await expectAccessible(other, 'a note in conflict')

  // The stale save is a 409 with a readable message, and what is saved is unchanged.
  const stale = await rawCall(other, 'notes.save', { workshopId: workshopIdOf(page), questionId: 'assess-knowing-your-foster-carers-strategic-01', groupId: (await rawCall(other, 'groups.list', { workshopId: workshopIdOf(page) }) as unknown as { body: { value: Array<{ id: string }> } }).body.value[0]!.id, text: 'overwrite?', baseRevision: 0 })
  expect(stale.status).toBe(409)
  expect(stale.body.error?.code).toBe('conflict')
  await page.reload()
  await expect(page.getByLabel('Notes from Table 1')).toHaveValue('Tab one: carers want a named contact.')

  await conflict.getByRole('button', { name: 'Keep both' }).click()
  await expect(other.getByLabel('Notes from Table 1')).toHaveAccessibleDescription(/Saved/)
  await page.reload()
  await expect(page.getByLabel('Notes from Table 1')).toHaveValue('Tab two: out-of-hours support is patchy.\n\nTab one: carers want a named contact.')
})

test('a note whose save is lost comes back from the local draft after a reload, and is saved', async ({ page, server }) => {
  await workshopWithGroups(page, server.url)
  await tab(page, 'Questions').click()
  await typeNote(page.getByLabel('Notes from Table 2'), 'First thoughts.')
  // Requests are lost (a dropped connection, a hung server): typing is kept locally.
  await page.route('**/api/notes.save', (route) => route.abort())
  await page.getByLabel('Notes from Table 2').fill('First thoughts. Then a long discussion about respite.')
  await expect(page.getByLabel('Notes from Table 2')).toHaveAccessibleDescription(/Not saved yet/)
  await page.unroute('**/api/notes.save')
  // As after a crash: the page starts again, finds the draft and sends it.
  await page.reload()
  await expect(page.getByLabel('Notes from Table 2')).toHaveValue('First thoughts. Then a long discussion about respite.')
  await expect(page.getByLabel('Notes from Table 2')).toHaveAccessibleDescription(/Saved/)
  await page.evaluate(() => localStorage.clear())
  await page.reload()
  await expect(page.getByLabel('Notes from Table 2')).toHaveValue('First thoughts. Then a long discussion about respite.')
})

test('the agenda reorders by mouse drag and by keyboard (Space, arrows, Space; Escape cancels)', async ({ page, server }) => {
  await workshopWithGroups(page, server.url)
  await page.getByRole('button', { name: 'Clear agenda' }).click()
  await page.getByRole('region', { name: 'Lived experience of foster carers' }).getByRole('button', { name: 'Add whole section' }).click()
  await expect(agendaItems(page)).toHaveCount(8)
  const texts = async () => agendaItems(page).locator('.agenda-item__question').allTextContents()
  const start = await texts()

  // Mouse: drag the first question's handle onto the third (all three in view).
  await page.setViewportSize({ width: 1280, height: 1400 })
  await page.getByRole('heading', { name: 'Agenda', exact: true }).scrollIntoViewIfNeeded()
  const handle = agendaItems(page).nth(0).getByRole('button', { name: /^Move question 1:/ })
  const target = agendaItems(page).nth(2)
  const from = (await handle.boundingBox())!
  const dragged = (await agendaItems(page).nth(0).boundingBox())!
  const to = (await target.boundingBox())!
  // Move so the dragged question's centre lands on the target's centre.
  const by = to.y + to.height / 2 - (dragged.y + dragged.height / 2)
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2)
  await page.mouse.down()
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2 + 10, { steps: 3 })
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2 + by, { steps: 15 })
  await page.mouse.up()
  await expect.poll(texts).toEqual([start[1], start[2], start[0], ...start.slice(3)])

  // Keyboard: pick up question 1 with Space, two places down, drop with Space.
  const afterMouse = await texts()
  await agendaItems(page).nth(0).getByRole('button', { name: /^Move question 1:/ }).focus()
  await page.keyboard.press('Space')
  await expect(page.locator('[id^="DndLiveRegion"]')).toContainText('Picked up question 1 of 8')
  const live = page.locator('[id^="DndLiveRegion"]')
  // dnd-kit listens for the arrow keys from a timer after the pick-up: a person's pause, before the first key.
  await settle(page)
  await page.keyboard.press('ArrowDown')
  await expect(live).toContainText('is over position 2 of 8')
  await page.keyboard.press('ArrowDown')
  await expect(live).toContainText('is over position 3 of 8')
  await page.keyboard.press('Space')
  await expect.poll(texts).toEqual([afterMouse[1], afterMouse[2], afterMouse[0], ...afterMouse.slice(3)])
  await expect(page.locator('[id^="DndLiveRegion"]')).toContainText('Dropped')

  // Escape cancels a move.
  const afterKeys = await texts()
  await agendaItems(page).nth(3).getByRole('button', { name: /^Move question 4:/ }).focus()
  await page.keyboard.press('Enter')
  await expect(live).toContainText('Picked up question 4 of 8')
  await settle(page)
  await page.keyboard.press('ArrowUp')
  await expect(live).toContainText('is over position 3 of 8')
  await page.keyboard.press('Escape')
  await expect(page.locator('[id^="DndLiveRegion"]')).toContainText('Move cancelled')
  expect(await texts()).toEqual(afterKeys)

  // And the buttons that need no dragging.
  await page.getByRole('button', { name: 'Move question 2 down' }).click()
  await expect.poll(texts).toEqual([afterKeys[0], afterKeys[2], afterKeys[1], ...afterKeys.slice(3)])
  const final = await texts()
  await page.reload()
  await expect.poll(texts).toEqual(final)
})

test('the question view on a projector: large, calm, readable (1920×1080 and 1280×720)', async ({ page, server }) => {
  await page.setViewportSize({ width: 1920, height: 1080 })
  await workshopWithGroups(page, server.url, ['Carers A', 'Carers B', 'Practitioners'])
  await tab(page, 'Questions').click()
  for (let index = 0; index < 3; index += 1) await page.getByRole('button', { name: 'Next →' }).click()
  await expect(progress(page)).toHaveText('Question 4 of 77')
  await typeNote(page.getByLabel('Notes from Carers A'), 'Around 15 of our carers have had no child placed for six months or more.')
  await typeNote(page.getByLabel('Notes from Carers B'), 'Some are waiting for the right match; others feel forgotten.')
  await page.getByRole('link', { name: 'Present' }).click()
  await expect(page.getByRole('banner')).toBeHidden()
  await expect(page.getByRole('complementary', { name: 'Tip' })).toBeVisible()
  await expectAccessible(page, 'the presented question')

  const sizes = await page.evaluate(() => {
    const px = (selector: string) => parseFloat(getComputedStyle(document.querySelector(selector)!).fontSize)
    return { question: px('#question-text'), tip: px('.source-box p'), note: px('.note__text'), place: px('.question-view__place') }
  })
  expect(sizes.question).toBeGreaterThanOrEqual(48)
  expect(sizes.tip).toBeGreaterThanOrEqual(28)
  expect(sizes.note).toBeGreaterThanOrEqual(28)
  expect(sizes.place).toBeGreaterThanOrEqual(28)
  await page.mouse.move(0, 0)
  await page.screenshot({ path: '/tmp/assess-shots/question-present-1920x1080.png' })
  await page.setViewportSize({ width: 1280, height: 720 })
  await page.screenshot({ path: '/tmp/assess-shots/question-present-1280x720.png' })

  // A question with a prompt box after it in the source shows the box, in the tool's words.
  await page.setViewportSize({ width: 1920, height: 1080 })
  await question(page).click()
  for (let index = 4; index < 12; index += 1) await page.keyboard.press('ArrowRight')
  await expect(progress(page)).toHaveText('Question 12 of 77')
  await expect(page.getByRole('complementary', { name: 'Using data insights to shape your evidence-based fostering support' })).toBeVisible()
  await page.screenshot({ path: '/tmp/assess-shots/question-present-prompt-1920x1080.png' })
  await page.keyboard.press('PageUp')
  await expect(progress(page)).toHaveText('Question 11 of 77')

  // Escape leaves the presentation; the place is kept.
  await page.keyboard.press('Escape')
  await expect(page.getByRole('banner')).toBeVisible()
  await expect(progress(page)).toHaveText('Question 11 of 77')
  await page.screenshot({ path: '/tmp/assess-shots/question-facilitator-1920x1080.png', fullPage: true })
})

test('the agenda picker filters by step, section, line and tag, and adds single questions', async ({ page, server }) => {
  await workshopWithGroups(page, server.url)
  // Clearing the agenda can be undone: its Undo takes focus, and brings every question back.
  await page.getByRole('button', { name: 'Clear agenda' }).click()
  await expect(page.getByText('The agenda is empty: 77 questions taken off. Add sections or questions, or undo.')).toBeVisible()
  const undoClear = page.getByRole('button', { name: 'Undo clear agenda' })
  await expect(undoClear).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByText('77 questions, in the order')).toBeVisible()
  await expect(page.getByText('The agenda is back: 77 questions.')).toBeVisible()
  await page.reload()
  await expect(page.getByText('77 questions, in the order')).toBeVisible()

  // Resetting replaces the facilitator's own agenda (here one question taken off and one moved) with
  // every question: its Undo takes focus and brings their own agenda back, order and all.
  const running = page.getByRole('list', { name: 'Agenda in running order' }).locator('.agenda-item__question')
  const [first, second] = await running.evaluateAll((items) => items.slice(0, 2).map((item) => item.textContent))
  await page.getByRole('button', { name: 'Remove question 3 from the agenda' }).click()
  await expect(page.getByText('76 questions, in the order')).toBeVisible()
  await page.getByRole('button', { name: 'Move question 1 down' }).click()
  await expect(running.first()).toHaveText(second!)
  await page.getByRole('button', { name: 'Reset to all Assess sections' }).click()
  await expect(page.getByText('The agenda has every Assess question again. Your own agenda of 76 questions can be brought back with Undo.')).toBeVisible()
  await expect(page.getByText('77 questions, in the order')).toBeVisible()
  await expect(running.first()).toHaveText(first!)
  const undoReset = page.getByRole('button', { name: 'Undo reset' })
  await expect(undoReset).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByText('The agenda is back: 76 questions.')).toBeVisible()
  await expect(running.first()).toHaveText(second!)
  await page.reload()
  await expect(page.getByText('76 questions, in the order')).toBeVisible()
  await expect(running.first()).toHaveText(second!)
  // A reset of an agenda that already has every question, in order, changes nothing and offers no Undo.
  await page.getByRole('button', { name: 'Reset to all Assess sections' }).click()
  await page.getByRole('button', { name: 'Reset to all Assess sections' }).click()
  await expect(page.getByText('The agenda already has every Assess question, in order.')).toBeVisible()
  await expect(undoReset).toHaveCount(0)

  await page.getByRole('button', { name: 'Clear agenda' }).click()
  await expect(undoClear).toBeVisible()
  const filters = page.getByRole('group', { name: 'Filter questions' })
  await filters.getByLabel('Section').selectOption({ label: 'Evidence-based training and support' })
  await filters.getByLabel('Line').selectOption({ label: 'Practice' })
  await filters.getByLabel('Tag').selectOption({ label: 'Key Principle 3: Facilitated peer support' })
  const section = page.getByRole('region', { name: 'Evidence-based training and support' })
  await expect(page.getByRole('region', { name: 'Local context' })).toHaveCount(0)
  const matching = section.getByRole('checkbox')
  const count = await matching.count()
  expect(count).toBeGreaterThan(0)
  await expect(section.getByText(`${count} matching`)).toBeVisible()
  for (const text of await section.locator('.picker-questions__meta').allTextContents()) {
    expect(text).toMatch(/Practice/)
    expect(text).toMatch(/KP3|ALL/)
  }
  await matching.first().check()
  await expect(agendaItems(page)).toHaveCount(1)
  await expect(agendaItems(page).first()).toContainText('Evidence-based training and support · Practice')

  // Another step's questions can join the agenda too.
  await filters.getByLabel('Step').selectOption({ label: '4. Review' })
  await expect(page.getByText('No questions match these filters.')).toBeVisible()
  await filters.getByLabel('Line').selectOption({ label: 'Strategic and practice' })
  await filters.getByLabel('Tag').selectOption({ label: 'Any tag' })
  await page.getByRole('region', { name: 'Review (opening questions)' }).getByRole('button', { name: 'Add whole section' }).click()
  await expect(page.getByText('14 questions, in the order')).toBeVisible()
  await page.reload()
  await expect(agendaItems(page)).toHaveCount(14)
})

test('gaps: edit, delete with undo, and undo a merge after a reload', async ({ page, server }) => {
  await workshopWithGroups(page, server.url)
  await tab(page, 'Gaps').click()
  for (const [title, group] of [['Short breaks are hard to book', 'Table 1'], ['Respite is hard to arrange', 'Table 2']] as const) {
    await page.getByRole('button', { name: 'New gap' }).click()
    const dialog = page.getByRole('dialog', { name: 'New gap' })
    await dialog.getByLabel('R4 Self-care and behaviour support for carer wellbeing').check()
    await recordGap(dialog, title, [group])
  }
  const gapList = page.getByRole('list', { name: 'Gaps' })
  const titles = gapList.getByRole('heading', { level: 3 })

  // Edit.
  await page.getByRole('button', { name: 'Edit Respite is hard to arrange' }).click()
  const edit = page.getByRole('dialog', { name: 'Edit gap' })
  await expect(edit.getByLabel('Title', { exact: true })).toHaveValue('Respite is hard to arrange')
  await edit.getByLabel('Title', { exact: true }).fill('Respite is hard to arrange at short notice')
  await edit.getByLabel('KP4 Foster carers\' own needs').check()
  await edit.getByRole('button', { name: 'Save gap' }).click()
  await expect(titles).toHaveText(['Short breaks are hard to book', 'Respite is hard to arrange at short notice'])
  await expect(page.getByTestId('gap-count-KP4')).toHaveText('1')

  // Delete, then undo.
  await page.getByRole('button', { name: 'Delete Short breaks are hard to book' }).click()
  await expect(titles).toHaveText(['Respite is hard to arrange at short notice'])
  // Said where the card was, focus on its Undo (the Delete button went with the card).
  const gone = gapList.getByRole('listitem').first()
  await expect(gone).toHaveText(/^Deleted “Short breaks are hard to book”\.\s*Undo$/)
  await expect(gone.getByRole('button', { name: 'Undo', exact: true })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(titles).toHaveText(['Short breaks are hard to book', 'Respite is hard to arrange at short notice'])
  await expect(gapList.getByRole('listitem', { name: 'Short breaks are hard to book' })).toContainText('Undone: deleted “Short breaks are hard to book”.')
  // Working elsewhere puts the message away.
  await page.getByLabel('EDIE').focus()
  await expect(page.getByText('Undone: deleted “Short breaks are hard to book”.')).toHaveCount(0)

  // Merge, reload, and undo the merge from the merged gap itself.
  await page.getByRole('button', { name: 'Merge Short breaks are hard to book with another gap' }).click()
  const merge = page.getByRole('dialog', { name: 'Merge “Short breaks are hard to book”' })
  await merge.getByLabel('Title of the merged gap').fill('Short breaks and respite')
  await merge.getByRole('button', { name: 'Merge gaps' }).click()
  await expect(titles).toHaveText(['Short breaks and respite'])
  // The merge is said on the merged card, with its Undo focused.
  const mergedCard = gapList.getByRole('listitem', { name: 'Short breaks and respite' })
  await expect(mergedCard).toContainText('Merged into “Short breaks and respite”.')
  await expect(mergedCard.getByRole('button', { name: 'Undo', exact: true })).toBeFocused()
  await expect(page.getByTestId('gap-count-R4')).toHaveText('1')
  await page.reload()
  await page.getByRole('button', { name: 'Undo merge: Short breaks and respite' }).click()
  await expect(titles).toHaveText(['Short breaks are hard to book', 'Respite is hard to arrange at short notice'])
  await expect(page.getByTestId('gap-count-R4')).toHaveText('2')
  await expect(gapList.getByRole('listitem', { name: 'Respite is hard to arrange at short notice' })).toContainText('Raised by: Table 2')
})

test('in the sample’s long list of gaps at 1280×720, a merge is said on the merged card where it lands, in view, and a recorded gap’s message is a polite one', async ({ page, server }) => {
  await openSample(page, server.url, { width: 1280, height: 720 }, 'Assess')
  await tab(page, 'Gaps').click()
  const gapList = page.getByRole('list', { name: 'Gaps' })
  const titles = gapList.getByRole('heading', { level: 3 })
  // The list arrives a moment after the tab (from the query cache's first read): wait for it before counting.
  await expect(titles.first()).toBeVisible()
  const before = await titles.allTextContents()
  expect(before.length).toBeGreaterThan(20)
  const [first, last] = [before[0]!, before.at(-1)!]

  // The first gap merged with the last: the merged gap is listed last, far below where the merge began.
  await page.getByRole('button', { name: `Merge ${first} with another gap` }).click()
  const merge = page.getByRole('dialog', { name: `Merge “${first}”` })
  await merge.getByLabel('Merge with').selectOption({ label: last })
  await merge.getByLabel('Title of the merged gap').fill('Merged in the room')
  await merge.getByRole('button', { name: 'Merge gaps' }).click()
  await expect(titles).toHaveCount(before.length - 1)
  await expect(titles.last()).toHaveText('Merged in the room')
  // Shown on the merged card, in the window, its Undo focused; said to screen readers by the list's polite region.
  const mergedCard = gapList.getByRole('listitem', { name: 'Merged in the room' })
  await expect(mergedCard.getByText('Merged into “Merged in the room”.')).toBeInViewport()
  await expect(mergedCard.getByRole('button', { name: 'Undo', exact: true })).toBeFocused()
  const polite = page.getByRole('region', { name: 'Gaps', exact: true }).getByRole('status')
  await expect(polite).toHaveText('Merged into “Merged in the room”.')
  await expect(polite).toHaveAttribute('aria-live', 'polite')
  // Not on any other card: only the merged card and the spoken region carry it.
  await expect(gapList.getByText('Merged into “Merged in the room”.')).toHaveCount(1)
  await page.screenshot({ path: '/tmp/assess-shots/merged-card-1280x720.png' })
  await page.keyboard.press('Enter')
  await expect(titles).toHaveCount(before.length)
  await expect(titles.first()).toHaveText(first)

  // A gap recorded from a question is said beside the button that recorded it, politely, and goes with the next question.
  await tab(page, 'Questions').click()
  await page.getByRole('button', { name: 'Record a gap from this question' }).click()
  await recordGap(page.getByRole('dialog', { name: 'Record a gap from this question' }), 'Nobody knows how many carers we have', [])
  const recorded = page.getByRole('region', { name: 'Notes' }).getByRole('status').filter({ hasText: 'Gap recorded: Nobody knows how many carers we have.' })
  await expect(recorded).toHaveAttribute('aria-live', 'polite')
  await expect(recorded).toBeInViewport()
  await page.keyboard.press('ArrowRight')
  await expect(page.getByText('Gap recorded: Nobody knows how many carers we have.')).toHaveCount(0)
})
