import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  PageNumber,
  PageOrientation,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type ISectionOptions,
  type ParagraphChild,
} from 'docx'
import {
  RAG_WORDS,
  STATUS_WORDS,
  ragChange,
  type Rag,
  type ReportModel,
  type ReportStanding,
  type TagRef,
} from '../../shared/report/model'

/** A4 with 2 cm margins, in twentieths of a point. */
const CM = 567
const MARGIN = 2 * CM
const A4 = { short: 11906, long: 16838 }
const PORTRAIT_WIDTH = A4.short - 2 * MARGIN
const LANDSCAPE_WIDTH = A4.long - 2 * MARGIN

const FONT = 'Arial'
const INK = '14213D'
const HEADER_FILL = 'DCE6F2'
const RAG_FILL: Record<Rag, string> = { red: 'F4CCCC', amber: 'FCE5CD', green: 'D9EAD3' }

// ---------------------------------------------------------------------------------------------
// Small builders
// ---------------------------------------------------------------------------------------------

function heading(text: string, level: 1 | 2 | 3): Paragraph {
  const levels = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const
  return new Paragraph({ heading: levels[level], children: [new TextRun(text)] })
}

function para(children: string | ParagraphChild[], options: { style?: string; keepNext?: boolean } = {}): Paragraph {
  return new Paragraph({
    ...(options.style ? { style: options.style } : {}),
    ...(options.keepNext ? { keepNext: true } : {}),
    children: typeof children === 'string' ? [new TextRun(children)] : children,
  })
}

/** Multi-line user text becomes one paragraph per line; text is always text, never markup. */
function textParagraphs(text: string, style?: string): Paragraph[] {
  const lines = text.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== '')
  if (lines.length === 0) return [para('—', style ? { style } : {})]
  return lines.map((line) => para(line, style ? { style } : {}))
}

function cell(content: string | Paragraph[], width: number, options: { fill?: string; header?: boolean } = {}): TableCell {
  const children = typeof content === 'string' ? textParagraphs(content, options.header ? 'TableHeading' : 'TableText') : content
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    children,
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
    ...(options.fill ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: options.fill } } : {}),
  })
}

/**
 * A table with fixed column widths (fractions of the text width) and a header row that
 * repeats on every page; rows never split across pages.
 */
function table(headers: string[], fractions: number[], rows: TableCell[][], textWidth: number): Table {
  const total = fractions.reduce((sum, fraction) => sum + fraction, 0)
  const widths = fractions.map((fraction) => Math.floor((fraction / total) * textWidth))
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: widths.reduce((sum, width) => sum + width, 0), type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: headers.map((text, index) => cell(text, widths[index]!, { fill: HEADER_FILL, header: true })),
      }),
      ...rows.map((cells) => new TableRow({ cantSplit: true, children: cells.map((c) => c) })),
    ],
  })
}

/** Builds a row of cells sized to the table's columns. */
function rowCells(values: Array<string | Paragraph[] | { content: string | Paragraph[]; fill?: string }>, fractions: number[], textWidth: number): TableCell[] {
  const total = fractions.reduce((sum, fraction) => sum + fraction, 0)
  return values.map((value, index) => {
    const width = Math.floor((fractions[index]! / total) * textWidth)
    if (typeof value === 'string' || Array.isArray(value)) return cell(value, width)
    return cell(value.content, width, value.fill ? { fill: value.fill } : {})
  })
}

/** Tags with their full words, or with their short names where a table has many rows. */
function tagParagraphs(tags: TagRef[], short = false): Paragraph[] {
  if (tags.length === 0) return [para('None linked', { style: 'TableText' })]
  return tags.map((tag) =>
    para(
      [
        new TextRun({ text: `${tag.code} `, bold: true }),
        new TextRun(short ? (tag.shortName ?? tag.words) : tag.words),
        ...(tag.evidence ? [new TextRun({ text: ` (${tag.evidence} evidence)`, italics: true })] : []),
      ],
      { style: 'TableText' },
    ),
  )
}

function ragParagraph(rag: Rag | null): { content: Paragraph[]; fill?: string } {
  if (rag === null) return { content: [para('Not rated', { style: 'TableText' })] }
  const { word, symbol } = RAG_WORDS[rag]
  return { content: [para([new TextRun({ text: `${symbol} ${word}`, bold: true })], { style: 'TableText' })], fill: RAG_FILL[rag] }
}

function nothingYet(text: string): Paragraph {
  return para(text, { style: 'Quiet' })
}

