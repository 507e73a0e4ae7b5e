import type { Locator, Page } from '@playwright/test'
import { expect, expectAccessible, test } from './fixtures'

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

  await page.getByRole('button', { name: 'Next →' }).click()
  await expect(progress(page)).toHaveText('Question 2 of 30')
  await typeNote(page.getByLabel('Notes from Table 1'), 'Not sure anyone has looked at readiness.')
  // Gap 2 from question 2 (KP7 and ALL RECS: the blanket tag is not expanded).
  await page.getByRole('button', { name: 'Record a gap from this question' }).click()
  dialog = page.getByRole('dialog', { name: 'Record a gap from this question' })
  await expect(dialog.getByLabel('KP7 Strengths-based, inclusive approach')).toBeChecked()
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
  await page.getByLabel('Comment on KP1').fill('Good intentions, patchy follow-through.')
  await page.getByRole('article', { name: /KP1 Coordinated/ }).getByText('Ratings by group').click()
  await page.getByRole('group', { name: 'KP1: Table 1’s rating' }).getByRole('radio', { name: 'Red' }).check()
  await expect(page.getByRole('article', { name: /KP1 Coordinated/ }).getByText(/^≠ Groups differ$/)).toBeVisible()
  await expectAccessible(page, 'the ratings')

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
