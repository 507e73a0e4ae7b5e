import {
  ExternalHyperlink,
  HeadingLevel,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
  type TableOfContents,
} from 'docx'
import { RAG_WORDS, STATUS_WORDS, type ActionStatus, type Rag, type TagRef } from '../../shared/report/model'
import { EVIDENCE_WORDS } from '../../shared/report/plainWords'
import { HEADER_FILL, RAG_FILL } from './styles'

/** What a section of the report is made of. */
export type Block = Paragraph | Table | TableOfContents

export function heading(text: string, level: 1 | 2 | 3, options: { pageBreakBefore?: boolean } = {}): Paragraph {
  const levels = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const
  return new Paragraph({ heading: levels[level], ...(options.pageBreakBefore ? { pageBreakBefore: true } : {}), children: [new TextRun(text)] })
}

export function para(children: string | ParagraphChild[], options: { style?: string; keepNext?: boolean } = {}): Paragraph {
  return new Paragraph({
    ...(options.style ? { style: options.style } : {}),
    ...(options.keepNext ? { keepNext: true } : {}),
    children: typeof children === 'string' ? [new TextRun(children)] : children,
  })
}

/** A bold label and its text in one paragraph: "Method: …". */
export function labelled(label: string, text: string, options: { style?: string; keepNext?: boolean } = {}): Paragraph {
  return para([new TextRun({ text: `${label}: `, bold: true }), new TextRun(text)], options)
}

/** A section's one-line introduction keeps with the table it introduces. */
export const intro = (text: string) => para(text, { keepNext: true })

export function nothingYet(text: string): Paragraph {
  return para(text)
}

/** Multi-line user text becomes one paragraph per line; text is always text, never markup. */
export function textParagraphs(text: string, style?: string, keepNext = false): Paragraph[] {
  const lines = text.split('\n').map((line) => line.trim()).filter((line) => line !== '')
  const options = { ...(style ? { style } : {}), keepNext }
  if (lines.length === 0) return [para('—', options)]
  return lines.map((line) => para(line, options))
}

export function link(text: string, url: string): ExternalHyperlink {
  return new ExternalHyperlink({ link: url, children: [new TextRun({ text, style: 'Hyperlink' })] })
}

/** A line in a table cell: plain text, or runs with some in bold. */
export type Line = string | Array<{ text: string; bold?: boolean }>
/** A cell: text (one paragraph per line), or lines with a background colour. */
export type CellValue = string | { lines: Line[]; fill?: string }

function lineParagraph(line: Line, style: string, keepNext: boolean): Paragraph {
  const children = typeof line === 'string' ? [new TextRun(line)] : line.map((run) => new TextRun({ text: run.text, bold: run.bold ?? false }))
  return para(children, { style, keepNext })
}

/**
 * A table with fixed column widths (fractions of the text width) and a header row that repeats on
 * every page; rows never split across pages. The header keeps with the first row, and the last row
 * never stands alone on a page: the row before it keeps with it.
 */
export function table(headers: string[], fractions: number[], rows: CellValue[][], textWidth: number): Table {
  const total = fractions.reduce((sum, fraction) => sum + fraction, 0)
  const widths = fractions.map((fraction) => Math.floor((fraction / total) * textWidth))
  const cell = (value: CellValue, index: number, keepNext: boolean, header = false): TableCell => {
    const style = header ? 'TableHeading' : 'TableText'
    const { lines, fill } = typeof value === 'string' ? { lines: null, fill: header ? HEADER_FILL : undefined } : value
    const children = lines === null ? textParagraphs(value as string, style, keepNext) : (lines.length > 0 ? lines : ['—']).map((line) => lineParagraph(line, style, keepNext))
    return new TableCell({
      width: { size: widths[index]!, type: WidthType.DXA },
      children,
      margins: { top: 60, bottom: 60, left: 100, right: 100 },
      ...(fill ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill } } : {}),
    })
  }
  const keeps = (index: number) => rows.length > 1 && (index === 0 || index === rows.length - 2)
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: widths.reduce((sum, width) => sum + width, 0), type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: headers.map((text, index) => cell(text, index, true, true)) }),
      ...rows.map((values, rowIndex) => new TableRow({ cantSplit: true, children: values.map((value, index) => cell(value, index, keeps(rowIndex))) })),
    ],
  })
}

/** "KP3 Facilitated peer support (good evidence)": code in bold, evidence strength in words, never italics. */
export function tagLine(tag: TagRef, short = false): Array<{ text: string; bold?: boolean }> {
  return [
    { text: `${tag.code} `, bold: true },
    { text: short ? (tag.shortName ?? tag.words) : tag.words },
    ...(tag.evidence ? [{ text: ` (${EVIDENCE_WORDS[tag.evidence]})` }] : []),
  ]
}

export const runs = (line: Line): TextRun[] => (typeof line === 'string' ? [new TextRun(line)] : line.map((run) => new TextRun({ text: run.text, bold: run.bold ?? false })))

/** Tags with their full words, or with their short names where a table has many rows. */
export function tagCell(tags: readonly TagRef[], short = false): CellValue {
  return { lines: tags.length === 0 ? ['None linked'] : tags.map((tag) => tagLine(tag, short)) }
}

export function ragCell(rag: Rag | null): CellValue {
  if (rag === null) return { lines: ['Not rated'] }
  const { word, symbol } = RAG_WORDS[rag]
  return { lines: [[{ text: `${symbol} ${word}`, bold: true }]], fill: RAG_FILL[rag] }
}

export function statusCell(status: ActionStatus, extra: string[] = []): CellValue {
  const { word, symbol, rag } = STATUS_WORDS[status]
  return { lines: [[{ text: `${symbol} ${word}`, bold: true }], ...extra.map((line) => [{ text: line, bold: true }])], ...(rag ? { fill: RAG_FILL[rag] } : {}) }
}
