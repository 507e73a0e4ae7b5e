import { expect, expectAccessible, test } from './fixtures'
import { api, seedWorkshop } from './voting-helpers'

test('the discussion timer runs, pauses, takes an extra minute and signals the end on the presenter window', async ({ page, server }) => {
  // One fake clock for both windows (they share the context), moved on by hand: no waiting in real time.
  await page.context().clock.install({ time: new Date('2026-11-23T10:00:00Z') })
  await page.setViewportSize({ width: 1280, height: 900 })
  await page.goto(server.url)
  const { workshopId } = await seedWorkshop(page)
  await page.goto(`${new URL(server.url).origin}/#/workshops/${workshopId}/prioritise`)

  const presenterPromise = page.context().waitForEvent('page')
  await page.getByRole('button', { name: 'Open presenter window' }).click()
  const presenter = await presenterPromise
  await presenter.setViewportSize({ width: 1920, height: 1080 })
  await expect(presenter.getByRole('heading', { name: 'Northvale carers’ forum' })).toBeVisible()

  const timerBox = page.getByRole('group', { name: 'Discussion timer' })
  await timerBox.getByLabel('Length in minutes').fill('200')
  await timerBox.getByRole('button', { name: 'Set timer' }).click()
  await expect(timerBox.getByText('The timer can run for at most 180 minutes (3 hours).')).toBeVisible()
  await timerBox.getByLabel('Length in minutes').fill('2')
  await timerBox.getByRole('button', { name: 'Set timer' }).click()
  await page.getByRole('radio', { name: 'Timer' }).check()

  const clock = presenter.getByRole('timer')
  await expect(clock).toHaveText('2:00')
  await expect(presenter.getByText('Ready')).toBeVisible()
  await timerBox.getByRole('button', { name: 'Start' }).click()
  await page.context().clock.runFor(30_000)
  // The installed clock also moves on with real time between the test's steps (a second or so on a busy
  // machine): the 30 s moved by hand are off the clock, and the pause holds whatever it shows then.
  const left = async () => {
    const [minutes = 0, seconds = 0] = ((await clock.textContent()) ?? '').split(':').map(Number)
    return minutes * 60 + seconds
  }
  const face = (seconds: number) => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`
  await expect.poll(left).toBeLessThanOrEqual(90)
  expect(await left()).toBeGreaterThan(80)
  await expect(presenter.getByText('Running')).toBeVisible()

  await timerBox.getByRole('button', { name: 'Pause' }).click()
  await expect(presenter.getByText('Paused')).toBeVisible()
  const paused = await left()
  await page.context().clock.runFor(60_000)
  await expect(clock).toHaveText(face(paused))

  await timerBox.getByRole('button', { name: 'Add a minute' }).click()
  await expect(clock).toHaveText(face(paused + 60))
  await timerBox.getByRole('button', { name: 'Start' }).click()
  await page.context().clock.runFor(150_000)
  await expect(clock).toHaveText('0:00')
  // The end is said in words, with a bell shape and a double border: not colour alone.
  await expect(presenter.getByText('Time is up')).toBeVisible()
  await expect(presenter.locator('.timer-face--up .timer-face__icon')).toBeVisible()
  await expect(clock).toHaveAttribute('aria-label', 'Time is up')
  await expect(timerBox.getByTestId('timer-small').getByText('Time is up')).toBeVisible()
  await presenter.screenshot({ path: '/tmp/vote-shots/presenter-timer-up-1920.png' })
  await expectAccessible(presenter, 'the presenter timer at its end')

  // Body text and headings are projector-sized at 1920×1080.
  await page.getByRole('radio', { name: 'Workshop title' }).check()
  const heading = presenter.getByRole('heading', { name: 'Northvale carers’ forum' })
  await expect(heading).toBeVisible()
  const sizes = await presenter.evaluate(() => ({
    heading: parseFloat(getComputedStyle(document.querySelector('.presenter h1')!).fontSize),
    body: parseFloat(getComputedStyle(document.querySelector('.presenter__lede')!.parentElement!).fontSize),
  }))
  expect(sizes.heading).toBeGreaterThanOrEqual(48)
  expect(sizes.body).toBeGreaterThanOrEqual(28)
  await presenter.screenshot({ path: '/tmp/vote-shots/presenter-title-1920.png' })

  // A reloaded presenter catches up from the server, and long sessions run up to three hours.
  await timerBox.getByLabel('Length in minutes').fill('180')
  await timerBox.getByRole('button', { name: 'Set timer' }).click()
  await page.getByRole('radio', { name: 'Timer' }).check()
  await presenter.reload()
  await expect(presenter.getByRole('timer')).toHaveText('3:00:00')
  await expectAccessible(page, 'the Prioritise step with the shared-screen controls')
})

test('the shared screen shows the current question and the gaps when the facilitator chooses them', async ({ page, server }) => {
  await page.goto(server.url)
  const { workshopId } = await seedWorkshop(page)
  const agenda = await api<{ questionIds: string[] }>(page, 'agenda.get', { workshopId })
  const questionId = agenda.questionIds[1]!
  await api(page, 'agenda.setCurrent', { workshopId, questionId })
  const pack = await api<{ steps: Array<{ sections: Array<{ items: Array<{ kind: string; id?: string; text?: string }> }> }> }>(page, 'packs.get', { id: 'foster-care-reflective-tool' })
  const question = pack.steps.flatMap((step) => step.sections.flatMap((section) => section.items)).find((item) => item.kind === 'question' && item.id === questionId)!

  await page.goto(`${new URL(server.url).origin}/#/workshops/${workshopId}/prioritise`)
  const presenterPromise = page.context().waitForEvent('page')
  await page.getByRole('button', { name: 'Open presenter window' }).click()
  const presenter = await presenterPromise
  await presenter.setViewportSize({ width: 1920, height: 1080 })

  await page.getByRole('radio', { name: 'Current question' }).check()
  await expect(presenter.getByRole('heading', { level: 1 })).toHaveText(question.text!)
  await expectAccessible(presenter, 'the presenter view of the current question')
  await presenter.screenshot({ path: '/tmp/vote-shots/presenter-question-1920.png' })

  // A choice stays chosen from the click on, while its write is on its way: it does not spring back to
  // the view before (the click and the look are one task in the page, so nothing settles between them).
  const stays = await page.getByRole('radio', { name: 'Gaps board' }).evaluate((radio: HTMLInputElement) => {
    radio.click()
    return radio.checked
  })
  expect(stays).toBe(true)
  await expect(page.getByRole('radio', { name: 'Gaps board' })).toBeChecked()
  await expect(presenter.getByRole('listitem')).toHaveText([/Respite breaks/, /Out-of-hours support/, /Training on trauma/, /Peer mentoring/])
  await expectAccessible(presenter, 'the presenter view of the gaps')
})
