import { startTransition, useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react'
import { flushSync } from 'react-dom'
import { KeyboardSensor, PointerSensor, TouchSensor, useSensor, useSensors, type DragEndEvent, type DragOverEvent, type DragStartEvent } from '@dnd-kit/core'
import { tagLabel } from '../../../../shared/content/read'
import type { Pack } from '../../../../shared/content/schema'
import type { Gap } from '../../../../shared/domain/gaps'
import type { GuideTag } from '../../../../shared/domain/links'
import { whenIdle } from '../../api/idle'
import { callKey, queryClient, useWrite } from '../../api/queries'
import { ErrorMessage, LiveMessage } from '../../ui/Status'
import { boardFromGaps, columnsFor, detailsWithLinks, linksAfterDrop, parseCardId, previewDrop, TRAY, type Board, type BoardAxis, type ColumnId, type DropMode } from '../../../../shared/domain/board'
import { columnCoordinates } from './columnCoordinates'
import { BoardColumn } from './BoardColumn'
import { firstFrameCards } from './CardChunks'
import { BoardDnd, type DragHandlers } from './BoardDnd'
import { BoardLink, BoardLinkContext } from './boardLink'
import { GapCardFace } from '../../parts/GapCardFace'
import { DRAG_HINT, type ColumnOption } from './GapCard'
import { GapDetailsDialog } from './GapDetailsDialog'
import { boardAnnouncements, movedWords, overColumn } from './boardWords'
import './board.css'

interface MapBoardProps {
  workshopId: string
  pack: Pack
  /** The workshop's gaps as the cache holds them (a move shows at once, and is undone if refused). */
  gaps: readonly Gap[]
  axis: BoardAxis
  onAxis: (axis: BoardAxis) => void
}

interface Lifted {
  gapId: string
  from: ColumnId
}

// Sensor options are module constants: dnd-kit memoises its sensors (and so the board's one draggable's
// listeners) on these objects' identity, and new ones on each render would set them up again.
const POINTER = { activationConstraint: { distance: 8 } }
const TOUCH = { activationConstraint: { delay: 200, tolerance: 8 } }

/** On the page's root while a card of the map board is up (prioritise.css). */
const BOARD_DRAG_ATTRIBUTE = 'data-board-drag'
/** How long after a drop the parts below the board are drawn again, when nothing is being moved. */
const UNSKIP_AFTER_DROP_MS = 1000
/** How long the board waits at most for an idle moment to put dnd-kit on the page (a press before that puts it there at once). */
const DND_IDLE_WAIT_MS = 250

/**
 * The map board: gap cards against the Key Principles or the Recommendations. Dragging a card
 * into a column links the gap there; a card sits in every column it links to; gaps with no link
 * on the shown axis wait in the tray. Follows dnd-kit's MultipleContainers: board state as
 * column → gap ids, a snapshot when a drag starts (restored on cancel), one DragOverlay. A move is a
 * TanStack mutation: the cache takes the new links at once (onMutate) and gets the old ones back if
 * the write is refused (onError); the saved gap's answer settles it.
 */
export function MapBoard({ workshopId, pack, gaps, axis, onAxis }: MapBoardProps) {
  const byId = useMemo(() => new Map(gaps.map((gap) => [gap.id, gap])), [gaps])
  const settled = useMemo(() => boardFromGaps(gaps, axis), [gaps, axis])
  const snapshot = useRef<Board>(settled)
  const [dragBoard, setDragBoard] = useState<Board | null>(null)
  const [lifted, setLifted] = useState<Lifted | null>(null)
  const contextId = useId()
  const [boardLink] = useState(() => new BoardLink(contextId))
  const dndOn = useDndWhenIdle(boardLink)
  /** Shift held during a drag links to the new column as well instead of moving there. */
  const modeRef = useRef<DropMode>('move')
  const lastOver = useRef<ColumnId | null>(null)
  const [opened, setOpened] = useState<Gap>()
  const [said, setSaid] = useState('')
  const [error, setError] = useState<string>()
  const focusAfter = useRef<string | null>(null)
  /** A mouse or touch drop keeps the page where the facilitator let go; the keyboard's focus is brought into sight. */
  const byPointer = useRef(false)
  const moved = useRef(false)
  const limit = useFirstFrameLimit()
  const board = dragBoard ?? settled
  const columns = columnsFor(axis)
  const order = useMemo((): ColumnId[] => [TRAY, ...columns], [columns])
  const orderRef = useRef(order)
  orderRef.current = order

  const name = useCallback((column: ColumnId | null) => (column === null ? 'no column' : column === TRAY ? 'the tray of unlinked gaps' : tagLabel(pack, column)), [pack])
  const options: ColumnOption[] = useMemo(() => columns.map((tag) => ({ id: tag, label: tagLabel(pack, tag).replace(/^(Key Principle|Recommendation) \d+/, tag) })), [columns, pack])

  // After a move by menu or keyboard the card may leave the column it was in: keep focus on it where it went.
  useEffect(() => {
    const target = focusAfter.current
    if (!target) return
    focusAfter.current = null
    const card = document.querySelector<HTMLElement>(`[data-card="${target}"] .board-card__handle`) ?? document.querySelector<HTMLElement>(`[data-column="${target.split('::')[0]}"]`)
    card?.focus({ preventScroll: byPointer.current })
    byPointer.current = false
  }, [gaps])

  const gapsKey = callKey('gaps.list', { workshopId })
  const link = useWrite('gaps.update', {
    onMutate: async ({ id, details }) => {
      await queryClient.cancelQueries({ queryKey: gapsKey })
      const before = queryClient.getQueryData<Gap[]>(gapsKey)
      queryClient.setQueryData<Gap[]>(gapsKey, (current) => current?.map((candidate) => (candidate.id === id ? { ...candidate, links: details.links } : candidate)))
      return { before }
    },
    onError: (failure, _input, undo) => {
      if (undo?.before) queryClient.setQueryData(gapsKey, undo.before)
      setError(failure.message)
    },
  })
  const { mutate } = link
  const save = useCallback(
    (gap: Gap, links: GuideTag[], message: string, focus: string) => {
      setError(undefined)
      focusAfter.current = focus
      mutate({ id: gap.id, details: detailsWithLinks(gap, links) }, { onSuccess: () => setSaid(message) })
    },
    [mutate],
  )

  const onMove = useCallback(
    (gap: Gap, from: ColumnId, to: GuideTag, how: DropMode) => {
      const links = linksAfterDrop(gap.links, from, to, how)
      if (links) save(gap, links, movedWords(gap.title, from, to, how), `${to}::${gap.id}`)
    },
    [save],
  )
  const onOpen = useCallback((gap: Gap) => setOpened(gap), [])
  const onUnlink = useCallback(
    (gap: Gap, tag: GuideTag) => {
      const links = gap.links.filter((link) => link !== tag)
      save(gap, links, `${gap.title} is no longer linked to ${tag}.`, tag)
    },
    [save],
  )

  const keyboard = useMemo(() => ({ coordinateGetter: columnCoordinates(() => orderRef.current, (id) => parseCardId(id).column) }), [])
  const sensors = useSensors(useSensor(PointerSensor, POINTER), useSensor(TouchSensor, TOUCH), useSensor(KeyboardSensor, keyboard))

  const announcements = useMemo(() => boardAnnouncements({ byId, name, moved, mode: modeRef }), [byId, name])

  const onDragStart = ({ active, activatorEvent }: DragStartEvent) => {
    const { gapId, column } = parseCardId(active.id)
    byPointer.current = !(activatorEvent instanceof KeyboardEvent)
    snapshot.current = settled
    moved.current = false
    lastOver.current = column
    modeRef.current = 'move'
    boardLink.setWords({ from: column, mode: 'move' })
    setDragBoard(settled)
    setLifted({ gapId, from: column })
    setError(undefined)
  }
  const onDragOver = ({ active, over }: DragOverEvent) => {
    const { gapId, column } = parseCardId(active.id)
    const to = overColumn({ over })
    if (to !== column) moved.current = true
    lastOver.current = to
    // The preview (the card shown in the column it would land in) renders after the move has been drawn:
    // the moving card and the column's highlight follow the key or pointer in the same frame, and the
    // columns' new layout comes in the next, so no frame carries both.
    const preview = previewDrop(snapshot.current, gapId, column, to, modeRef.current)
    startTransition(() => setDragBoard(preview))
  }
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    const { gapId, column } = parseCardId(active.id)
    const to = overColumn({ over })
    setLifted(null)
    setDragBoard(null)
    boardLink.setWords(null)
    const gap = byId.get(gapId)
    const how = modeRef.current
    const links = gap ? linksAfterDrop(gap.links, column, to, how) : null
    if (!gap || !links || to === null) return
    if (to === TRAY) save(gap, links, `${gap.title} is no longer linked to ${column}.`, links.some((tag) => columns.includes(tag)) ? String(column) : `${TRAY}::${gap.id}`)
    else save(gap, links, movedWords(gap.title, column, to, how), `${to}::${gap.id}`)
  }
  const onDragCancel = () => {
    // Cancel restores the board exactly as it was when the card was picked up.
    setDragBoard(null)
    setLifted(null)
    boardLink.setWords(null)
  }

  // dnd-kit gets stable functions that call the latest of these, so the board's own renders leave it be.
  const latest = useRef({ onDragStart, onDragOver, onDragEnd, onDragCancel })
  useLayoutEffect(() => {
    latest.current = { onDragStart, onDragOver, onDragEnd, onDragCancel }
  })
  const handlers = useMemo<DragHandlers>(
    () => ({
      onDragStart: (event) => latest.current.onDragStart(event),
      onDragOver: (event) => latest.current.onDragOver(event),
      onDragEnd: (event) => latest.current.onDragEnd(event),
      onDragCancel: () => latest.current.onDragCancel(),
    }),
    [],
  )

  const liftedGap = lifted ? byId.get(lifted.gapId) : undefined
  const overlay = useMemo(
    () =>
      liftedGap && lifted ? (
        // A picture of the card picked up, which dnd-kit's announcements already name: hidden from screen readers.
        <div className="board-card board-card--overlay" aria-hidden="true">
          <GapCardFace gap={liftedGap} column={lifted.from} />
        </div>
      ) : null,
    [liftedGap, lifted],
  )

  // While a card is up, Shift (on the keyboard, or held with the mouse) switches a drop between moving and linking as well.
  const dragging = lifted !== null
  // …and the step's parts below the board are skipped while off-screen (prioritise.css says why), from
  // the frame a card is picked up until a moment after it is put down: drawing them again is not added to
  // the drop's frame, and a run of moves one after another keeps them skipped throughout.
  const unskip = useRef<ReturnType<typeof setTimeout>>(undefined)
  useLayoutEffect(() => {
    if (!dragging) return
    clearTimeout(unskip.current)
    document.documentElement.setAttribute(BOARD_DRAG_ATTRIBUTE, '')
    return () => {
      unskip.current = setTimeout(() => document.documentElement.removeAttribute(BOARD_DRAG_ATTRIBUTE), UNSKIP_AFTER_DROP_MS)
    }
  }, [dragging])
  useEffect(
    () => () => {
      clearTimeout(unskip.current)
      document.documentElement.removeAttribute(BOARD_DRAG_ATTRIBUTE)
    },
    [],
  )
  useEffect(() => {
    if (!dragging) return
    const follow = (event: KeyboardEvent | PointerEvent) => {
      const next: DropMode = event.shiftKey ? 'also' : 'move'
      if (next === modeRef.current) return
      modeRef.current = next
      if (!lifted) return
      boardLink.setWords({ from: lifted.from, mode: next })
      const preview = previewDrop(snapshot.current, lifted.gapId, lifted.from, lastOver.current, next)
      startTransition(() => setDragBoard(preview))
    }
    window.addEventListener('keydown', follow, true)
    window.addEventListener('keyup', follow, true)
    window.addEventListener('pointermove', follow, true)
    window.addEventListener('pointerup', follow, true)
    return () => {
      window.removeEventListener('keydown', follow, true)
      window.removeEventListener('keyup', follow, true)
      window.removeEventListener('pointermove', follow, true)
      window.removeEventListener('pointerup', follow, true)
    }
  }, [dragging, lifted, boardLink])
  const renderColumn = (column: ColumnId) => {
    // The card being dragged stays in its own column (dimmed) so its handle keeps focus until the drop.
    const ids = lifted && column === lifted.from ? (snapshot.current[column] ?? []) : (board[column] ?? [])
    return (
      <BoardColumn
        key={column}
        pack={pack}
        column={column}
        ids={ids}
        count={(settled[column] ?? []).length}
        byId={byId}
        options={options}
        onMove={onMove}
        onUnlink={onUnlink}
        onOpen={onOpen}
        liftedGap={lifted && column === lifted.from ? lifted.gapId : null}
        limit={limit}
      />
    )
  }

  return (
    <section className="map-board" aria-labelledby="map-board-heading">
      <div className="map-board__top">
        <h3 id="map-board-heading">Map the gaps</h3>
        <fieldset className="map-board__axis">
          <legend>Columns</legend>
          <label className="choice">
            <input type="radio" name="board-axis" checked={axis === 'kp'} onChange={() => onAxis('kp')} /> Key Principles
          </label>
          <label className="choice">
            <input type="radio" name="board-axis" checked={axis === 'r'} onChange={() => onAxis('r')} /> Recommendations
          </label>
        </fieldset>
      </div>
      <p className="field__hint map-board__hint">{DRAG_HINT} Or use a card’s Options menu.</p>
      <LiveMessage onMoveOn={() => setSaid('')}>{said}</LiveMessage>
      {error && <ErrorMessage>{error}</ErrorMessage>}
      {/* The columns render beside the DndContext, not in it: see boardLink.ts. */}
      <BoardLinkContext value={boardLink}>
        <div className="map-board__columns" data-axis={axis}>
          {order.map(renderColumn)}
        </div>
        {dndOn && <BoardDnd id={contextId} sensors={sensors} handlers={handlers} announcements={announcements} order={order} overlay={overlay} />}
      </BoardLinkContext>
      <GapDetailsDialog gap={opened} pack={pack} onClose={() => setOpened(undefined)} />
    </section>
  )
}

