import { LineRuleType, type IStylesOptions } from 'docx'
import type { Rag } from '../../shared/report/model'

/** A4 with 2 cm margins, in twentieths of a point. */
export const CM = 567
export const MARGIN = 2 * CM
export const A4 = { short: 11906, long: 16838 }
export const PORTRAIT_WIDTH = A4.short - 2 * MARGIN
export const LANDSCAPE_WIDTH = A4.long - 2 * MARGIN

export const FONT = 'Arial'
export const INK = '14213D'
export const QUIET_INK = '3D4A63'
export const HEADER_FILL = 'DCE6F2'
export const RAG_FILL: Record<Rag, string> = { red: 'F4CCCC', amber: 'FCE5CD', green: 'D9EAD3' }

/** Sizes in half-points: body 11 pt and tables 10 pt at least, as council accessible-document guides ask. */
export const SIZE = { body: 22, table: 20, small: 20, footer: 20 } as const

/** Line spacing is always given with its rule, or LibreOffice reads `w:line` as exact and lines overlap. */
const lines = (line: number) => ({ line, lineRule: LineRuleType.AUTO })

/**
 * Heading styles carry their outline level, so LibreOffice's navigator, a PDF's bookmarks and the
 * table of contents see them; each keeps with what follows. No style uses italics.
 */
export const STYLES: IStylesOptions = {
  default: {
    document: { run: { font: FONT, size: SIZE.body, color: INK, language: { value: 'en-GB' } }, paragraph: { spacing: { after: 120, ...lines(264) } } },
    title: { run: { font: FONT, size: 52, bold: true, color: INK }, paragraph: { spacing: { before: 0, after: 160, ...lines(276) }, keepNext: true } },
    heading1: { run: { font: FONT, size: 34, bold: true, color: '1D4E89' }, paragraph: { spacing: { before: 360, after: 160, ...lines(240) }, keepNext: true, keepLines: true, outlineLevel: 0 } },
    heading2: { run: { font: FONT, size: 28, bold: true, color: INK }, paragraph: { spacing: { before: 280, after: 120, ...lines(240) }, keepNext: true, keepLines: true, outlineLevel: 1 } },
    heading3: { run: { font: FONT, size: 24, bold: true, color: INK }, paragraph: { spacing: { before: 200, after: 80, ...lines(240) }, keepNext: true, keepLines: true, outlineLevel: 2 } },
    hyperlink: { run: { color: '1D4E89', underline: {} } },
  },
  paragraphStyles: [
    { id: 'Subtitle', name: 'Subtitle', basedOn: 'Normal', next: 'Normal', run: { size: 32, color: QUIET_INK }, paragraph: { spacing: { after: 240, ...lines(240) }, keepNext: true } },
    { id: 'TitleFact', name: 'Title Fact', basedOn: 'Normal', run: { size: SIZE.body }, paragraph: { spacing: { after: 60, ...lines(252) } } },
    { id: 'Quiet', name: 'Quiet', basedOn: 'Normal', run: { size: SIZE.small, color: QUIET_INK }, paragraph: { spacing: { before: 120, after: 80, ...lines(252) } } },
    { id: 'ContentsHeading', name: 'Contents Heading', basedOn: 'Normal', next: 'Normal', run: { size: 34, bold: true, color: '1D4E89' }, paragraph: { spacing: { before: 0, after: 160, ...lines(240) }, keepNext: true } },
    { id: 'AfterTable', name: 'After Table', basedOn: 'Normal', next: 'Normal', paragraph: { spacing: { before: 160, after: 120, ...lines(264) } } },
    { id: 'PlanFact', name: 'Plan Fact', basedOn: 'Normal', paragraph: { spacing: { after: 40, ...lines(252) } } },
    { id: 'ListLine', name: 'List Line', basedOn: 'Normal', paragraph: { spacing: { after: 60, ...lines(264) }, indent: { left: 360, hanging: 360 } } },
    { id: 'TableText', name: 'Table Text', basedOn: 'Normal', run: { size: SIZE.table }, paragraph: { spacing: { after: 40, ...lines(240) } } },
    { id: 'TableHeading', name: 'Table Heading', basedOn: 'Normal', run: { size: SIZE.table, bold: true }, paragraph: { spacing: { after: 0, ...lines(240) } } },
    { id: 'TOC1', name: 'toc 1', basedOn: 'Normal', next: 'Normal', run: { bold: true }, paragraph: { spacing: { before: 60, after: 40, ...lines(240) } } },
    { id: 'TOC2', name: 'toc 2', basedOn: 'Normal', next: 'Normal', paragraph: { spacing: { after: 40, ...lines(240) }, indent: { left: 360 } } },
    { id: 'FooterText', name: 'Footer Text', basedOn: 'Normal', run: { size: SIZE.footer, color: QUIET_INK }, paragraph: { spacing: { after: 0, ...lines(240) } } },
  ],
}