function footer(model: ReportModel): Footer {
  return new Footer({
    children: [
      new Paragraph({
        style: 'FooterText',
        alignment: AlignmentType.CENTER,
        children: [new TextRun(`${model.title} · Page `), new TextRun({ children: [PageNumber.CURRENT] }), new TextRun(' of '), new TextRun({ children: [PageNumber.TOTAL_PAGES] })],
      }),
      new Paragraph({
        style: 'FooterText',
        alignment: AlignmentType.CENTER,
        children: [new TextRun(`Reflective questions, Key Principles and Recommendations: ${model.source.publisher}, ${model.source.toolTitle}.`)],
      }),
    ],
  })
}

// ---------------------------------------------------------------------------------------------
// Sections of the report
// ---------------------------------------------------------------------------------------------

function titlePage(model: ReportModel): Paragraph[] {
  const facts: Array<[string, string]> = [
    ['Local area', model.localArea],
    ['Date', model.date],
    ['Venue', model.venue],
    ['Facilitators', model.facilitators],
    ['Cycle', `Cycle ${model.cycle} of the Assess, Plan, Do, Review cycle`],
  ]
  return [
    new Paragraph({ style: 'Title', children: [new TextRun(model.title)] }),
    para('Workshop report', { style: 'Subtitle' }),
    ...facts.filter(([, value]) => value.trim() !== '').map(([label, value]) => para([new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)], { style: 'TitleFact' })),
    para(`Produced on ${model.producedOn} with Common Ground.`, { style: 'Quiet' }),
    para(model.source.attribution, { style: 'Quiet' }),
    para(`${model.source.guideTitle}: ${model.source.guideUrl}`, { style: 'Quiet' }),
  ]
}

function recordSection(model: ReportModel): Array<Paragraph | Table> {
  const record = model.record
  if (!record) return []
  const fractions = [3, 5, 1.5]
  const out: Array<Paragraph | Table> = [heading('Who took part', 1)]
  if (record.groups.length === 0) out.push(nothingYet('No groups were recorded.'))
  else {
    const people = record.groups.reduce((sum, group) => sum + group.headCount, 0)
    out.push(para(`${record.groups.length} ${record.groups.length === 1 ? 'group' : 'groups'}, ${people} ${people === 1 ? 'person' : 'people'} in all.`))
    out.push(table(['Group', 'Role mix', 'People'], fractions, record.groups.map((group) => rowCells([group.name, group.roles || 'Not recorded', String(group.headCount)], fractions, PORTRAIT_WIDTH)), PORTRAIT_WIDTH))
  }
  if (record.notes.trim()) out.push(heading('Workshop notes', 2), ...textParagraphs(record.notes))
  return out
}

function prioritiesSection(model: ReportModel): Array<Paragraph | Table> {
  if (!model.priorities) return []
  const fractions = [0.9, 3, 4, 4]
  const out: Array<Paragraph | Table> = [heading('Agreed priorities', 1)]
  if (model.priorities.length === 0) return [...out, nothingYet('The room has not agreed priorities yet.')]
  out.push(para('The priorities the room agreed to act on first, with the Key Principles and Recommendations of the Foster Care Practice Guide they address.'))
  out.push(
    table(
      ['No.', 'Priority', 'Key Principles and Recommendations', 'Why the room chose it'],
      fractions,
      model.priorities.map((priority) => rowCells([String(priority.position), priority.title, tagParagraphs(priority.links), priority.rationale], fractions, PORTRAIT_WIDTH)),
      PORTRAIT_WIDTH,
    ),
  )
  return out
}

function standingsTable(rows: ReportStanding[]): Table {
  const fractions = [1, 5, 2]
  return table(['Place', 'Gap', 'Score'], fractions, rows.map((row) => rowCells([row.place, row.gap, row.score], fractions, PORTRAIT_WIDTH)), PORTRAIT_WIDTH)
}

function decisionsSection(model: ReportModel): Array<Paragraph | Table> {
  if (!model.decisions) return []
  const out: Array<Paragraph | Table> = [heading('How the room decided', 1)]
  if (model.decisions.length === 0) return [...out, nothingYet('No voting rounds were held.')]
  for (const round of model.decisions) {
    out.push(heading(round.title, 2), para([new TextRun({ text: 'Method: ', bold: true }), new TextRun(round.method)]))
    out.push(heading('Each group’s ballot', 3))
    const ballotFractions = [2, 6]
    out.push(table(['Group', 'Ballot'], ballotFractions, round.ballots.map((ballot) => rowCells([ballot.group, ballot.ballot], ballotFractions, PORTRAIT_WIDTH)), PORTRAIT_WIDTH))
    out.push(heading('Combined result', 3))
    out.push(standingsTable(round.result))
    for (const tie of round.ties) out.push(para([new TextRun({ text: 'Tie: ', bold: true }), new TextRun(tie)], { style: 'AfterTable' }))
    for (const other of round.alsoCounted) {
      out.push(heading(`Also counted: ${other.label}`, 3), standingsTable(other.result))
      for (const tie of other.ties) out.push(para([new TextRun({ text: 'Tie: ', bold: true }), new TextRun(tie)], { style: 'AfterTable' }))
    }
    out.push(para([new TextRun({ text: 'How far the groups agreed: ', bold: true }), new TextRun(round.consensus)], { style: 'AfterTable' }))
  }
  return out
}