/**
 * How many of each column's cards to draw for now: for the board's first frame, the cards a window can
 * show (firstFrameCards: a column's first few; the tray draws its first rows), the rest's place held;
 * from the task after that frame is painted, undefined (every card), set as a transition (which gives
 * way to the facilitator's own input). The board opens drawn and laid out for its own window rather
 * than for every card of a long column below it: the sample's Prioritise board opens with 24 of its 40
 * cards at 1920 × 1080.
 */
function useFirstFrameLimit(): number | undefined {
  const [limit, setLimit] = useState<number | undefined>(() => firstFrameCards(window.innerHeight))
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    // A frame's callback runs just before that frame is painted; a task queued from it, after.
    const frame = requestAnimationFrame(() => (timer = setTimeout(() => startTransition(() => setLimit(undefined)), 0)))
    return () => {
      cancelAnimationFrame(frame)
      clearTimeout(timer)
    }
  }, [])
  return limit
}

/**
 * Whether the board's DndContext is on the page. Its first mount (a context, its droppables
 * registering and measuring, its live region and instructions) is some 30 ms of a slow machine's
 * main thread that the cards do not need to be drawn: so the cards are drawn first and dnd-kit is
 * mounted in the first idle moment after. A handle that takes focus before then mounts it (so its
 * instructions and live region are there before a key is pressed), and one pressed before then
 * mounts it at once (boardLink's waker, inside the press), so no press is ever lost or needs repeating.
 */
function useDndWhenIdle(link: BoardLink): boolean {
  const [on, setOn] = useState(false)
  useLayoutEffect(() => {
    if (on) return
    link.setWaker((now) => (now ? flushSync(() => setOn(true)) : setOn(true)))
    const cancel = whenIdle(() => setOn(true), DND_IDLE_WAIT_MS)
    return () => {
      cancel()
      link.setWaker(null)
    }
  }, [link, on])
  return on
}
