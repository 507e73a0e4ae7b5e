import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import JSZip from 'jszip'
import { headings, paragraphs, readDocx, styleXml } from '../fixtures/docx-xml'
import { callApi, expect, expectAccessible, test } from './fixtures'
import { flat, pdfLines, pdfPages, pdfText, toPdf } from './report-helpers'

test('the sample’s report and briefing from the Report step: what a service manager, a carer and an elected member need, as Word and LibreOffice read them', async ({ page, server }) => {
  test.setTimeout(240_000)
  await page.goto(server.url)
  await page.getByRole('button', { name: 'Try the sample workshop' }).click()
  await expect(page.getByRole('heading', { level: 1, name: /Eastmoor foster carers’ forum \(sample\)/ })).toBeVisible()
  const workshopId = /workshops\/([0-9a-f-]{36})/.exec(page.url())![1]!

  // The figures the summary must agree with, read through the same API the screens use.
  const plan = await callApi<Array<{ actions: Array<{ status: string; byWhen: string }> }>>(page, 'plan.get', { workshopId })
  const actions = plan.flatMap((priority) => priority.actions)
  const today = new Date().toISOString().slice(0, 10)
  const overdue = actions.filter((action) => action.status !== 'complete' && action.byWhen < today).length
  const groups = await callApi<Array<{ headCount: number }>>(page, 'groups.list', { workshopId })
  const people = groups.reduce((sum, group) => sum + group.headCount, 0)
  const offer = await callApi<Array<{ name: string; links: string[] }>>(page, 'offer.list', { workshopId })
  const covered = new Set(offer.flatMap((item) => item.links))
  const uncovered = ['KP1', 'KP2', 'KP3', 'KP4', 'KP5', 'KP6', 'KP7', 'KP8', 'R1', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7'].filter((tag) => !covered.has(tag))

  await page.getByRole('navigation', { name: 'Workshop steps' }).getByRole('link', { name: /Report/ }).click()
  await expect(page.getByRole('heading', { name: 'Word report' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Briefing for elected members' })).toBeVisible()
  await expectAccessible(page, 'the report step')

  const [report] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the Word report' }).click()])
  expect(report.suggestedFilename()).toBe('Eastmoor foster carers’ forum (sample) - 19 November 2026.docx')
  const [briefing] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the briefing for elected members' }).click()])
  expect(briefing.suggestedFilename()).toBe('Eastmoor foster carers’ forum (sample) - briefing for elected members - 19 November 2026.docx')
  await expect(page.getByText(/^Ready: .*briefing for elected members/)).toBeVisible()

  const dir = mkdtempSync(join(tmpdir(), 'common-ground-report-'))
  try {
    const reportFile = join(dir, 'report.docx')
    const briefingFile = join(dir, 'briefing.docx')
    await report.saveAs(reportFile)
    await briefing.saveAs(briefingFile)

    // From the document's XML.
    const docx = await readDocx(readFileSync(reportFile))
    const lines = paragraphs(docx.document).map((paragraph) => paragraph.text)
    const levels = headings(docx.document)
    expect(levels.filter(([level]) => level === 1).map(([, text]) => text)).toEqual([
      'Summary', 'Words used in this report', 'Review of the last cycle', 'Agreed priorities', 'How the room decided', 'Where the service is now',
      'Support offer and coverage', 'Who took part', 'Action plan', 'You said, we did, now we will', 'Appendix A: gaps register', 'Appendix B: notes by question',
    ])
    levels.forEach(([level], index) => expect(level - (levels[index - 1]?.[0] ?? 0)).toBeLessThanOrEqual(1))
    for (const [id, level] of [['Heading1', 0], ['Heading2', 1], ['Heading3', 2]] as const) expect(styleXml(docx.styles, id)).toContain(`<w:outlineLvl w:val="${level}"/>`)
    expect(docx.document).toContain('TOC \\h \\o &quot;1-2&quot;')
    expect(paragraphs(docx.document).filter((paragraph) => paragraph.style === 'TOC1').map((entry) => entry.text)).toContainEqual(expect.stringMatching(/^Action plan\d+$/))
    expect(docx.relationships).toContain('Target="https://foundations.org.uk/toolkit/practice-guides/foster-care" TargetMode="External"')
    expect(docx.core).toContain('<dc:language>en-GB</dc:language>')
    // Page-1 summary: the priorities a line each (the carried one marked) and figures that agree with the record.
    const summary = lines.slice(lines.indexOf('Summary'), lines.indexOf('Contents'))
    expect(summary).toEqual(expect.arrayContaining([
      '1. Behaviour support before placements break down',
      '2. Short breaks when carers need them',
      '3. A first-year offer for newly approved carers',
      '4. Out-of-hours advice for carers (carried forward from cycle 1)',
    ]))
    const summaryText = summary.join(' ')
    expect(summaryText).toContain(`Actions: ${actions.length} actions:`)
    expect(summaryText).toContain(`${overdue === 1 ? '1 is' : `${overdue} are`} overdue`)
    expect(summaryText).toContain(`Who took part: ${people} people at ${groups.length} tables`)
    expect(summaryText).toMatch(/Since cycle 1: \d+ ratings better \(/)
    expect(summaryText).toContain('What we ask of you:')
    // How the room decided: each round named by the method the room used, then how it was counted.
    expect(levels.filter(([level]) => level === 2).map(([, text]) => text).filter((text) => text.startsWith('Round '))).toEqual(['Round 1: dot votes', 'Round 2: ranked ballot, counted by the Schulze method'])
    // Support offer and coverage.
    for (const item of offer) expect(lines).toContain(item.name)
    expect(lines.join(' ')).toContain(`${uncovered.length} Key Principles and Recommendations have nothing in the offer mapped to them`)
    // The last cycle's review: whose voice is missing, and its actions with the moved date.
    expect(lines).toContain('Whose voice is missing')
    expect(lines).toContain('Was due 31 January 2026, now 31 January 2027')
    // Numbered actions under their priorities, with the status key.
    expect(lines).toEqual(expect.arrayContaining(['1.1', '1.2', '2.1', '2.3', '3.2', '4.1', 'Status key', 'Has missed or will miss the date, or the outcome is at high risk.']))
    expect(lines).toContain('Priority 4: Out-of-hours advice for carers (carried forward from cycle 1)')
    expect(lines.find((line) => line.includes('EDIE'))).toMatch(/^EDIE \(Equality, Diversity, Inclusion and Equity\)/)

    // From LibreOffice's PDF (fonts-liberation gives Arial's widths).
    const pdf = toPdf(dir, reportFile)
    const first = flat(pdfText(pdf, { first: 1, last: 1 }))
    expect(first).toContain('Summary')
    expect(first).toContain('4. Out-of-hours advice for carers (carried forward from cycle 1)')
    expect(first).toContain(`${people} people at ${groups.length} tables`)
    expect(first).not.toContain('Page 1 of')
    const all = flat(pdfText(pdf))
    for (const phrase of ['Support offer and coverage', 'Review of the last cycle', 'Status key', 'Priority 1: Behaviour support before placements break down', 'Contents', 'Page 2 of']) expect(all).toContain(phrase)
    // The cover's two title lines do not overlap.
    const [titleTop, titleBottom] = pdfLines(pdf, 1)
    expect(`${titleTop!.text} ${titleBottom!.text}`).toBe('Eastmoor foster carers’ forum (sample)')
    expect(titleBottom!.yMin).toBeGreaterThanOrEqual(titleTop!.yMax)

    // The briefing: at most two pages, the priorities and the four key questions.
    const brief = await readDocx(readFileSync(briefingFile))
    expect(headings(brief.document).map(([, text]) => text)).toEqual(expect.arrayContaining([
      'The priorities and why', 'Progress since the last cycle', 'Key questions for engaging senior leaders',
      'How evidence-based and informed is the local support offer for foster carers?',
      'How can we use this Practice Guide to deliver wider children’s social care reforms?',
    ]))
    const briefingPdf = toPdf(dir, briefingFile)
    expect(pdfPages(briefingPdf)).toBeLessThanOrEqual(2)
    const briefingText = flat(pdfText(briefingPdf))
    expect(briefingText).toContain('1. Behaviour support before placements break down')
    expect(briefingText).toContain('Strong evidence:')
    expect(briefingText).toContain('Not answered by the workshop’s record.')
    expect(briefingText).not.toContain('Table 1')
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})

test('a You said theme edited in the Review step groups the report’s rows', async ({ page, server }) => {
  test.setTimeout(90_000)
  await page.goto(server.url)
  await page.getByRole('button', { name: 'Try the sample workshop' }).click()
  await expect(page.getByRole('heading', { level: 1, name: /Eastmoor/ })).toBeVisible()
  const steps = page.getByRole('navigation', { name: 'Workshop steps' })
  await steps.getByRole('link', { name: /Review/ }).click()
  const theme = page.getByLabel('Theme, row 1')
  await expect(theme).toHaveValue('Coordinated network of support')
  await theme.fill('Night-time advice')
  await page.getByRole('button', { name: 'Save table' }).click()
  await expect(page.getByText('Table saved. The report will use this version.')).toBeVisible()
  await expectAccessible(page, 'the Review step with themes')

  await steps.getByRole('link', { name: /Report/ }).click()
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the Word report' }).click()])
  const { document } = await readDocx(readFileSync(await download.path()))
  const all = headings(document)
  const start = all.findIndex(([, text]) => text === 'You said, we did, now we will')
  expect(all.slice(start + 1, start + 4)).toEqual([[2, 'Night-time advice'], [2, 'Facilitated peer support'], [2, 'Foster carers’ own needs']])
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
  const [actionsCsv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Action plan (CSV)' }).click()])
  const actionRows = readFileSync(await actionsCsv.path(), 'utf8').split('\r\n')
  expect(actionRows[0]).toBe('\uFEFF"Number","Priority","Key Principles and Recommendations","Action","Lead owner","By when (first agreed)","By when (now)","Overdue","Outcome sought","Update and evidence","Status"')
  expect(actionRows.find((row) => row.startsWith('"4.1"'))).toContain('"2026-01-31","2027-01-31"')
  const [ratingsCsv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ratings (CSV)' }).click()])
  expect(ratingsCsv.suggestedFilename()).toMatch(/ratings - 19 November 2026\.csv$/)
  const ratingRows = readFileSync(await ratingsCsv.path(), 'utf8').split('\r\n')
  expect(ratingRows[0]).toContain('"Key Principle or Recommendation","Cycle","Room rating","Table 1 – long-term carers rating"')
  expect(ratingRows).toContainEqual(expect.stringMatching(/^"KP4 Foster carers' own needs","2","Amber","Red",/))

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
