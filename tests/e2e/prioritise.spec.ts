import type { Page } from '@playwright/test'
import { expect, expectAccessible, test } from './fixtures'
import { seedWorkshop } from './voting-helpers'

async function placeDots(page: Page, group: string, dots: Record<string, number>) {
  await page.getByRole('button', { name: `Vote for ${group}` }).click()
  const ballot = page.getByRole('form', { name: `Ballot for ${group}` })
  for (const [gap, count] of Object.entries(dots)) {
    for (let i = 0; i < count; i += 1) await ballot.getByRole('button', { name: `One more dot on ${gap}` }).click()
  }
  await ballot.getByRole('button', { name: 'Record this ballot' }).click()
  await expect(page.getByText(`Ballot recorded for ${group}.`)).toBeVisible()
}

test('a dot round for four groups: hidden until revealed, the presenter tab mirrors the reveal', async ({ page, server }) => {
  await page.setViewportSize({ width: 1920, height: 1080 })
  await page.goto(server.url)
  const { workshopId } = await seedWorkshop(page)
  await page.goto(`${new URL(server.url).origin}/#/workshops/${workshopId}/prioritise`)
  await expect(page.getByRole('heading', { name: 'Open a voting round' })).toBeVisible()

  await page.getByRole('button', { name: 'Open round', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Round 1: dot votes (open)' })).toBeVisible()
  await expect(page.getByText('0 of 4 groups have voted')).toBeVisible()

  // Too many dots: refused with a clear message, nothing recorded.
  await page.getByRole('button', { name: 'Vote for Carers A' }).click()
  const ballot = page.getByRole('form', { name: 'Ballot for Carers A' })
  await ballot.getByLabel('Dots on Respite breaks').fill('4')
  await expect(ballot.getByText('4 of 3 dots placed')).toBeVisible()
  await expectAccessible(page, 'a dot ballot being placed')
  await ballot.getByRole('button', { name: 'Record this ballot' }).click()
  await expect(ballot.getByRole('alert')).toHaveText(/This ballot places 4 dots, but each group has 3 dots\./)
  await expect(page.getByText('0 of 4 groups have voted')).toBeVisible()
  await ballot.getByRole('button', { name: 'Cancel' }).click()

  const presenterPromise = page.context().waitForEvent('page')
  await page.getByRole('button', { name: 'Open presenter window' }).click()
  const presenter = await presenterPromise
  await presenter.setViewportSize({ width: 1920, height: 1080 })
  await expect(presenter.getByRole('heading', { name: 'Northvale carers’ forum' })).toBeVisible()

  await page.getByRole('radio', { name: 'Voting progress' }).check()
  await expect(presenter.getByRole('heading', { name: 'Round 1: 0 of 4 groups have voted' })).toBeVisible()

  await placeDots(page, 'Carers A', { 'Respite breaks': 3 })
  await placeDots(page, 'Carers B', { 'Respite breaks': 1, 'Out-of-hours support': 2 })
  await expect(presenter.getByRole('heading', { name: 'Round 1: 2 of 4 groups have voted' })).toBeVisible()
  await placeDots(page, 'Social workers', { 'Training on trauma': 3 })
  await placeDots(page, 'Leaders', { 'Out-of-hours support': 1, 'Training on trauma': 1, 'Peer mentoring': 1 })
  await expect(page.getByText('4 of 4 groups have voted')).toBeVisible()
  await expect(presenter.getByText('Leaders: voted')).toBeVisible()
  // Which groups have voted, never what: no tally anywhere before the reveal.
  await expect(page.getByRole('table')).toHaveCount(0)
  await expect(presenter.getByRole('table')).toHaveCount(0)
  await presenter.screenshot({ path: '/tmp/vote-shots/presenter-voting-1920.png' })
  await expectAccessible(presenter, 'the presenter view of voting progress')

  await page.getByRole('radio', { name: 'Revealed results' }).check()
  await expect(presenter.getByText('The results of this round are hidden until the facilitator reveals them.')).toBeVisible()
  await page.getByRole('button', { name: 'Reveal results' }).click()

  // Respite 4, Out-of-hours 3, Training 4, Peer mentoring 1: a tie for first, named.
  const tie = '“Respite breaks” and “Training on trauma” tie for first place.'
  await expect(page.getByText(tie)).toBeVisible()
  await expect(presenter.getByText(tie)).toBeVisible()
  const rows = presenter.getByRole('table').first().getByRole('row')
  await expect(rows).toHaveText([/Place\s*Gap\s*Dots/, /1= \(tied\)\s*Respite breaks\s*4/, /1= \(tied\)\s*Training on trauma\s*4/, /3\s*Out-of-hours support\s*3/, /4\s*Peer mentoring\s*1/])
  await expect(presenter.getByText(/Kendall’s W is \d\.\d\d: /)).toBeVisible()
  await presenter.screenshot({ path: '/tmp/vote-shots/presenter-results-1920.png' })
  await expectAccessible(presenter, 'the presenter view of results')
  await expect(page.getByText('Carers’ groups put “Respite breaks” first; professionals’ groups put “Training on trauma” first.')).toBeVisible()
  await page.screenshot({ path: '/tmp/vote-shots/facilitator-results-1920.png', fullPage: true })
  await expectAccessible(page, 'the facilitator’s results')

  // A closed round refuses ballots: the vote buttons are gone, and reopening hides the results again.
  await expect(page.getByRole('button', { name: /Vote for|Correct the ballot/ })).toHaveCount(0)
  await page.getByRole('button', { name: 'Reopen round' }).click()
  await expect(page.getByText(tie)).toHaveCount(0)
  await expect(presenter.getByText('The results of this round are hidden until the facilitator reveals them.')).toBeVisible()
  await page.getByRole('button', { name: 'Reveal results' }).click()

  // Reload: the round and its revealed results are kept; the reloaded presenter catches up.
  await page.reload()
  await presenter.reload()
  await expect(page.getByText(tie)).toBeVisible()
  await expect(presenter.getByText(tie)).toBeVisible()
})

test('a ranked round where two gaps tie, ranked by keyboard and by buttons', async ({ page, server }) => {
  await page.setViewportSize({ width: 1280, height: 900 })
  await page.goto(server.url)
  const { workshopId } = await seedWorkshop(page)
  await page.goto(`${new URL(server.url).origin}/#/workshops/${workshopId}/prioritise`)
  await page.getByRole('radio', { name: 'Ranked ballot' }).check()
  await page.getByLabel('Gaps each group ranks').fill('2')
  await page.getByRole('button', { name: 'Open round', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Round 1: ranked ballot (open)' })).toBeVisible()

  // Carers A: Respite first, then Training — added in the other order and moved by keyboard drag.
  await page.getByRole('button', { name: 'Vote for Carers A' }).click()
  let ballot = page.getByRole('form', { name: 'Ballot for Carers A' })
  await ballot.getByRole('button', { name: 'Add Training on trauma' }).click()
  await ballot.getByRole('button', { name: 'Add Respite breaks' }).click()
  await expect(ballot.getByText('This group has ranked its top 2. Remove one to add another.')).toBeVisible()
  await expectAccessible(page, 'a ranked ballot')
  await ballot.getByRole('button', { name: 'Move Respite breaks, now choice 2 of 2' }).focus()
  // Each key waits for dnd-kit's own announcement, so the next press lands on a drag that has started.
  const announcer = ballot.locator('[id^="DndLiveRegion"]')
  await page.keyboard.press('Space')
  await expect(announcer).toContainText('Respite breaks would become choice 2.')
  await page.keyboard.press('ArrowUp')
  await expect(announcer).toContainText('Respite breaks would become choice 1.')
  await page.keyboard.press('Space')
  await expect(announcer).toContainText('Respite breaks dropped as choice 1.')
  const ranked = ballot.getByRole('list', { name: 'This group’s ranking, first choice first' }).getByRole('listitem')
  await expect(ranked).toHaveText([/Respite breaks/, /Training on trauma/])
  // Escape cancels a move and puts the card back.
  await ballot.getByRole('button', { name: 'Move Respite breaks, now choice 1 of 2' }).focus()
  await page.keyboard.press('Space')
  await expect(announcer).toContainText('Respite breaks would become choice 1.')
  await page.keyboard.press('ArrowDown')
  await expect(announcer).toContainText('Respite breaks would become choice 2.')
  await page.keyboard.press('Escape')
  await expect(announcer).toContainText('Moving Respite breaks was cancelled; it stays choice 1.')
  await expect(ranked).toHaveText([/Respite breaks/, /Training on trauma/])
  await ballot.getByRole('button', { name: 'Record this ballot' }).click()
  await expect(page.getByText('Ballot recorded for Carers A.')).toBeVisible()

  // Social workers: the opposite order, using the Up button instead of dragging.
  await page.getByRole('button', { name: 'Vote for Social workers' }).click()
  ballot = page.getByRole('form', { name: 'Ballot for Social workers' })
  await ballot.getByRole('button', { name: 'Add Respite breaks' }).click()
  await ballot.getByRole('button', { name: 'Add Training on trauma' }).click()
  await ballot.getByRole('button', { name: 'Move Training on trauma up' }).click()
  await ballot.getByRole('button', { name: 'Record this ballot' }).click()
  await expect(page.getByText('2 of 4 groups have voted')).toBeVisible()

  await page.getByRole('button', { name: 'Reveal results' }).click()
  const tie = '“Respite breaks” and “Training on trauma” tie for first place.'
  await expect(page.getByText(tie)).toHaveCount(2)
  await expect(page.getByText('The Schulze method and Borda count give the same order.')).toBeVisible()
  await expect(page.getByText('Carers’ groups put “Respite breaks” first; professionals’ groups put “Training on trauma” first.')).toBeVisible()

  // History: a re-run is round 2, and round 1 stays selectable.
  await page.getByRole('radio', { name: '100 points' }).check()
  await page.getByRole('button', { name: 'Open round', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Round 2: 100 points (open)' })).toBeVisible()
  await page.getByRole('button', { name: 'Vote for Leaders' }).click()
  ballot = page.getByRole('form', { name: 'Ballot for Leaders' })
  await ballot.getByLabel('Points for Respite breaks').fill('60')
  await expect(ballot.getByText('40 points still to share')).toBeVisible()
  await ballot.getByRole('button', { name: 'Record this ballot' }).click()
  await expect(ballot.getByRole('alert')).toHaveText(/The points add up to 60; they must add up to exactly 100 \(40 still to place\)\./)
  await ballot.getByLabel('Points for Peer mentoring').fill('40')
  await expect(ballot.getByText('All 100 points shared out')).toBeVisible()
  await ballot.getByRole('button', { name: 'Record this ballot' }).click()
  await expect(page.getByText('1 of 4 groups have voted')).toBeVisible()
  await page.getByRole('button', { name: 'Round 1: ranked ballot, revealed' }).click()
  await expect(page.getByText(tie)).toHaveCount(2)
})

test('agree three priorities with rationales; a fourth is refused; the shared screen lists them; reload keeps them', async ({ page, server }) => {
  await page.setViewportSize({ width: 1280, height: 900 })
  await page.goto(server.url)
  const { workshopId } = await seedWorkshop(page)
  await page.goto(`${new URL(server.url).origin}/#/workshops/${workshopId}/prioritise`)
  const agree = page.getByRole('region', { name: 'Agreed priorities' })
  await expect(agree.getByText('0 of at most 3 agreed.', { exact: false })).toBeVisible()

  const reasons: Record<string, string> = {
    'Respite breaks': 'Carers in three groups named burnout first.',
    'Training on trauma': 'Professionals and carers both ranked it highly.',
    'Peer mentoring': 'Cheap to start; carers offered to lead it.',
  }
  for (const [gap, reason] of Object.entries(reasons)) {
    await agree.getByLabel('Agree another priority').selectOption({ label: gap })
    await agree.getByRole('button', { name: 'Agree as a priority' }).click()
    const box = agree.getByLabel(`Why ${gap} is a priority`)
    await box.fill(reason)
    await box.blur()
    await expect(page.getByText(`Rationale saved for ${gap}.`)).toBeVisible()
  }
  await agree.getByLabel('Agree another priority').selectOption({ label: 'Out-of-hours support' })
  await agree.getByRole('button', { name: 'Agree as a priority' }).click()
  await expect(agree.getByRole('alert')).toHaveText(/This workshop agrees at most 3 priorities\. Remove one before adding another, or raise the limit\./)
  await agree.getByRole('button', { name: 'Move Peer mentoring up' }).click()
  await expect(agree.getByText('Priority 2: Peer mentoring')).toBeVisible()
  await expectAccessible(page, 'the agreed priorities')

  const presenterPromise = page.context().waitForEvent('page')
  await page.getByRole('button', { name: 'Open presenter window' }).click()
  const presenter = await presenterPromise
  await presenter.setViewportSize({ width: 1920, height: 1080 })
  await page.getByRole('radio', { name: 'Agreed priorities' }).check()
  await expect(presenter.getByRole('listitem')).toHaveText([
    /Priority 1: Respite breaks\s*Carers in three groups named burnout first\./,
    /Priority 2: Peer mentoring\s*Cheap to start/,
    /Priority 3: Training on trauma\s*Professionals and carers/,
  ])
  await presenter.screenshot({ path: '/tmp/vote-shots/presenter-priorities-1920.png' })
  await presenter.setViewportSize({ width: 1280, height: 720 })
  await presenter.screenshot({ path: '/tmp/vote-shots/presenter-priorities-1280.png' })
  await expectAccessible(presenter, 'the presenter view of agreed priorities')

  await page.reload()
  await expect(page.getByLabel('Why Training on trauma is a priority')).toHaveValue(reasons['Training on trauma']!)
  await expect(page.getByText('Priority 3: Training on trauma')).toBeVisible()
})
