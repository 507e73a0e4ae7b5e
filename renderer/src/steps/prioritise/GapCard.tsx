import { createContext, memo, useContext, useEffect, useRef, useState, type CSSProperties } from 'react'
import { useDraggable } from '@dnd-kit/core'
import type { Gap } from '../../../../shared/domain/gaps'
import type { GuideTag } from '../../../../shared/domain/links'
import { cardId, TRAY, type ColumnId, type DropMode } from '../../../../shared/domain/board'
import { GapCardFace } from '../../parts/GapCardFace'

export interface ColumnOption {
  id: GuideTag
  /** 'KP3: Facilitated peer support' */
  label: string
}

/** What a card's menu and its drag can do to the gap. */
export interface CardMoves {
  /** Link the gap to `to`: moved from `from` (mode `move`), or as well as it (`also`). */
  onMove: (gap: Gap, from: ColumnId, to: GuideTag, mode: DropMode) => void
  onUnlink: (gap: Gap, tag: GuideTag) => void
  onOpen: (gap: Gap) => void
}

interface DraggableGapCardProps extends CardMoves {
  gap: Gap
  column: ColumnId
  /** The columns of the board, for the menu that needs no dragging. */
  options: readonly ColumnOption[]
}

/** The hint every drag handle carries (and the board says above its columns). */
export const DRAG_HINT = 'Drag a card to move its gap to another column; hold Shift as you drop to link it there as well.'

/**
 * A gap card on the facilitator's map: a drag handle (pointer, touch, keyboard) and one menu with
 * the same moves for anyone who cannot or would rather not drag. dnd-kit re-renders every draggable
 * on each move, so the shell is thin and the body is memoised.
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
type MenuLevel = 'main' | 'move' | 'also'

const CardBody = memo(
  function CardBody({ gap, column, options, onMove, onUnlink, onOpen, attributes, listeners, setHandle }: DraggableGapCardProps & { attributes: Draggable['attributes']; listeners: Draggable['listeners']; setHandle: (element: HTMLElement | null) => void }) {
    const where = column === TRAY ? 'from the tray' : `from ${column}`
    return (
      <GapCardFace gap={gap} column={column}>
        <span className="board-card__actions">
          <button type="button" ref={setHandle} className="board-card__handle" {...attributes} {...listeners} aria-label={`Drag ${gap.title} ${where}`} title={DRAG_HINT}>
            <span aria-hidden="true">⠿</span> Drag
          </button>
          <CardMenu gap={gap} column={column} options={options} onMove={onMove} onUnlink={onUnlink} onOpen={onOpen} />
        </span>
      </GapCardFace>
    )
  },
  // dnd-kit rebuilds the attributes object on each render; what matters is that each attribute is the same.
  (before, after) =>
    before.gap === after.gap && before.column === after.column && before.options === after.options && before.onMove === after.onMove && before.onUnlink === after.onUnlink &&
    before.onOpen === after.onOpen && before.setHandle === after.setHandle && shallowSame(before.attributes, after.attributes) && before.listeners === after.listeners,
)

/**
 * The card's one menu, in the top layer (a popover) so a long list of columns is never squeezed
 * into the card: Link to… (moves the link from this column), Also link to…, Unlink from…, Open the
 * gap. Escape or a click elsewhere closes it, and focus goes back to its button.
 */
