import { memo, useEffect, useRef, useState, type CSSProperties, type RefObject } from 'react'
import { flushSync } from 'react-dom'
import type { Gap } from '../../../../shared/domain/gaps'
import { TRAY, type ColumnId } from '../../../../shared/domain/board'
import { GapCard, PreviewGapCard, type CardMoves, type ColumnOption } from './GapCard'
import { trayWidthFor } from './trayWidth'

/** Cards to a chunk in a column: a column shows three or four at a time at 1920 × 1080. */
const COLUMN_CHUNK = 8
/** Rows of cards to a chunk in the tray, which lays its cards out in a grid. */
const TRAY_CHUNK_ROWS = 2
/** The tray's grid: its cards' narrowest width and the gap between them (board.css). */
const TRAY_CARD_MIN_PX = 240
const CARD_GAP_PX = 8
/** Typical card heights at 1920 wide, for a chunk not yet drawn (tray cards have no Unlink button). */
const CARD_REM = { column: 13, tray: 8 }
const GAP_REM = 0.5

/**
 * The board's top (its heading, hint and the tray above the columns) as the board opens at 1920 × 1080:
 * below it, a window shows a column's first cards only.
 */
const BOARD_TOP_PX = 650

/**
 * How many of a column's cards the board's first frame draws in a window `height` pixels tall: as many as
 * could reach the window below the board's top, two at the least (three at 1080, two at 720, four at 1440).
 */
export function firstFrameCards(height: number): number {
  return Math.max(2, Math.ceil((height - BOARD_TOP_PX) / (CARD_REM.column * 16)))
}

interface CardChunksProps extends CardMoves {
  column: ColumnId
  ids: readonly string[]
  /**
   * At most this many of the cards for now (the board's first frame), the rest held as a space of their
   * typical height, so the column is as tall as it will be; undefined: every card.
   */
  limit?: number
  byId: ReadonlyMap<string, Gap>
  options: readonly ColumnOption[]
  liftedGap: string | null
}

/**
 * A column's cards as one list, drawn in chunks that the browser skips (content-visibility: auto)
 * until they come near the window. A 300-gap board has some 700 cards: skipping them one by one
 * cost the browser a visibility check per card on every frame of a drag (a 1,000-gap board's
 * 1,300 checks were a third of each key press), where a chunk of eight is one check. Chunks stay in
 * the accessibility tree, find-in-page and the focus order, and are not list items themselves
 * (role none): a screen reader hears one list of every card. In the tray, whose cards sit in a
 * grid, a chunk is whole rows, so no row is left part-filled between chunks.
 */
export function CardChunks({ column, ids, limit, ...rest }: CardChunksProps) {
  const list = useRef<HTMLDivElement>(null)
  const perRow = useTrayPerRow(column === TRAY ? list : null)
  const size = column === TRAY ? perRow * TRAY_CHUNK_ROWS : COLUMN_CHUNK
  // The tray's first frame is its first chunk, whole rows, as it is the first chunk of it the browser lays out.
  const drawn = limit === undefined ? ids : ids.slice(0, column === TRAY ? size : limit)
  const chunks: (readonly string[])[] = []
  for (let start = 0; start < drawn.length; start += size) chunks.push(drawn.slice(start, start + size))
  const later = ids.length - drawn.length
  return (
    <div ref={list} role="list" className="board-column__cards">
      {chunks.map((chunk, index) => (
        <CardChunk key={index} column={column} ids={chunk} perRow={column === TRAY ? perRow : 1} {...rest} liftedGap={rest.liftedGap !== null && chunk.includes(rest.liftedGap) ? rest.liftedGap : null} />
      ))}
      {later > 0 && <div role="none" className="board-column__later" style={{ blockSize: `${laterRem(column, later, perRow)}rem` }} />}
    </div>
  )
}

/** The typical height of `count` cards not yet drawn, as the chunks' own (CARD_REM). */
function laterRem(column: ColumnId, count: number, perRow: number): number {
  const rows = column === TRAY ? Math.ceil(count / perRow) : count
  return rows * ((column === TRAY ? CARD_REM.tray : CARD_REM.column) + GAP_REM)
}

/**
 * How many cards a row of the tray's grid holds (its width over the narrowest card): guessed from the
 * window's width for the first render (trayWidth.ts), then the tray's own width as the browser lays it out, and as
 * that changes. The width comes from a ResizeObserver, whose first report comes with the first frame's
 * own layout: reading it in a layout effect (clientWidth) forced a layout of the whole board before
 * that frame, which the frame then did again once the chunks near the window were drawn. A different
 * count is drawn before that frame is painted (flushSync), so no row is ever shown part-filled.
 */
function useTrayPerRow(list: RefObject<HTMLDivElement | null> | null): number {
  const [perRow, setPerRow] = useState(() => fitted(trayWidthFor(globalThis.innerWidth)))
  const shown = useRef(perRow)
  shown.current = perRow
  useEffect(() => {
    const node = list?.current
    if (!node) return
    const observer = new ResizeObserver(([entry]) => {
      if (!entry) return
      // The tray grows and shrinks in height as a drag's preview comes and goes: only a new count is drawn.
      const next = fitted(entry.contentRect.width)
      if (next !== shown.current) flushSync(() => setPerRow(next))
    })
    observer.observe(node)
    return () => observer.disconnect()
  }, [list])
  return perRow
}

export const fitted = (width: number) => Math.max(1, Math.floor((width + CARD_GAP_PX) / (TRAY_CARD_MIN_PX + CARD_GAP_PX)))

type CardChunkProps = Omit<CardChunksProps, 'ids'> & { ids: readonly string[]; perRow: number }

/** One chunk: re-renders only when its own cards, or the card lifted from it, change. */
const CardChunk = memo(function CardChunk({ column, ids, perRow, byId, options, onMove, onUnlink, onOpen, liftedGap }: CardChunkProps) {
  const rows = Math.ceil(ids.length / perRow)
  const card = column === TRAY ? CARD_REM.tray : CARD_REM.column
  const style = { containIntrinsicBlockSize: `auto ${rows * card + (rows - 1) * GAP_REM}rem` } as CSSProperties
  return (
    <div role="none" className="board-column__chunk" style={style}>
      {ids.map((gapId) => {
        const gap = byId.get(gapId)
        if (!gap) return null
        const pending = column === TRAY ? false : !gap.links.includes(column)
        return pending ? (
          <PreviewGapCard key={gapId} gap={gap} column={column} />
        ) : (
          <GapCard key={gapId} gap={gap} column={column} options={options} onMove={onMove} onUnlink={onUnlink} onOpen={onOpen} lifted={gapId === liftedGap} />
        )
      })}
    </div>
  )
}, sameChunk)

/** A chunk's ids are a new array on every render of its column: the same cards in the same order count as unchanged. */
function sameChunk(before: CardChunkProps, after: CardChunkProps): boolean {
  const keys = Object.keys(after) as (keyof CardChunkProps)[]
  return keys.every((key) => (key === 'ids' ? before.ids.length === after.ids.length && before.ids.every((id, index) => after.ids[index] === id) : before[key] === after[key]))
}
