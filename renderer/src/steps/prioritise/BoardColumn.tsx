import { memo, type ReactNode } from 'react'
import { useDndContext, useDroppable } from '@dnd-kit/core'
import { findRecommendation, tagLabel } from '../../../../shared/content/load'
import type { Pack } from '../../../../shared/content/schema'
import type { Gap } from '../../../../shared/domain/gaps'
import { TRAY, type ColumnId } from '../../../../shared/domain/board'
import { EvidenceStrength } from '../../parts/EvidenceStrength'
import { GapCard, PreviewGapCard, type CardMoves, type ColumnOption } from './GapCard'

/**
 * A column (or the tray) as a drop target. It also reads dnd-kit's public drag state, which changes on
 * every move: React, looking for what reads a changed context, then stops at the column instead of
 * searching every card under it (on a 1,000-gap board that search was most of a move's script).
 */
function DropColumn({ id, labelledBy, className, children }: { id: ColumnId; labelledBy: string; className: string; children: ReactNode }) {
  const { setNodeRef, isOver } = useDroppable({ id })
  useDndContext()
  return (
    <div ref={setNodeRef} role="group" aria-labelledby={labelledBy} tabIndex={-1} data-column={id} className={isOver ? `${className} board-column--over` : className}>
      {children}
    </div>
  )
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
}

/**
 * One column of the map board with its cards. Memoised: a drag's preview changes one or two
 * columns' id lists and keeps the others' arrays as they were, so only those columns re-render,
 * and of their cards only the preview that comes or goes (the cards are memoised too).
 */
export const BoardColumn = memo(function BoardColumn({ pack, column, ids, count, byId, options, onMove, onUnlink, onOpen, liftedGap }: BoardColumnProps) {
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
        <ul className="board-column__cards">
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
        </ul>
      )}
    </DropColumn>
  )
})
