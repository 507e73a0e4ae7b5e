import { layoutDocument } from 'docx/layout'
import { describe, expect, it } from 'vitest'
import { headings, paragraphs, readDocx, styleXml, textOf } from '../../tests/fixtures/docx-xml'
import { fullReportModel } from '../../tests/fixtures/report-model'
import { buildReportDocument, renderReport } from './docx'

const rendered = async (model = fullReportModel()) => readDocx(await renderReport(model))

describe('the Word report', () => {
  it('uses real heading styles in the order a reader expects, in sentence case, never skipping a level', async () => {
    const { document } = await rendered()
    const all = headings(document)
    expect(all.filter(([level]) => level === 1).map(([, text]) => text)).toEqual([
      'Summary',
      'Words used in this report',
      'Review of the last cycle',
      'Agreed priorities',
      'How the room decided',
      'Where the service is now',
      'Support offer and coverage',
      'Who took part',
      'Action plan',
      'You said, we did, now we will',
      'Appendix A: gaps register',
      'Appendix B: notes by question',
    ])
    expect(all.map(([, text]) => text)).toContain('Round 1: dot votes')
    expect(all).toContainEqual([2, 'Evidence-based training and support'])
    expect(all).toContainEqual([3, 'How do you embed opportunities for group-based peer support?'])
    all.forEach(([level], index) => expect(level - (all[index - 1]?.[0] ?? 0), `heading ${index} skips a level`).toBeLessThanOrEqual(1))
  })

  it('gives Heading 1–3 outline levels, sets line spacing with its rule, and uses no italics', async () => {
    const { styles, document } = await rendered()
    for (const [id, level] of [['Heading1', 0], ['Heading2', 1], ['Heading3', 2]] as const) {
      expect(styleXml(styles, id)).toContain(`<w:outlineLvl w:val="${level}"/>`)
      expect(styleXml(styles, id)).toContain('<w:keepNext/>')
    }
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(styles)![0]
    expect(defaults).toMatch(/<w:spacing [^>]*w:line="264"[^>]*w:lineRule="auto"/)
    for (const spacing of styles.match(/<w:spacing [^>]*w:line="[^"]*"[^>]*\/>/g) ?? []) expect(spacing).toContain('w:lineRule="auto"')
    const italic = /<w:i\/>|<w:i w:val="(true|1)"\/>/
    expect(document).not.toMatch(italic)
    for (const style of new Set(paragraphs(document).map((paragraph) => paragraph.style))) expect(styleXml(styles, style), style).not.toMatch(italic)
  })

  it('writes body text at 11 pt and table text at 10 pt or more', async () => {
    const { styles, document } = await rendered()
    const used = [...new Set(paragraphs(document).map((paragraph) => paragraph.style))].map((style) => styleXml(styles, style))
    const sizes = [...[document, ...used].join('').matchAll(/<w:sz w:val="(\d+)"\/>/g)].map((match) => Number(match[1]))
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(20)
    expect(styleXml(styles, 'TableText')).toContain('<w:sz w:val="20"/>')
    expect(/<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(styles)![0]).toContain('<w:sz w:val="22"/>')
  })

  it('has a table of contents field with its entries already filled in, with page numbers', async () => {
    const { document } = await rendered()
    expect(document).toContain('TOC \\h \\o &quot;1-2&quot;')
    const entries = paragraphs(document).filter((paragraph) => paragraph.style === 'TOC1' || paragraph.style === 'TOC2')
    expect(entries.map((entry) => entry.text.replace(/\d+$/, ''))).toContain('Action plan')
    expect(entries.every((entry) => /\d+$/.test(entry.text))).toBe(true)
  })

  it('has no footer on page 1 and page numbers that already show a number', async () => {
    const { document, footers } = await rendered()
    expect(document).toContain('<w:titlePg/>')
    const firstId = /<w:footerReference w:type="first" r:id="([^"]+)"\/>/.exec(document)?.[1]
    expect(firstId).toBeDefined()
    const texts = Object.values(footers).map(textOf)
    expect(texts).toContain('')
    const numbered = Object.values(footers).find((xml) => xml.includes('NUMPAGES'))!
    expect(numbered).toMatch(/<w:fldSimple w:instr="PAGE"[^>]*>[\s\S]*?<w:t[^>]*>\d+<\/w:t>/)
    expect(numbered).toMatch(/NUMPAGES<\/w:instrText>[\s\S]*?<w:t[^>]*>\d+<\/w:t>/)
  })

  it('links the Practice Guide’s address and carries title, subject, language and creator', async () => {
    const { document, relationships, core } = await rendered()
    expect(relationships).toMatch(/Target="https:\/\/foundations\.org\.uk\/toolkit\/practice-guides\/foster-care" TargetMode="External"/)
    expect(document).toMatch(/<w:hyperlink [^>]*r:id="[^"]+"[^>]*>[\s\S]*?foundations\.org\.uk/)
    expect(core).toContain('<dc:title>Northvale foster carers’ forum: workshop report</dc:title>')
    expect(core).toMatch(/<dc:subject>[^<]+<\/dc:subject>/)
    expect(core).toContain('<dc:creator>Common Ground</dc:creator>')
    expect(core).toContain('<dc:language>en-GB</dc:language>')
  })

  it('keeps each section’s one-line introduction with its table', async () => {
    const { document } = await rendered()
    const introduction = paragraphs(document).find((paragraph) => paragraph.text.startsWith('The priorities the room agreed'))!
    expect(introduction.keepNext).toBe(true)
  })

  it('marks every table’s first row as a header row that repeats, with fixed widths', async () => {
    const { document } = await rendered()
    const tables = document.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? []
    expect(tables.length).toBeGreaterThanOrEqual(12)
    for (const table of tables) {
      expect(table.match(/<w:tr[ >][\s\S]*?<\/w:tr>/)![0]).toContain('<w:tblHeader/>')
      expect(table).toContain('<w:tblLayout w:type="fixed"/>')
    }
  })

  it('numbers actions per priority under their priority, with the status key and overdue in words', async () => {
    const { document } = await rendered()
    const text = paragraphs(document).map((paragraph) => paragraph.text)
    expect(text).toContain('Priority 2: Out-of-hours advice line (carried forward from cycle 1)')
    expect(text).toContain('1.1')
    expect(text).toContain('2.1')
    expect(text).toContain('Has missed or will miss the date, or the outcome is at high risk.')
    expect(text).toContain('Was due 31 October 2026, now 28 February 2027')
    expect(text.filter((line) => line === 'Overdue')).toHaveLength(2)
    expect(document).toContain('w:orient="landscape"')
  })

  it('puts evidence and ratings in words, RAG as word and shading, and attributes every line of a note', async () => {
    const { document } = await rendered()
    const text = paragraphs(document).map((paragraph) => paragraph.text)
    expect(textOf(document)).toContain('(good evidence)')
    expect(text).toContain('▲ Amber')
    expect(document).toContain('w:fill="FCE5CD"')
    expect(text).toContain('Table 1: Groups are in the day.')
    expect(text).toContain('Table 1: Would come in the evening.')
    expect(text.find((line) => line.includes('EDIE'))).toMatch(/^EDIE \(Equality, Diversity, Inclusion and Equity\)/)
  })

  it('keeps user text as text and uses no empty paragraphs for spacing', async () => {
    const { document } = await rendered()
    expect(document).toContain('&lt;script&gt;alert(1)&lt;/script&gt; stays as text')
    const empty = paragraphs(document).filter((paragraph) => paragraph.text === '' && !paragraph.inTable && !paragraph.sectionBreak)
    // The table of contents field closes in a paragraph of its own, as Word writes it.
    expect(empty.length).toBeLessThanOrEqual(1)
  })

  it('leaves out sections the facilitator did not choose, and letters the appendices that remain', async () => {
    const model = fullReportModel()
    delete model.gaps
    delete model.decisions
    const titles = headings((await rendered(model)).document).map(([, text]) => text)
    expect(titles).not.toContain('How the room decided')
    expect(titles).toContain('Appendix A: notes by question')
  })

  it('lays out without stopping, with its title lines apart', () => {
    const { pages, stoppedAt } = layoutDocument(buildReportDocument({ ...fullReportModel(), title: 'A workshop title long enough that it has to wrap onto a second line of the cover' }))
    expect(stoppedAt).toBeUndefined()
    const title = pages[0]!.body[0]!
    expect(title.type).toBe('paragraph')
    if (title.type !== 'paragraph') return
    expect(title.lines.length).toBeGreaterThanOrEqual(2)
    title.lines.slice(1).forEach((line, index) => expect(line.y).toBeGreaterThanOrEqual(title.lines[index]!.y + title.lines[index]!.height))
  })
})
