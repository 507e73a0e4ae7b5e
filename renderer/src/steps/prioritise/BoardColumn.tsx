import { memo, useCallback, useLayoutEffect, type ReactNode } from 'react'
import { useDndContext, useDroppable } from '@dnd-kit/core'
import { findRecommendation, tagLabel } from '../../../../shared/content/read'
import type { Pack } from '../../../../shared/content/schema'
import type { Gap } from '../../../../shared/domain/gaps'
import { TRAY, type ColumnId } from '../../../../shared/domain/board'
import { EvidenceStrength } from '../../parts/EvidenceStrength'
import { useBoardLink, useColumnNode, useIsOver } from './boardLink'
import { overColumn } from './boardWords'
import { CardChunks } from './CardChunks'
import type { CardMoves, ColumnOption } from './GapCard'

/**
 * A column (or the tray) as a drop target. It is not inside dnd-kit's DndContext (see boardLink.ts):
 * its element goes to the board's link for its droppable there (DropTarget) to measure, and it
 * reads back only whether the dragged card is over it.
 */
function DropColumn({ id, labelledBy, className, children }: { id: ColumnId; labelledBy: string; className: string; children: ReactNode }) {
  const link = useBoardLink()
  const isOver = useIsOver(id)
  const ref = useCallback((node: HTMLDivElement | null) => link.setNode(id, node), [link, id])
  return (
    <div ref={ref} role="group" aria-labelledby={labelledBy} tabIndex={-1} data-column={id} className={isOver ? `${className} board-column--over` : className}>
      {children}
    </div>
  )
}

/** A column's droppable, inside the DndContext: it measures the column's element, wherever that renders. */
function DropTarget({ id }: { id: ColumnId }) {
  const node = useColumnNode(id)
  const { setNodeRef } = useDroppable({ id })
  useLayoutEffect(() => setNodeRef(node), [node, setNodeRef])
  return null
}

/** Inside the DndContext: the board's droppables, and which of them the dragged card is over, told to the columns. */
export function DropTargets({ ids }: { ids: readonly ColumnId[] }) {
  const link = useBoardLink()
  const { over } = useDndContext()
  const overId = overColumn({ over })
  useLayoutEffect(() => link.setOver(overId), [link, overId])
  return ids.map((id) => <DropTarget key={id} id={id} />)
}

interface BoardColumnProps extends CardMoves {
  pack: Pack
  column: ColumnId
  /** The gap ids shown here: the settled board, or the drag's preview of it. */
  ids: readonly string[]
  /** How many gaps are linked here now, whatever the preview shows. */
  count: number
  byId: ReadonlyMap<string, Gap>
  options: readonly ColumnOption[]
  /** The gap whose card in this column is being dragged, if one is. */
  liftedGap: string | null
  /** At most this many cards drawn for now (the board's first frame: CardChunks); undefined: all. */
  limit?: number
}

/**
 * One column of the map board with its cards. Memoised: a drag's preview changes one or two
 * columns' id lists and keeps the others' arrays as they were, so only those columns re-render,
 * and of their cards only the preview that comes or goes (chunks and cards are memoised too).
 */
export const BoardColumn = memo(function BoardColumn({ pack, column, ids, count, byId, options, onMove, onUnlink, onOpen, liftedGap, limit }: BoardColumnProps) {
  const headingId = `board-heading-${column}`
  const recommendation = column === TRAY ? undefined : findRecommendation(pack, column)
  return (
    <DropColumn id={column} labelledBy={headingId} className={column === TRAY ? 'board-column board-column--tray' : 'board-column'}>
      <div className="board-column__head">
        <h4 id={headingId}>
          {column === TRAY ? (
            'Not yet linked'
          ) : (
            <>
              <span className="board-column__tag">{column}</span> {tagLabel(pack, column).replace(/^[^:]*: /, '')}
            </>
          )}
        </h4>
        {recommendation && <EvidenceStrength strength={recommendation.evidenceStrength} />}
        <p className="board-column__count">{count === 1 ? '1 gap' : `${count} gaps`}</p>
      </div>
      {ids.length === 0 ? (
        <p className="board-column__empty">{column === TRAY ? 'Every gap is linked.' : 'Drop a gap here to link it.'}</p>
      ) : (
        <CardChunks column={column} ids={ids} limit={limit} byId={byId} options={options} onMove={onMove} onUnlink={onUnlink} onOpen={onOpen} liftedGap={liftedGap} />
      )}
    </DropColumn>
  )
})
