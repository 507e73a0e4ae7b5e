import { mkdirSync } from 'node:fs'
import type { Locator, Page } from '@playwright/test'
import { expect, expectAccessible, test } from './fixtures'
import { planApi, seedPriorities } from './plan-helpers'

const SHOTS = '/tmp/plan-shots'
const PEER = 'No peer support at weekends'
const BREAKS = 'Short breaks are hard to arrange'

async function shoot(page: Page, name: string, at?: Locator) {
  mkdirSync(SHOTS, { recursive: true })
  if (at) await at.evaluate((element) => element.scrollIntoView({ block: 'start' }))
  else await page.evaluate(() => window.scrollTo(0, 0))
  for (const [width, height] of [[1920, 1080], [1280, 720]] as const) {
    await page.setViewportSize({ width, height })
    await page.screenshot({ path: `${SHOTS}/${name}-${width}.png`, fullPage: false })
  }
  await page.setViewportSize({ width: 1280, height: 800 })
}

const step = (page: Page, name: string) => page.getByRole('navigation', { name: 'Workshop steps' }).getByRole('link', { name, exact: true })
const priority = (page: Page, title: string) => page.getByRole('article').filter({ has: page.getByRole('heading', { level: 2, name: new RegExp(title) }) })

async function addAction(page: Page, title: string, fields: { action: string; lead: string; byWhen: string; outcome?: string; measure?: string }, { pastDate = false } = {}) {
  const card = priority(page, title)
  const form = card.getByRole('form', { name: `Add an action to ${title}` })
  if (!(await form.isVisible())) await card.getByText(`Add an action to “${title}”`).click()
  await form.getByLabel('Action').fill(fields.action)
  await form.getByLabel('Lead owner').fill(fields.lead)
  await form.getByLabel('By when').fill(fields.byWhen)
  if (fields.outcome) await form.getByLabel('Outcome or impact sought').fill(fields.outcome)
  if (fields.measure) await form.getByLabel('How it will be measured').fill(fields.measure)
  await form.getByRole('button', { name: 'Add action' }).click()
  if (pastDate) {
    // A date already past is asked about beside the field, focus on the button that keeps it; nothing is added yet.
    const keep = form.getByRole('button', { name: /^Keep / })
    await expect(keep).toBeFocused()
    await expect(keep).toHaveAccessibleDescription(/is already past, so this action will show as overdue straight away/)
    await expect(card.getByRole('rowheader', { name: fields.action })).toHaveCount(0)
    await keep.click()
  }
  await expect(card.getByRole('rowheader', { name: fields.action })).toBeVisible()
}

async function recordUpdate(page: Page, action: string, status: string, text: string) {
  const card = page.getByRole('article').filter({ has: page.getByRole('heading', { level: 3, name: action }) })
  await card.getByText(`Record an update on “${action}”`).click()
  const form = card.getByRole('form', { name: `Record an update on ${action}` })
  await form.getByLabel('Status now').selectOption({ label: status })
  await form.getByLabel('Update and evidence').fill(text)
  await form.getByRole('button', { name: 'Record update' }).click()
  await expect(card.getByRole('list', { name: `Updates and evidence for ${action}` })).toContainText(text)
}

const rowOf = (table: Locator, header: string | RegExp) => table.getByRole('row').filter({ has: table.page().getByRole('rowheader', { name: header }) })