function CardMenu({ gap, column, options, onMove, onUnlink, onOpen }: CardMoves & { gap: Gap; column: ColumnId; options: readonly ColumnOption[] }) {
  const [level, setLevel] = useState<MenuLevel>('main')
  const button = useRef<HTMLButtonElement>(null)
  const menu = useRef<HTMLDivElement>(null)
  const key = cardId(column, gap.id).replace(/[^a-zA-Z0-9-]/g, '-')
  const menuId = `menu-${key}`
  const anchor = { anchorName: `--${menuId}` } as CSSProperties
  const inTray = column === TRAY
  const choices = options.filter((option) => option.id !== column && !gap.links.includes(option.id))

  // Each level opens with focus on its first item, so the keyboard never has to hunt for it.
  useEffect(() => reveal(menu.current), [level])

  const close = () => menu.current?.hidePopover()
  const act = (work: () => void) => {
    close()
    work()
  }

  return (
    <>
      <button type="button" ref={button} className="button button--quiet board-card__menu-button" popoverTarget={menuId} style={anchor}>
        Options <span aria-hidden="true">▾</span>
        <span className="visually-hidden"> for {gap.title}</span>
      </button>
      <div
        ref={menu}
        id={menuId}
        popover="auto"
        className="board-card__popover"
        style={{ positionAnchor: `--${menuId}` }}
        aria-label={`Options for ${gap.title}`}
        role="group"
        onToggle={(event) => {
          if (event.newState === 'open') {
            setLevel('main')
            reveal(menu.current)
          } else if (!document.activeElement || document.activeElement === document.body || menu.current?.contains(document.activeElement)) {
            // Closed by Escape or a click on nothing in particular: back to the button that opened it.
            button.current?.focus()
          }
        }}
      >
        {level === 'main' ? (
          <ul className="board-card__menu">
            {choices.length > 0 && (
              <li>
                <button type="button" className="button button--quiet" onClick={() => setLevel('move')}>
                  Link to… <span className="board-card__menu-note">{inTray ? '' : `(instead of ${column})`}</span>
                </button>
              </li>
            )}
            {!inTray && choices.length > 0 && (
              <li>
                <button type="button" className="button button--quiet" onClick={() => setLevel('also')}>
                  Also link to… <span className="board-card__menu-note">(keeps {column})</span>
                </button>
              </li>
            )}
            {!inTray && (
              <li>
                <button type="button" className="button button--danger-quiet" onClick={() => act(() => onUnlink(gap, column))}>
                  Unlink from {column}
                </button>
              </li>
            )}
            <li>
              <button type="button" className="button button--quiet" onClick={() => act(() => onOpen(gap))}>
                Open the gap
              </button>
            </li>
          </ul>
        ) : (
          <>
            <p className="board-card__menu-head">{level === 'also' ? `Also link to (keeps ${column})` : inTray ? 'Link to' : `Move from ${column} to`}</p>
            <ul className="board-card__menu">
              <li>
                <button type="button" className="button button--quiet" onClick={() => setLevel('main')}>
                  <span aria-hidden="true">← </span>Back
                </button>
              </li>
              {choices.map((option) => (
                <li key={option.id}>
                  <button type="button" className="button button--quiet" onClick={() => act(() => onMove(gap, column, option.id, level === 'also' ? 'also' : 'move'))}>
                    {option.label}
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </>
  )
}

/**
 * An open menu's first item takes focus, and the page scrolls just enough to show the whole menu
 * (a list of columns under a card low in the window would reach below it).
 */
function reveal(menu: HTMLElement | null) {
  if (!menu?.matches(':popover-open')) return
  menu.querySelector<HTMLButtonElement>('button')?.focus({ preventScroll: true })
  menu.scrollIntoView({ block: 'nearest' })
}

function shallowSame(a: object, b: object): boolean {
  const left = Object.entries(a)
  return left.length === Object.keys(b).length && left.every(([key, value]) => (b as Record<string, unknown>)[key] === value)
}

/**
 * While a card is dragged: the column it came from and what a drop would do, for the preview's
 * words. A context, so only the preview re-renders when Shift is pressed, not every column.
 */
export const DragContext = createContext<{ from: ColumnId; mode: DropMode }>({ from: TRAY, mode: 'move' })

/** Where a dragged card would land: shown in the column it is over, until it is dropped or the drag is cancelled. */
export function PreviewGapCard({ gap, column }: { gap: Gap; column: ColumnId }) {
  const { from, mode } = useContext(DragContext)
  // The modifier is named where the eye is during a drag: on the card about to land.
  const hint =
    column === TRAY ? 'Drop to unlink'
    : from === TRAY ? `Drop to link to ${column}`
    : mode === 'also' ? `Drop to link to ${column} as well as ${from}`
    : `Drop to move from ${from} to ${column} (hold Shift to keep it in ${from} too)`
  return (
    <li className="board-card board-card--preview">
      <GapCardFace gap={gap} column={column} />
      <span className="board-card__hint">{hint}</span>
    </li>
  )
}
