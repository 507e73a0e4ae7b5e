import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { fullReportModel } from '../../shared/report/example'
import { renderReport } from './docx'

async function documentXml(buffer: Buffer): Promise<{ xml: string; zip: JSZip }> {
  const zip = await JSZip.loadAsync(buffer)
  const xml = await zip.file('word/document.xml')!.async('string')
  return { xml, zip }
}

/** The text of each paragraph whose style is the given heading style, in order. */
function headings(xml: string, style: string): string[] {
  const paragraphs = xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? []
  return paragraphs
    .filter((p) => p.includes(`<w:pStyle w:val="${style}"/>`))
    .map((p) => (p.match(/<w:t[^>]*>([^<]*)<\/w:t>/g) ?? []).map((t) => t.replace(/<[^>]+>/g, '')).join(''))
}

describe('the Word report', () => {
  it('uses real heading styles, in the order a reader expects', async () => {
    const { xml } = await documentXml(await renderReport(fullReportModel()))
    expect(headings(xml, 'Title')).toEqual(['Northvale foster carers’ forum'])
    expect(headings(xml, 'Heading1')).toEqual([
      'Agreed priorities',
      'How the room decided',
      'Gaps register',
      'Where the service is now',
      'Who took part',
      'Action plan',
      'You said, we did, now we will',
      'Appendix: notes by question',
    ])
    expect(headings(xml, 'Heading2')).toContain('Round 1: dot votes')
    expect(headings(xml, 'Heading3')).toContain('How do you embed opportunities for group-based peer support?')
  })

  it('marks every table’s first row as a header row that repeats, with fixed widths', async () => {
    const { xml } = await documentXml(await renderReport(fullReportModel()))
    const tables = xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? []
    expect(tables.length).toBeGreaterThanOrEqual(8)
    for (const table of tables) {
      const firstRow = table.match(/<w:tr[ >][\s\S]*?<\/w:tr>/)![0]
      expect(firstRow).toContain('<w:tblHeader/>')
      expect(table).toContain('<w:tblLayout w:type="fixed"/>')
      expect(table).toContain('<w:tblGrid>')
    }
  })

  it('is in UK English, puts the action plan in a landscape section, and numbers its pages', async () => {
    const { xml, zip } = await documentXml(await renderReport(fullReportModel()))
    const styles = await zip.file('word/styles.xml')!.async('string')
    expect(styles).toContain('w:lang w:val="en-GB"')
    expect(xml).toContain('w:orient="landscape"')
    const footers = await Promise.all(Object.keys(zip.files).filter((name) => /word\/footer\d+\.xml/.test(name)).map((name) => zip.file(name)!.async('string')))
    expect(footers.join('')).toContain('PAGE')
    expect(footers.join('')).toContain('NUMPAGES')
    expect(footers.join('')).toContain('Foundations')
  })

  it('puts the data in the tables: priorities with evidence, RAG as word and shading, statuses', async () => {
    const { xml } = await documentXml(await renderReport(fullReportModel()))
    expect(xml).toContain('Peer support groups in the evening')
    expect(xml).toContain('(good evidence)')
    expect(xml).toContain('▲ Amber')
    expect(xml).toContain('w:fill="FCE5CD"')
    expect(xml).toContain('■ Off track')
    expect(xml).toContain('w:fill="F4CCCC"')
    expect(xml).toContain('Better')
  })

  it('keeps user text as text and uses no empty paragraphs for spacing', async () => {
    const { xml } = await documentXml(await renderReport(fullReportModel()))
    expect(xml).toContain('&lt;script&gt;alert(1)&lt;/script&gt; stays as text')
    const paragraphs = xml.match(/<w:p[ >][\s\S]*?<\/w:p>|<w:p\/>/g) ?? []
    const empty = paragraphs.filter((p) => !/<w:t[ >]/.test(p) && !p.includes('w:sectPr') && !p.includes('<w:tc'))
    expect(empty).toEqual([])
  })

  it('leaves out sections the facilitator did not choose', async () => {
    const model = fullReportModel()
    delete model.notes
    delete model.decisions
    const { xml } = await documentXml(await renderReport(model))
    expect(headings(xml, 'Heading1')).not.toContain('Appendix: notes by question')
    expect(headings(xml, 'Heading1')).not.toContain('How the room decided')
  })
})
