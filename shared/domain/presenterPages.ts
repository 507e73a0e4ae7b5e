import { boardFromGaps, columnsFor, TRAY, type BoardAxis, type ColumnId } from './board'
import type { Gap } from './gaps'

/**
 * The shared screen's pages, worked out from what it shows, the same way in both windows: the
 * presenter shows page n, the facilitator's controls say "page n of m" and move it. The screen is a
 * fixed 16:9 stage of 1920×1080 points scaled to the window, so a page holds the same at 1920×1080,
 * at 1280×720 and on any projector; what does not fit goes on the next page, never off the edge.
 *
 * Heights are estimated from the text: lines = characters ÷ characters per line, with a glyph taken
 * as wide as 0.56 of the type size (a little wider than the UI's sans-serif is on average), so a page
 * errs on holding too little. The presenter measures what it drew too, and shrinks a page that still
 * does not fit rather than cut it off (PresenterScreen).
 */
export const STAGE = { width: 1920, height: 1080, padX: 80, padTop: 56, padBottom: 88 } as const
/** The height a page's content may take, in stage points (the page number sits below it). */
export const CONTENT_HEIGHT = STAGE.height - STAGE.padTop - STAGE.padBottom
export const CONTENT_WIDTH = STAGE.width - 2 * STAGE.padX

/** Type sizes and line heights of the presenter's CSS (presenter.css keeps the same numbers). */
export const TYPE = {
  body: { size: 32, line: 44 },
  heading: { size: 60, line: 70 },
  small: { size: 28, line: 38 },
} as const

const GLYPH = 0.56

export function linesOf(text: string, width: number, size: number): number {
  const perLine = Math.max(8, Math.floor((width / (GLYPH * size)) * 0.92))
  return Math.max(1, text.split('\n').reduce((lines, paragraph) => lines + Math.max(1, Math.ceil(paragraph.length / perLine)), 0))
}

/** Items in order into pages no taller than `capacity`; an item taller than a page has a page of its own. */
export function pageBy(heights: readonly number[], capacity: number): number[][] {
  const pages: number[][] = []
  let page: number[] = []
  let used = 0
  heights.forEach((height, index) => {
    if (page.length > 0 && used + height > capacity) {
      pages.push(page)
      page = []
      used = 0
    }
    page.push(index)
    used += height
  })
  if (page.length > 0 || pages.length === 0) pages.push(page)
  return pages
}

/** The page shown: the one asked for, or the last when there are fewer now. */
export function shownPage(asked: number, count: number): number {
  return Math.max(0, Math.min(asked, count - 1))
}

// ——— Results: one row per gap, a bar with its number, under a heading, a one-line headline and a note on agreement.
const HEADING_BLOCK = TYPE.heading.line + 20
export const RESULTS = {
  titleWidth: 640,
  rowGap: 14,
  barHeight: 52,
  /** The heading, the one-line headline, the caption and the agreement gauge, on every page. */
  frame: HEADING_BLOCK + 64 + (TYPE.small.line + 16) + 100,
} as const

export function resultsPages(titles: readonly string[]): number[][] {
  const heights = titles.map((title) => Math.max(RESULTS.barHeight, linesOf(title, RESULTS.titleWidth, TYPE.body.size) * TYPE.body.line) + RESULTS.rowGap)
  return pageBy(heights, CONTENT_HEIGHT - RESULTS.frame)
}

// ——— Voting progress: the groups two to a row.
export const VOTING = { columns: 2, rowGap: 16, chip: 24, frame: HEADING_BLOCK + 2 * TYPE.body.line + 24 + TYPE.body.line + 24 } as const

export function votingPages(groupNames: readonly string[]): number[][] {
  const width = (CONTENT_WIDTH - 32) / VOTING.columns - 100
  const rows: number[][] = []
  for (let i = 0; i < groupNames.length; i += VOTING.columns) rows.push(groupNames.slice(i, i + VOTING.columns).map((_, offset) => i + offset))
  const heights = rows.map((row) => Math.max(...row.map((index) => linesOf(groupNames[index]!, width, TYPE.body.size))) * TYPE.body.line + VOTING.chip + VOTING.rowGap)
  return pageBy(heights, CONTENT_HEIGHT - VOTING.frame).map((page) => page.flatMap((row) => rows[row]!))
}

// ——— Agreed priorities: one card each, its title and rationale.
export const PRIORITIES = { cardPadding: 48, cardGap: 24, frame: HEADING_BLOCK } as const