test('plan two priorities, do the actions, review against the next cycle; reload keeps it all', async ({ page, server }) => {
  await page.goto(server.url)
  await page.getByRole('button', { name: 'New workshop' }).click()
  const dialog = page.getByRole('dialog', { name: 'New workshop' })
  await dialog.getByLabel('Title').fill('Northvale forum – cycle 1')
  await dialog.getByLabel('Local area').fill('Northvale')
  await dialog.getByLabel('Date').fill('23/11/2026')
  await dialog.getByRole('button', { name: 'Create workshop' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Northvale forum – cycle 1' })).toBeVisible()
  const workshopId = /#\/workshops\/([^/]+)/.exec(page.url())![1]!
  await seedPriorities(page, workshopId)

  // Plan: the Plan step's questions and the barriers boxes beside the plan.
  await step(page, 'Plan').click()
  await expect(priority(page, PEER)).toBeVisible()
  const prompts = page.getByRole('complementary', { name: 'To prompt the discussion' })
  await expect(prompts).toContainText('How will you secure buy-in across the corporate parenting partnership?')
  await expect(prompts.getByRole('heading', { name: 'Strategic & practice barriers: strategic' })).toBeVisible()
  await expect(prompts.getByRole('heading', { name: 'Strategic & practice barriers: practice' })).toBeVisible()
  await expect(priority(page, PEER)).toContainText('Good evidence')

  // A Task and Finish group for the first priority: members by role, names optional.
  const team = priority(page, PEER).getByRole('form', { name: `Plan for ${PEER}` })
  await team.getByLabel('What we want to achieve').fill('Carers can reach another carer any weekend')
  await team.getByLabel('Group name').fill('Peer support Task and Finish group')
  await team.getByLabel('Group lead').fill('Carer champion')
  await team.getByRole('button', { name: 'Add a member' }).click()
  await team.getByRole('button', { name: 'Add a member' }).click()
  await team.getByLabel('Member 2 role').selectOption({ label: 'Supervising social workers' })
  await team.getByLabel('Member 2 name (optional)').fill('Sam')
  await team.getByRole('button', { name: 'Save plan' }).click()
  await expect(page.getByText(`Plan for “${PEER}” saved.`)).toBeVisible()

  // Five actions, one already past its date.
  await addAction(page, PEER, { action: 'Recruit six peer mentors', lead: 'Carer champion', byWhen: '31 January 2027', outcome: 'A mentor for every new carer', measure: 'Mentors recruited' })
  await addAction(page, PEER, { action: 'Weekend phone rota', lead: 'Team manager', byWhen: '1 March 2026' }, { pastDate: true })
  await addAction(page, PEER, { action: 'Peer group at the family centre', lead: 'Carer champion', byWhen: '30/06/2027' })
  await addAction(page, BREAKS, { action: 'Short breaks policy drafted with carers', lead: 'Fostering service manager', byWhen: '31 March 2027' })
  await addAction(page, BREAKS, { action: 'List of short break carers', lead: 'Recruitment lead', byWhen: '30 April 2027' })

  // Bad input: a date that is not a date and no lead: messages beside the fields, nothing written.
  const breaksForm = priority(page, BREAKS).getByRole('form', { name: `Add an action to ${BREAKS}` })
  await breaksForm.getByLabel('Action').fill('Something without a lead')
  await breaksForm.getByLabel('By when').fill('next Tuesday')
  await breaksForm.getByRole('button', { name: 'Add action' }).click()
  await expect(breaksForm.getByLabel('Lead owner')).toHaveAccessibleDescription(/Lead owner cannot be empty\./)
  await expect(breaksForm.getByLabel('By when')).toHaveAccessibleDescription(/By when must be a real date, for example 31 March 2027\./)

  // The overdue action is flagged on the plan, with the word, not colour alone.
  await expect(rowOf(priority(page, PEER).getByRole('table'), 'Weekend phone rota')).toContainText('Overdue')
  await expect(rowOf(priority(page, PEER).getByRole('table'), 'Recruit six peer mentors')).not.toContainText('Overdue')
  await expectAccessible(page, 'the Plan step')
  await shoot(page, 'plan', priority(page, PEER))

  // Deleting a priority with actions asks first and says how many go with it.
  await priority(page, BREAKS).getByRole('button', { name: `Remove priority ${BREAKS}` }).click()
  const confirm = page.getByRole('dialog', { name: 'Remove this priority?' })
  await expect(confirm).toContainText('its 2 actions will be removed with it')
  await expectAccessible(page, 'the remove priority confirmation')
  await confirm.getByRole('button', { name: 'Cancel' }).click()
  await page.reload()
  await expect(priority(page, BREAKS).getByRole('table').getByRole('rowheader')).toHaveCount(2)
  await expect(priority(page, PEER).getByRole('table').getByRole('rowheader')).toHaveCount(3)
  await expect(page.getByRole('form', { name: `Plan for ${PEER}` }).getByLabel('Member 2 name (optional)')).toHaveValue('Sam')

  // Do: statuses with evidence, and the prompts for when a group is stuck.
  await step(page, 'Do').click()
  await expect(page.getByRole('complementary', { name: 'If a group is stuck' })).toContainText('Think about any barriers you\'re facing.')
  await recordUpdate(page, 'Recruit six peer mentors', '✔ Complete', 'Six mentors trained on 12 November; sign-in sheet kept')
  await recordUpdate(page, 'Short breaks policy drafted with carers', '▲ At risk', 'Draft delayed: legal review pending')
  await expect(page.getByRole('article').filter({ hasText: 'Weekend phone rota' }).first()).toContainText('Overdue')
  await expect(page.getByText('1 of 5 actions complete.')).toBeVisible()
  await expectAccessible(page, 'the Do step')
  await shoot(page, 'do')

  // The start screen flags the overdue action.
  await page.getByRole('link', { name: 'Workshops', exact: true }).click()
  const overdue = page.getByRole('region', { name: /1 overdue action/ })
  await expect(overdue).toContainText('Weekend phone rota')
  await expect(overdue).toContainText('due 1 March 2026')
  await expectAccessible(page, 'the start screen with an overdue action')
  await overdue.getByRole('link', { name: 'Weekend phone rota' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Northvale forum – cycle 1' })).toBeVisible()

  // Review of cycle 1: notes on a review question, rate, then start the next cycle.
  await step(page, 'Review').click()
  const edie = page.getByRole('region', { name: 'Whose voice is missing?' }).getByRole('list')
  const voiceQuestion = 'Are there foster carers who you still need to hear from?'
  await expect(edie).toContainText(voiceQuestion)
  const question = page.getByRole('region', { name: 'Review questions' }).getByRole('group').filter({ hasText: voiceQuestion })
  await question.getByText(voiceQuestion).click()
  await question.getByLabel('Notes from Carers A').fill('Carers from the Polish community; we will ask the community centre.')
  await expect(question.getByText('Saved', { exact: true }).first()).toBeVisible()
  await expect(edie).not.toContainText(voiceQuestion)
  const compare = page.getByRole('region', { name: 'Compare with the last cycle' })
  await compare.getByLabel('Rating for KP3 this cycle').selectOption('red')
  await compare.getByLabel('Rating for KP1 this cycle').selectOption('amber')
  await expect(rowOf(compare.getByRole('table').first(), /^KP3/)).toContainText('Red')
  await page.getByRole('button', { name: 'Start the next cycle' }).click()
  await expectAccessible(page, 'the start next cycle confirmation')
  // The next cycle's date is asked for, not copied.
  const startDialog = page.getByRole('dialog', { name: 'Start the next cycle?' })
  const nextDate = startDialog.getByLabel('Date of the cycle 2 workshop')
  await expect(nextDate).toBeFocused()
  await expect(nextDate).toHaveAccessibleDescription(/This cycle met on 23 November 2026\./)
  await startDialog.getByRole('button', { name: 'Start cycle 2' }).click()
  await expect(nextDate).toHaveAccessibleDescription(/Enter a real date, for example 23 November 2026\./)
  await nextDate.fill('18/11/2027')
  await startDialog.getByRole('button', { name: 'Start cycle 2' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Northvale forum – cycle 2' })).toBeVisible()
  await expect(page.getByText('18 November 2027 · Northvale · Cycle 2')).toBeVisible()

  // Cycle 2 carries the open work: both priorities, four open actions (the complete one stays behind).
  await step(page, 'Plan').click()
  await expect(priority(page, PEER).getByRole('table').getByRole('rowheader')).toHaveText(['Weekend phone rota', 'Peer group at the family centre'])
  await expect(page.getByRole('form', { name: `Plan for ${PEER}` }).getByLabel('Group name')).toHaveValue('Peer support Task and Finish group')
  // One action is dropped this cycle.
  await priority(page, BREAKS).getByRole('button', { name: 'Remove List of short break carers' }).click()
  await page.getByRole('dialog', { name: 'Remove this action?' }).getByRole('button', { name: 'Remove action' }).click()
  await expect(priority(page, BREAKS).getByRole('table').getByRole('rowheader')).toHaveText(['Short breaks policy drafted with carers'])

  // Re-rate and compare.
  await step(page, 'Review').click()
  const compare2 = page.getByRole('region', { name: 'Compare with the last cycle' })
  const ratings = compare2.getByRole('table').first()
  await expect(rowOf(ratings, /^KP3/)).toContainText('Red')
  await compare2.getByLabel('Rating for KP3 this cycle').selectOption('amber')
  await compare2.getByLabel('Rating for KP1 this cycle').selectOption('red')
  await expect(rowOf(ratings, /^KP3/)).toContainText('Better')
  await expect(rowOf(ratings, /^KP1/)).toContainText('Worse')
  await expect(compare2.getByText('1 completed, 1 slipped, 1 dropped, 2 carried forward on time.')).toBeVisible()
  const outcomes = compare2.getByRole('table').nth(1)
  await expect(rowOf(outcomes, 'Recruit six peer mentors')).toContainText('Completed')
  await expect(rowOf(outcomes, 'Weekend phone rota')).toContainText('Slipped')
  await expect(rowOf(outcomes, 'List of short break carers')).toContainText('Dropped')

  // You said, we did, now we will: drafted, edited, saved.
  const youSaid = page.getByRole('region', { name: 'You said, we did, now we will' })
  await expect(youSaid.getByLabel('You said, row 1')).toHaveValue(PEER)
  await expect(youSaid.getByLabel('Now we will, row 1')).toHaveValue(/Weekend phone rota, led by Team manager, by 1 March 2026\./)
  await youSaid.getByLabel('We did, row 1').fill('We trained six peer mentors, chosen with carers.')
  await youSaid.getByRole('button', { name: 'Save table' }).click()
  await expect(youSaid.getByText('Table saved. The report will use this version.')).toBeVisible()

  // Whose voice is missing: no groups recorded yet this cycle.
  const voices = page.getByRole('region', { name: 'Whose voice is missing?' })
  await expect(rowOf(voices.getByRole('table'), 'Foster carers')).toContainText('Not in the room')
  await expect(voices).toContainText('Took part last cycle but not this one: Carers A, Social workers.')
  await expect(voices).toContainText('Whose voice is missing?')
  await expectAccessible(page, 'the Review step')
  await shoot(page, 'review', page.getByRole('region', { name: 'Compare with the last cycle' }))
  await shoot(page, 'review-you-said', page.getByRole('region', { name: 'You said, we did, now we will' }))

  // Reload: everything is kept.
  await page.reload()
  await expect(rowOf(page.getByRole('region', { name: 'Compare with the last cycle' }).getByRole('table').first(), /^KP3/)).toContainText('Better')
  await expect(page.getByText('1 completed, 1 slipped, 1 dropped, 2 carried forward on time.')).toBeVisible()
  await expect(page.getByRole('region', { name: 'You said, we did, now we will' }).getByLabel('We did, row 1')).toHaveValue('We trained six peer mentors, chosen with carers.')
  await expect(page.getByRole('region', { name: 'Cycles of this service' }).getByRole('listitem')).toHaveCount(2)

  // The start screen lists the two cycles together.
  await page.getByRole('link', { name: 'Workshops', exact: true }).click()
  const service = page.getByRole('list', { name: 'Cycles of Northvale forum – cycle 1, latest first' })
  await expect(service.getByRole('heading', { level: 2 })).toHaveText(['Northvale forum – cycle 2', 'Northvale forum – cycle 1'])
  // The overdue action is now followed up in cycle 2, so it is listed once.
  await expect(page.getByRole('region', { name: /1 overdue action/ })).toContainText('Northvale forum – cycle 2')
  await expectAccessible(page, 'the start screen with cycles')
  await shoot(page, 'start')
})

test('a past by-when date and a future update date are asked about before they are saved', async ({ page, server }) => {
  await page.goto(server.url)
  const workshop = await planApi<{ id: string }>(page, 'workshops.create', { title: 'Dates forum', localArea: '', date: '2026-11-23', venue: '', facilitators: '', cycle: 1, notes: '' })
  await seedPriorities(page, workshop.id)
  await page.goto(`${new URL(server.url).origin}/#/workshops/${workshop.id}/plan`)
  const card = priority(page, PEER)
  await card.getByText(`Add an action to “${PEER}”`).click()
  const form = card.getByRole('form', { name: `Add an action to ${PEER}` })
  await form.getByLabel('Action').fill('Weekend rota')
  await form.getByLabel('Lead owner').fill('Team manager')
  await form.getByLabel('By when').fill('1/1/1990')
  await form.getByRole('button', { name: 'Add action' }).click()
  await expect(form.getByText('1 January 1990 is already past, so this action will show as overdue straight away. Check the date, or keep it if it is right.')).toBeVisible()
  await expect(form.getByRole('button', { name: 'Keep 1 January 1990' })).toBeFocused()
  await expectAccessible(page, 'a past date asked about')
  // Changing the date puts the question away; a date to come saves at once.
  await form.getByLabel('By when').fill('31 March 2099')
  await expect(form.getByRole('button', { name: 'Keep 1 January 1990' })).toHaveCount(0)
  await form.getByRole('button', { name: 'Add action' }).click()
  await expect(card.getByRole('rowheader', { name: 'Weekend rota' })).toBeVisible()
  // Said inside the priority it is about, under its actions.
  await expect(card.getByText(`Action added to “${PEER}”.`)).toBeVisible()
  expect((await planApi<Array<{ actions: Array<{ byWhen: string }> }>>(page, 'plan.get', { workshopId: workshop.id })).flatMap((entry) => entry.actions.map((action) => action.byWhen))).toEqual(['2099-03-31'])

  // Edited to a past date, it is asked about too; kept (by keyboard, focus is on Keep), it is saved and flagged Overdue in words.
  await card.getByRole('button', { name: 'Edit Weekend rota' }).click()
  const edit = page.getByRole('form', { name: 'Edit Weekend rota' })
  await edit.getByLabel('By when').fill('1 March 2026')
  await edit.getByRole('button', { name: 'Save action' }).click()
  await expect(edit.getByRole('button', { name: 'Keep 1 March 2026' })).toBeFocused()
  await expect(edit.getByText('1 March 2026 is already past, so this action will show as overdue straight away.', { exact: false })).toBeVisible()
  await page.keyboard.press('Enter')
  await expect(edit).toHaveCount(0)
  await expect(card.getByRole('row', { name: /Weekend rota/ })).toContainText('Overdue')
  expect((await planApi<Array<{ actions: Array<{ byWhen: string }> }>>(page, 'plan.get', { workshopId: workshop.id })).flatMap((entry) => entry.actions.map((action) => action.byWhen))).toEqual(['2026-03-01'])

  // An update dated tomorrow is asked about; kept, it is recorded with that date.
  await page.getByRole('navigation', { name: 'Workshop steps' }).getByRole('link', { name: 'Do', exact: true }).click()
  const actionCard = page.getByRole('article').filter({ has: page.getByRole('heading', { level: 3, name: 'Weekend rota' }) })
  await actionCard.getByText('Record an update on “Weekend rota”').click()
  const update = actionCard.getByRole('form', { name: 'Record an update on Weekend rota' })
  const tomorrow = new Date(Date.now() + 36 * 3600 * 1000)
  const typed = `${tomorrow.getDate()}/${tomorrow.getMonth() + 1}/${tomorrow.getFullYear()}`
  await update.getByLabel('Date', { exact: true }).fill(typed)
  await update.getByLabel('Update and evidence').fill('Rota drafted')
  await update.getByRole('button', { name: 'Record update' }).click()
  const keep = update.getByRole('button', { name: /^Keep / })
  await expect(keep).toBeFocused()
  await expect(keep).toHaveAccessibleDescription(/is in the future, but an update records what has already happened/)
  await expect(actionCard.getByRole('list', { name: 'Updates and evidence for Weekend rota' })).toHaveCount(0)
  await page.keyboard.press('Enter')
  await expect(actionCard.getByRole('list', { name: 'Updates and evidence for Weekend rota' })).toContainText('Rota drafted')
  await expect(actionCard.getByText('Update recorded on “Weekend rota”.')).toBeVisible()
})
