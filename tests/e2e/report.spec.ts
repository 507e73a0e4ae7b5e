import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
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