export function prioritiesPages(priorities: ReadonlyArray<{ title: string; rationale: string }>): number[][] {
  const width = CONTENT_WIDTH - 60
  const heights = priorities.map(
    ({ title, rationale }) =>
      PRIORITIES.cardPadding + linesOf(`Priority 10: ${title}`, width, TYPE.body.size) * TYPE.body.line + (rationale.trim() ? linesOf(rationale, width, TYPE.body.size) * TYPE.body.line : 0) + PRIORITIES.cardGap,
  )
  return pageBy(heights, CONTENT_HEIGHT - PRIORITIES.frame)
}

// ——— The map board: the columns that hold gaps, four to a row (a long one goes on over the next), then the gaps not yet linked, four to a row.
export const BOARD = { perRow: 4, gap: 20, columnPadding: 34, cardPadding: 26, cardGap: 12, footer: TYPE.small.line + 16, frame: HEADING_BLOCK } as const

export interface BoardBlock {
  column: ColumnId
  gapIds: string[]
  /** The rest of a column begun on an earlier row. */
  continued: boolean
}
export interface BoardPage {
  /** Rows of up to four column blocks. */
  rows: BoardBlock[][]
  /** Gaps not yet linked on this page, four to a row; null when the tray is not on this page. */
  tray: { gapIds: string[]; continued: boolean } | null
}

type CardLike = Pick<Gap, 'id' | 'title' | 'links' | 'edie'>

export function boardPages(gaps: readonly CardLike[], axis: BoardAxis, columnTitle: (column: ColumnId) => string): BoardPage[] {
  const board = boardFromGaps(gaps, axis)
  const byId = new Map(gaps.map((gap) => [gap.id, gap]))
  const columnWidth = (CONTENT_WIDTH - (BOARD.perRow - 1) * BOARD.gap) / BOARD.perRow
  const cardHeight = (id: string, column: ColumnId) => {
    const gap = byId.get(id)
    if (!gap) return 0
    const meta = gap.edie || gap.links.some((tag) => tag !== column) ? TYPE.small.line : 0
    return BOARD.cardPadding + linesOf(gap.title, columnWidth - 2 * BOARD.cardPadding, TYPE.body.size) * TYPE.body.line + meta + BOARD.cardGap
  }
  const capacity = CONTENT_HEIGHT - BOARD.frame - BOARD.footer
  const headerOf = (column: ColumnId) => linesOf(columnTitle(column), columnWidth - BOARD.columnPadding, TYPE.body.size) * TYPE.body.line + (column.startsWith('R') ? TYPE.small.line : 0) + 8

  // Each column that holds gaps, cut into blocks that fit a page.
  const blocks: Array<BoardBlock & { height: number }> = []
  for (const column of columnsFor(axis)) {
    const ids = board[column] ?? []
    let block: BoardBlock & { height: number } = { column, gapIds: [], continued: false, height: BOARD.columnPadding + headerOf(column) }
    for (const id of ids) {
      const height = cardHeight(id, column)
      if (block.gapIds.length > 0 && block.height + height > capacity) {
        blocks.push(block)
        block = { column, gapIds: [], continued: true, height: BOARD.columnPadding + headerOf(column) }
      }
      block.gapIds.push(id)
      block.height += height
    }
    if (block.gapIds.length > 0) blocks.push(block)
  }
  const bands: Array<{ height: number; row?: Array<BoardBlock & { height: number }>; tray?: string[] }> = []
  for (let i = 0; i < blocks.length; i += BOARD.perRow) {
    const row = blocks.slice(i, i + BOARD.perRow)
    bands.push({ height: Math.max(...row.map((block) => block.height)) + BOARD.gap, row })
  }
  const tray = board[TRAY] ?? []
  const trayHeader = TYPE.body.line + BOARD.columnPadding
  for (let i = 0; i < tray.length; i += BOARD.perRow) {
    const row = tray.slice(i, i + BOARD.perRow)
    bands.push({ height: Math.max(...row.map((id) => cardHeight(id, TRAY))), tray: row })
  }

  const pages: BoardPage[] = []
  let page: BoardPage = { rows: [], tray: null }
  let used = 0
  let trayShown = false
  for (const band of bands) {
    const extra = band.tray && !page.tray ? trayHeader : 0
    if ((page.rows.length > 0 || page.tray) && used + band.height + extra > capacity) {
      pages.push(page)
      page = { rows: [], tray: null }
      used = 0
    }
    if (band.row) page.rows.push(band.row.map(({ column, gapIds, continued }) => ({ column, gapIds, continued })))
    if (band.tray) {
      if (!page.tray) {
        page.tray = { gapIds: [], continued: trayShown }
        used += trayHeader
        trayShown = true
      }
      page.tray.gapIds.push(...band.tray)
    }
    used += band.height
  }
  pages.push(page)
  return pages
}
