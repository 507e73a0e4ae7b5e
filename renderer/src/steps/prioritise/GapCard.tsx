import { memo, useState } from 'react'
import { useDraggable } from '@dnd-kit/core'
import type { Gap } from '../../../../shared/domain/gaps'
import type { GuideTag } from '../../../../shared/domain/links'
import { cardId, TRAY, type ColumnId } from '../../../../shared/domain/board'
import { GapCardFace } from '../../parts/GapCardFace'

export interface ColumnOption {
  id: GuideTag
  /** 'KP3: Facilitated peer support' */
  label: string
}

interface DraggableGapCardProps {
  gap: Gap
  column: ColumnId
  /** The columns this card could also link to, for the menu that needs no dragging. */
  options: readonly ColumnOption[]
  onLink: (gap: Gap, tag: GuideTag) => void
  onUnlink: (gap: Gap, tag: GuideTag) => void
}

/**
 * A gap card on the facilitator's map: a drag handle (pointer, touch, keyboard), and the same
 * moves as buttons — "Link to…" and "Unlink from KP3" — for anyone who cannot or would rather not drag.
 * dnd-kit re-renders every draggable on each move, so the shell is thin and the body is memoised.
 */
export function DraggableGapCard(props: DraggableGapCardProps) {
  const id = cardId(props.column, props.gap.id)
  // No `data`: the id says which gap and column, and a new data object each render would cost each card a layout effect on every drag move.
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, isDragging } = useDraggable({ id })
  return (
    <li ref={setNodeRef} className={isDragging ? 'board-card board-card--lifted' : 'board-card'} data-card={id}>
      <CardBody {...props} attributes={attributes} listeners={listeners} setHandle={setActivatorNodeRef} />
    </li>
  )
}

type Draggable = ReturnType<typeof useDraggable>

const CardBody = memo(
  function CardBody({ gap, column, options, onLink, onUnlink, attributes, listeners, setHandle }: DraggableGapCardProps & { attributes: Draggable['attributes']; listeners: Draggable['listeners']; setHandle: (element: HTMLElement | null) => void }) {
    const [menuOpen, setMenuOpen] = useState(false)
    const where = column === TRAY ? 'from the tray' : `from ${column}`
    const choices = options.filter((option) => !gap.links.includes(option.id))
    return (
      <GapCardFace gap={gap} column={column}>
        <span className="board-card__actions">
          <button type="button" ref={setHandle} className="board-card__handle" {...attributes} {...listeners} aria-label={`Drag ${gap.title} ${where}`}>
            <span aria-hidden="true">⠿</span> Drag
          </button>
          {column !== TRAY && (
            <button type="button" className="button button--danger-quiet board-card__unlink" onClick={() => onUnlink(gap, column)}>
              Unlink from {column}
              <span className="visually-hidden"> ({gap.title})</span>
            </button>
          )}
          {choices.length > 0 && (
            <button type="button" className="button button--quiet" aria-expanded={menuOpen} onClick={() => setMenuOpen((open) => !open)}>
              Link to…<span className="visually-hidden"> ({gap.title})</span>
            </button>
          )}
        </span>
        {menuOpen && (
          <ul className="board-card__menu" aria-label={`Link ${gap.title} to`}>
            {choices.map((option) => (
              <li key={option.id}>
                <button
                  type="button"
                  className="button button--quiet"
                  onClick={() => {
                    setMenuOpen(false)
                    onLink(gap, option.id)
                  }}
                >
                  {option.label}
                </button>
              </li>
            ))}
          </ul>
        )}
      </GapCardFace>
    )
  },
  // dnd-kit rebuilds the attributes object on each render; what matters is that each attribute is the same.
  (before, after) =>
    before.gap === after.gap && before.column === after.column && before.options === after.options && before.onLink === after.onLink && before.onUnlink === after.onUnlink &&
    before.setHandle === after.setHandle && shallowSame(before.attributes, after.attributes) && before.listeners === after.listeners,
)

function shallowSame(a: object, b: object): boolean {
  const left = Object.entries(a)
  return left.length === Object.keys(b).length && left.every(([key, value]) => (b as Record<string, unknown>)[key] === value)
}

/** Where a dragged card would land: shown in the column it is over, until it is dropped or the drag is cancelled. */
export function PreviewGapCard({ gap, column }: { gap: Gap; column: ColumnId }) {
  return (
    <li className="board-card board-card--preview">
      <GapCardFace gap={gap} column={column} />
      <span className="board-card__hint">{column === TRAY ? 'Drop to unlink' : `Drop to link to ${column}`}</span>
    </li>
  )
}
