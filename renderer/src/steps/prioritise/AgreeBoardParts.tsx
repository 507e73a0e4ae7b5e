import type { ReactNode } from 'react'
import { useDraggable, useDroppable } from '@dnd-kit/core'
import type { Gap } from '../../../../shared/domain/gaps'
import './board.css'

export const POOL = 'pool'
export const slotId = (index: number) => `slot-${index}`
export const slotIndex = (id: string | number | undefined | null): number | null => {
  const match = /^slot-(\d+)$/.exec(String(id ?? ''))
  return match ? Number(match[1]) : null
}
export const poolCardId = (gapId: string) => `agree::${gapId}`
export const gapOfPoolCard = (id: string | number) => String(id).replace(/^agree::/, '')

/** A gap the room could still agree, ready to be dragged onto a priority slot. */
function PoolCard({ gap }: { gap: Gap }) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, isDragging } = useDraggable({ id: poolCardId(gap.id) })
  return (
    <li ref={setNodeRef} className={isDragging ? 'board-card board-card--lifted' : 'board-card'}>
      <span className="board-card__title">{gap.title}</span>
      <span className="board-card__actions">
        <button type="button" ref={setActivatorNodeRef} className="board-card__handle" {...attributes} {...listeners} aria-label={`Drag ${gap.title} onto a priority`}>
          <span aria-hidden="true">⠿</span> Drag
        </button>
      </span>
    </li>
  )
}

/** The gaps not yet agreed, as a drop target too: dropping back here changes nothing. */
export function AgreePool({ gaps }: { gaps: readonly Gap[] }) {
  const { setNodeRef, isOver } = useDroppable({ id: POOL })
  return (
    <div ref={setNodeRef} role="group" aria-labelledby="agree-pool-heading" className={isOver ? 'agree-pool agree-pool--over' : 'agree-pool'}>
      <h4 id="agree-pool-heading">Gaps to agree</h4>
      {gaps.length === 0 ? (
        <p className="board-column__empty">Every gap is agreed.</p>
      ) : (
        <ul className="agree-pool__cards">
          {gaps.map((gap) => (
            <PoolCard key={gap.id} gap={gap} />
          ))}
        </ul>
      )}
    </div>
  )
}

/**
 * One numbered place in the agreed priorities; a gap dropped here takes this place and the rest move
 * down. `over` (the card is over it) changes only its outline, never its size.
 */
export function AgreeSlot({ index, over, children }: { index: number; over: boolean; children: ReactNode }) {
  const { setNodeRef } = useDroppable({ id: slotId(index) })
  const classes = over ? 'agree-item agree-item--over' : 'agree-item'
  return (
    <li ref={setNodeRef} className={classes} data-slot={index}>
      {children}
    </li>
  )
}