function gapsSection(model: ReportModel): Array<Paragraph | Table> {
  if (!model.gaps) return []
  const fractions = [3, 4, 4, 2.5, 1.2]
  const out: Array<Paragraph | Table> = [heading('Gaps register', 1)]
  if (model.gaps.length === 0) return [...out, nothingYet('No gaps were recorded.')]
  out.push(para(`${model.gaps.length} ${model.gaps.length === 1 ? 'gap' : 'gaps'} named by the groups.`))
  out.push(
    table(
      ['Gap', 'Detail', 'Key Principles and Recommendations', 'Raised by', 'EDIE'],
      fractions,
      model.gaps.map((gap) => rowCells([gap.title, gap.detail || '—', tagParagraphs(gap.links, true), gap.groups.join(', ') || '—', gap.edie ? 'Yes' : 'No'], fractions, PORTRAIT_WIDTH)),
      PORTRAIT_WIDTH,
    ),
  )
  return out
}

function ratingsSection(model: ReportModel): Array<Paragraph | Table> {
  if (!model.ratings) return []
  const { comparedWithCycle, rows } = model.ratings
  const out: Array<Paragraph | Table> = [heading('Where the service is now', 1)]
  if (rows.length === 0) return [...out, nothingYet('No ratings were recorded.')]
  out.push(para('The room’s agreed rating for each Key Principle and Recommendation. Each rating is given as a word and a symbol as well as a colour: ● Green, ▲ Amber, ■ Red.'))
  if (comparedWithCycle !== null) {
    const fractions = [4, 1.6, 1.6, 1.2, 3]
    out.push(
      table(
        ['Key Principle or Recommendation', `Cycle ${comparedWithCycle}`, 'Now', 'Change', 'Comment'],
        fractions,
        rows.map((row) => rowCells([tagParagraphs([row.tag]), ragParagraph(row.previous), ragParagraph(row.rating), ragChange(row.previous, row.rating) ?? '—', row.comment || '—'], fractions, PORTRAIT_WIDTH)),
        PORTRAIT_WIDTH,
      ),
    )
  } else {
    const fractions = [4.5, 1.6, 4]
    out.push(table(['Key Principle or Recommendation', 'Rating', 'Comment'], fractions, rows.map((row) => rowCells([tagParagraphs([row.tag]), ragParagraph(row.rating), row.comment || '—'], fractions, PORTRAIT_WIDTH)), PORTRAIT_WIDTH))
  }
  return out
}

function actionsSection(model: ReportModel): Array<Paragraph | Table> {
  if (!model.actions) return []
  const out: Array<Paragraph | Table> = [heading('Action plan', 1)]
  if (model.actions.length === 0) return [...out, nothingYet('No actions have been planned yet.')]
  const fractions = [2.2, 3, 1.6, 1.4, 2.6, 3, 1.5]
  out.push(
    table(
      ['Priority', 'Action', 'Lead owner', 'By when', 'Outcome sought', 'Update and evidence', 'Status'],
      fractions,
      model.actions.map((action) => {
        const status = STATUS_WORDS[action.status]
        const statusCell = { content: [para([new TextRun({ text: `${status.symbol} ${status.word}`, bold: true })], { style: 'TableText' })], ...(status.rag ? { fill: RAG_FILL[status.rag] } : {}) }
        return rowCells([action.priority, action.action, action.lead, action.byWhen, action.outcome || '—', action.update || '—', statusCell], fractions, LANDSCAPE_WIDTH)
      }),
      LANDSCAPE_WIDTH,
    ),
  )
  return out
}

function youSaidSection(model: ReportModel): Array<Paragraph | Table> {
  if (!model.youSaid) return []
  const out: Array<Paragraph | Table> = [heading('You said, we did, now we will', 1)]
  if (model.youSaid.length === 0) return [...out, nothingYet('Nothing to report back yet.')]
  const fractions = [1, 1, 1]
  out.push(table(['You said', 'We did', 'Now we will'], fractions, model.youSaid.map((row) => rowCells([row.youSaid, row.weDid || '—', row.nowWeWill || '—'], fractions, PORTRAIT_WIDTH)), PORTRAIT_WIDTH))
  return out
}

