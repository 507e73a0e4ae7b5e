import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import JSZip from 'jszip'
import { expect, expectAccessible, test } from './fixtures'

test('open the sample workshop, export the Word report, and it opens in a word processor', async ({ page, server }) => {
  test.setTimeout(120_000)
  await page.goto(server.url)
  await page.getByRole('button', { name: 'Try the sample workshop' }).click()
  await expect(page.getByRole('heading', { level: 1, name: /Eastmoor foster carers’ forum \(sample\)/ })).toBeVisible()

  await page.getByRole('navigation', { name: 'Workshop steps' }).getByRole('link', { name: /Report/ }).click()
  await expect(page.getByRole('heading', { name: 'Word report' })).toBeVisible()
  await expectAccessible(page, 'the report step')

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the Word report' }).click()])
  expect(download.suggestedFilename()).toBe('Eastmoor foster carers’ forum (sample) - 19 November 2026.docx')
  const dir = mkdtempSync(join(tmpdir(), 'common-ground-report-'))
  try {
    const file = join(dir, 'report.docx')
    await download.saveAs(file)
    const zip = await JSZip.loadAsync(readFileSync(file))
    const xml = await zip.file('word/document.xml')!.async('string')
    expect(xml).toContain('Agreed priorities')
    expect(xml).toContain('Behaviour support before placements break down')
    expect(xml).toContain('Short breaks when carers need them')
    expect(xml).toContain('A first-year offer for newly approved carers')

    // LibreOffice converts it without error: a real word processor can open what we wrote.
    const converted = spawnSync('soffice', ['--headless', `-env:UserInstallation=file://${join(dir, 'profile')}`, '--convert-to', 'pdf', '--outdir', dir, file], { encoding: 'utf8', timeout: 90_000 })
    expect(converted.status, converted.stderr).toBe(0)
    expect(existsSync(join(dir, 'report.pdf'))).toBe(true)
    const text = spawnSync('pdftotext', [join(dir, 'report.pdf'), '-'], { encoding: 'utf8' }).stdout
    expect(text).toContain('Agreed priorities')
    expect(text).toContain('Action plan')
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})

test('the report can leave out group names and sections', async ({ page, server }) => {
  await page.goto(server.url)
  await page.getByRole('button', { name: 'Try the sample workshop' }).click()
  await expect(page.getByRole('heading', { level: 1, name: /Eastmoor/ })).toBeVisible()
  await page.getByRole('navigation', { name: 'Workshop steps' }).getByRole('link', { name: /Report/ }).click()
  await page.getByLabel(/Include group names/).uncheck()
  await page.getByLabel('Appendix: notes by question').uncheck()
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the Word report' }).click()])
  const zip = await JSZip.loadAsync(readFileSync(await download.path()))
  const xml = await zip.file('word/document.xml')!.async('string')
  expect(xml).not.toContain('Table 1 – long-term carers')
  expect(xml).toContain('Group 1')
  expect(xml).not.toContain('Appendix: notes by question')
})

test('spreadsheets and the workshop file: export, import on another library, refuse a bad file', async ({ page, server }) => {
  test.setTimeout(90_000)
  await page.goto(server.url)
  await page.getByRole('button', { name: 'Try the sample workshop' }).click()
  await expect(page.getByRole('heading', { level: 1, name: /Eastmoor/ })).toBeVisible()
  await page.getByRole('navigation', { name: 'Workshop steps' }).getByRole('link', { name: /Report/ }).click()

  const [gapsCsv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Gaps (CSV)' }).click()])
  expect(gapsCsv.suggestedFilename()).toMatch(/gaps - 19 November 2026\.csv$/)
  const csv = readFileSync(await gapsCsv.path(), 'utf8')
  expect(csv.split('\r\n')[0]).toBe('\uFEFF"Gap","Detail","Key Principles and Recommendations","Raised by","EDIE"')
  expect(csv).toContain('"Short breaks when carers need them"')

  const [workshopFile] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Workshop file' }).click()])
  const dir = mkdtempSync(join(tmpdir(), 'common-ground-file-'))
  try {
    const filePath = join(dir, 'workshop.json')
    await workshopFile.saveAs(filePath)

    // Same library: the workshop is already here, so it asks before making a copy.
    await page.getByRole('link', { name: 'Workshops', exact: true }).click()
    await page.getByLabel('Import a workshop file').setInputFiles(filePath)
    const ask = page.getByRole('dialog', { name: 'This workshop is already here' })
    await expect(ask).toContainText('Import the file as a separate copy?')
    await expectAccessible(page, 'the import question')
    await ask.getByRole('button', { name: 'Import as a copy' }).click()
    await expect(page.getByRole('heading', { level: 1, name: /Eastmoor/ })).toBeVisible()
    await page.getByRole('navigation', { name: 'Workshop steps' }).getByRole('link', { name: /Report/ }).click()
    const [again] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the Word report' }).click()])
    const xml = await (await JSZip.loadAsync(readFileSync(await again.path()))).file('word/document.xml')!.async('string')
    expect(xml).toContain('Behaviour support before placements break down')

    // A file that is not a workshop file is refused with a message, and nothing changes.
    await page.getByRole('link', { name: 'Workshops', exact: true }).click()
    // The sample's two cycles and the imported copy.
    const cards = page.getByRole('link', { name: /Eastmoor foster carers’ forum \(sample\)/ })
    await expect(cards).toHaveCount(3)
    const badPath = join(dir, 'notes.json')
    writeFileSync(badPath, '{"format":"something-else"}')
    await page.getByLabel('Import a workshop file').setInputFiles(badPath)
    await expect(page.getByRole('alert')).toContainText('This is not a Common Ground workshop file.')
    await page.reload()
    await expect(cards).toHaveCount(3)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})
