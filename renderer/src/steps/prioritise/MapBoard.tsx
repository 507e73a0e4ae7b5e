import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  MeasuringStrategy,
  PointerSensor,
  TouchSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type DragOverEvent,
  type DragStartEvent,
} from '@dnd-kit/core'
import { tagLabel } from '../../../../shared/content/load'
import type { Pack } from '../../../../shared/content/schema'
import type { Gap } from '../../../../shared/domain/gaps'
import type { GuideTag } from '../../../../shared/domain/links'
import { callKey, queryClient, useWrite } from '../../api/queries'
import { ErrorMessage, LiveMessage } from '../../ui/Status'
import { boardFromGaps, columnsFor, detailsWithLinks, linksAfterDrop, parseCardId, previewDrop, TRAY, type Board, type BoardAxis, type ColumnId } from '../../../../shared/domain/board'
import { columnCoordinates, cornerOrPointer } from './columnCoordinates'
import { BoardColumn } from './BoardColumn'
import { GapCardFace } from '../../parts/GapCardFace'
import type { ColumnOption } from './GapCard'
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

// Sensor options and the measuring config are module constants: dnd-kit memoises its sensors (and so
// every card's listeners) on these objects' identity, and new ones on each render would re-render every card.
const POINTER = { activationConstraint: { distance: 8 } }
const TOUCH = { activationConstraint: { delay: 200, tolerance: 8 } }
const MEASURING = { droppable: { strategy: MeasuringStrategy.Always } }


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
  const [said, setSaid] = useState('')
  const [error, setError] = useState<string>()
  const focusAfter = useRef<string | null>(null)
  const moved = useRef(false)
  const board = dragBoard ?? settled
  const columns = columnsFor(axis)
  const order = useMemo((): ColumnId[] => [TRAY, ...columns], [columns])
  const orderRef = useRef(order)
  orderRef.current = order

  const name = useCallback((column: ColumnId | null) => (column === null ? 'no column' : column === TRAY ? 'the tray of unlinked gaps' : tagLabel(pack, column)), [pack])
  const options: ColumnOption[] = useMemo(() => columns.map((tag) => ({ id: tag, label: tagLabel(pack, tag).replace(/^(Key Principle|Recommendation) \d+/, tag) })), [columns, pack])
  const titleOf = (gapId: string) => byId.get(gapId)?.title ?? 'the gap'

  // After a move by menu or keyboard the card may leave the column it was in: keep focus on it where it went.
  useEffect(() => {
    const target = focusAfter.current
    if (!target) return
    focusAfter.current = null
    const card = document.querySelector<HTMLElement>(`[data-card="${target}"] .board-card__handle`) ?? document.querySelector<HTMLElement>(`[data-column="${target.split('::')[0]}"]`)
    card?.focus()
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

  const onLink = useCallback(
    (gap: Gap, tag: GuideTag) => {
      const links = linksAfterDrop(gap.links, TRAY, tag)
      if (links) save(gap, links, `${gap.title} is now linked to ${tag}.`, `${tag}::${gap.id}`)
    },
    [save],
  )
  const onUnlink = useCallback(
    (gap: Gap, tag: GuideTag) => {
      const links = gap.links.filter((link) => link !== tag)
      save(gap, links, `${gap.title} is no longer linked to ${tag}.`, tag)
    },
    [save],
  )

  const keyboard = useMemo(() => ({ coordinateGetter: columnCoordinates(() => orderRef.current, (id) => parseCardId(id).column) }), [])
  const sensors = useSensors(useSensor(PointerSensor, POINTER), useSensor(TouchSensor, TOUCH), useSensor(KeyboardSensor, keyboard))

  const overColumn = (event: { over: DragOverEvent['over'] }): ColumnId | null => (event.over ? (String(event.over.id) as ColumnId) : null)
  const whatDropDoes = (gapId: string, from: ColumnId, to: ColumnId | null): string => {
    const gap = byId.get(gapId)
    const links = gap ? linksAfterDrop(gap.links, from, to) : null
    if (to === null) return 'Not over a column; dropping here changes nothing.'
    if (!links) return to === from ? 'Back where it started; dropping here changes nothing.' : `It is already linked to ${to}.`
    return to === TRAY ? `Drop to unlink it from ${from}.` : `Drop to link it to ${to}.`
  }

  const announcements: Announcements = {
    onDragStart: ({ active }) => {
      const { gapId, column } = parseCardId(active.id)
      return `Picked up ${titleOf(gapId)} from ${name(column)}. Use the arrow keys to move between columns, space to drop, escape to cancel.`
    },
    onDragOver: ({ active, over }) => {
      const { gapId, column } = parseCardId(active.id)
      const to = overColumn({ over })
      // dnd-kit reports the card over its own column as soon as it is picked up: let "Picked up" be heard.
      if (to === column && !moved.current) return undefined
      return `${titleOf(gapId)} is over ${name(to)}. ${whatDropDoes(gapId, column, to)}`
    },
    onDragEnd: ({ active, over }) => {
      const { gapId, column } = parseCardId(active.id)
      const to = overColumn({ over })
      const gap = byId.get(gapId)
      const links = gap ? linksAfterDrop(gap.links, column, to) : null
      if (!links || to === null) return `${titleOf(gapId)} dropped where it was. Nothing changed.`
      return to === TRAY ? `${titleOf(gapId)} dropped in the tray: unlinked from ${name(column)}.` : `${titleOf(gapId)} dropped in ${name(to)}: now linked to ${to}.`
    },
    onDragCancel: ({ active }) => {
      const { gapId, column } = parseCardId(active.id)
      return `Cancelled. ${titleOf(gapId)} is back in ${name(column)}, as it was.`
    },
  }

  const onDragStart = ({ active }: DragStartEvent) => {
    const { gapId, column } = parseCardId(active.id)
    snapshot.current = settled
    moved.current = false
    setDragBoard(settled)
    setLifted({ gapId, from: column })
    setError(undefined)
  }
  const onDragOver = ({ active, over }: DragOverEvent) => {
    const { gapId, column } = parseCardId(active.id)
    const to = overColumn({ over })
    if (to !== column) moved.current = true
    setDragBoard(previewDrop(snapshot.current, gapId, column, to))
  }
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    const { gapId, column } = parseCardId(active.id)
    const to = overColumn({ over })
    setLifted(null)
    setDragBoard(null)
    const gap = byId.get(gapId)
    const links = gap ? linksAfterDrop(gap.links, column, to) : null
    if (!gap || !links || to === null) return
    if (to === TRAY) save(gap, links, `${gap.title} is no longer linked to ${column}.`, links.some((tag) => columns.includes(tag)) ? String(column) : `${TRAY}::${gap.id}`)
    else save(gap, links, `${gap.title} is now linked to ${to}.`, `${to}::${gap.id}`)
  }
  const onDragCancel = () => {
    // Cancel restores the board exactly as it was when the card was picked up.
    setDragBoard(null)
    setLifted(null)
  }

  const liftedGap = lifted ? byId.get(lifted.gapId) : undefined
  const renderColumn = (column: ColumnId) => {
    // The card being dragged stays in its own column (dimmed) so its handle keeps focus until the drop.
    const ids = lifted && column === lifted.from ? (snapshot.current[column] ?? []) : (board[column] ?? [])
    return <BoardColumn key={column} pack={pack} column={column} ids={ids} count={(settled[column] ?? []).length} byId={byId} options={options} onLink={onLink} onUnlink={onUnlink} />
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
      <p className="field__hint">Drag a card into a column to link the gap there, or use its Link to… menu. A gap can sit in several columns.</p>
      <LiveMessage>{said}</LiveMessage>
      {error && <ErrorMessage>{error}</ErrorMessage>}
      <DndContext
        sensors={sensors}
        collisionDetection={cornerOrPointer}
        measuring={MEASURING}
        onDragStart={onDragStart}
        onDragOver={onDragOver}
        onDragEnd={onDragEnd}
        onDragCancel={onDragCancel}
        accessibility={{
          announcements,
          screenReaderInstructions: {
            draggable:
              'To move a gap card, press space or enter to pick it up. Use the arrow keys to move between columns, then press space or enter to drop it and link the gap there, or escape to cancel. Every card also has a Link to menu and Unlink buttons that need no dragging.',
          },
        }}
      >
        <div className="map-board__columns" data-axis={axis}>
          {order.map(renderColumn)}
        </div>
        <DragOverlay>
          {liftedGap && lifted ? (
            <div className="board-card board-card--overlay">
              <GapCardFace gap={liftedGap} column={lifted.from} />
            </div>
          ) : null}
        </DragOverlay>
      </DndContext>
    </section>
  )
}