function notesSection(model: ReportModel): Paragraph[] {
  if (!model.notes) return []
  const out: Paragraph[] = [heading('Appendix: notes by question', 1)]
  if (model.notes.length === 0) return [...out, nothingYet('No notes were taken.')]
  for (const question of model.notes) {
    out.push(heading(question.question, 3))
    out.push(para(question.tags.map((tag) => tag.code).join(', ') || 'No tags', { style: 'Quiet', keepNext: true }))
    for (const note of question.notes) {
      const [first = '', ...rest] = note.text.split(/\r?\n/).map((line) => line.trim()).filter(Boolean)
      out.push(para([new TextRun({ text: `${note.group}: `, bold: true }), new TextRun(first)]))
      out.push(...rest.map((line) => para(line)))
    }
  }
  return out
}

// ---------------------------------------------------------------------------------------------
// The document
// ---------------------------------------------------------------------------------------------

const STYLES = {
  default: {
    document: { run: { font: FONT, size: 22, color: INK, language: { value: 'en-GB' } }, paragraph: { spacing: { after: 120, line: 276 } } },
    title: { run: { font: FONT, size: 56, bold: true, color: INK }, paragraph: { spacing: { before: 2400, after: 240 } } },
    heading1: { run: { font: FONT, size: 36, bold: true, color: '1D4E89' }, paragraph: { spacing: { before: 360, after: 160 }, keepNext: true, keepLines: true } },
    heading2: { run: { font: FONT, size: 28, bold: true, color: INK }, paragraph: { spacing: { before: 280, after: 120 }, keepNext: true, keepLines: true } },
    heading3: { run: { font: FONT, size: 24, bold: true, color: INK }, paragraph: { spacing: { before: 200, after: 80 }, keepNext: true, keepLines: true } },
  },
  paragraphStyles: [
    { id: 'Subtitle', name: 'Subtitle', basedOn: 'Normal', next: 'Normal', run: { size: 32, color: '3D4A63' }, paragraph: { spacing: { after: 480 } } },
    { id: 'TitleFact', name: 'Title Fact', basedOn: 'Normal', run: { size: 26 }, paragraph: { spacing: { after: 120 } } },
    { id: 'Quiet', name: 'Quiet', basedOn: 'Normal', run: { size: 20, color: '3D4A63', italics: true }, paragraph: { spacing: { before: 120, after: 80 } } },
    { id: 'AfterTable', name: 'After Table', basedOn: 'Normal', next: 'Normal', paragraph: { spacing: { before: 160, after: 120 } } },
    { id: 'TableText', name: 'Table Text', basedOn: 'Normal', run: { size: 19 }, paragraph: { spacing: { after: 40, line: 240 } } },
    { id: 'TableHeading', name: 'Table Heading', basedOn: 'Normal', run: { size: 19, bold: true }, paragraph: { spacing: { after: 0, line: 240 } } },
    { id: 'FooterText', name: 'Footer Text', basedOn: 'Normal', run: { size: 16, color: '3D4A63' }, paragraph: { spacing: { after: 0 } } },
  ],
}

function pageSection(children: ISectionOptions['children'], model: ReportModel, landscape = false): ISectionOptions {
  return {
    properties: {
      page: {
        // docx swaps width and height itself for landscape: give portrait dimensions and the orientation.
        size: landscape ? { width: A4.short, height: A4.long, orientation: PageOrientation.LANDSCAPE } : { width: A4.short, height: A4.long },
        margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
      },
    },
    footers: { default: footer(model) },
    children,
  }
}

/** The report as a docx Document: title page, body, landscape action plan, appendix. */
export function buildReportDocument(model: ReportModel): Document {
  const body = [...prioritiesSection(model), ...decisionsSection(model), ...gapsSection(model), ...ratingsSection(model), ...recordSection(model)]
  const sections: ISectionOptions[] = [pageSection(titlePage(model), model)]
  if (body.length > 0) sections.push(pageSection(body, model))
  const actions = actionsSection(model)
  if (actions.length > 0) sections.push(pageSection(actions, model, true))
  const closing = [...youSaidSection(model), ...notesSection(model)]
  if (closing.length > 0) sections.push(pageSection(closing, model))
  return new Document({
    creator: 'Common Ground',
    title: `${model.title}: workshop report`,
    description: `Workshop report for ${model.title}, ${model.date}`,
    styles: STYLES,
    sections,
  })
}

export async function renderReport(model: ReportModel): Promise<Buffer> {
  return Packer.toBuffer(buildReportDocument(model))
}
