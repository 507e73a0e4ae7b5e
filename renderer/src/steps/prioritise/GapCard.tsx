import { memo, useEffect, useRef, useState, type CSSProperties, type SyntheticEvent } from 'react'
import { flushSync } from 'react-dom'
import type { Gap } from '../../../../shared/domain/gaps'
import type { GuideTag } from '../../../../shared/domain/links'
import { cardId, TRAY, type ColumnId, type DropMode } from '../../../../shared/domain/board'
import { GapCardFace } from '../../parts/GapCardFace'
import { useBoardLink, useDragWords, type DragActivator } from './boardLink'

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

interface GapCardProps extends CardMoves {
  gap: Gap
  column: ColumnId
  /** The columns of the board, for the menu that needs no dragging. */
  options: readonly ColumnOption[]
  /** This card is the one being dragged: it stays where it was, faded. */
  lifted: boolean
}

/** The hint every drag handle carries (and the board says above its columns). */
export const DRAG_HINT = 'Drag a card to move its gap to another column; hold Shift as you drop to link it there as well.'

/**
 * A gap card on the facilitator's map: a drag handle (pointer, touch, keyboard) and one menu with
 * the same moves for anyone who cannot or would rather not drag. Memoised, and it reads no drag
 * state: only a card whose own props change (its gap, or being lifted) renders again.
 */
export const GapCard = memo(function GapCard({ gap, column, options, onMove, onUnlink, onOpen, lifted }: GapCardProps) {
  const id = cardId(column, gap.id)
  const card = useRef<HTMLDivElement>(null)
  const link = useBoardLink()
  const where = column === TRAY ? 'from the tray' : `from ${column}`
  const pass = (activator: DragActivator) => (event: SyntheticEvent<HTMLButtonElement>) => link.start(id, card.current, event.currentTarget, event, activator)
  return (
    <div ref={card} role="listitem" className={lifted ? 'board-card board-card--lifted' : 'board-card'} data-card={id}>
      <GapCardFace gap={gap} column={column}>
        <span className="board-card__actions">
          <button
            type="button"
            className="board-card__handle"
            // What dnd-kit's useDraggable gives its handle, so a screen reader hears the same.
            role="button"
            tabIndex={0}
            aria-disabled={false}
            aria-pressed={lifted ? true : undefined}
            aria-roledescription="draggable"
            aria-describedby={link.describedBy}
            onPointerDown={pass('onPointerDown')}
            onTouchStart={pass('onTouchStart')}
            onKeyDown={pass('onKeyDown')}
            onFocus={link.prepare}
            aria-label={`Drag ${gap.title} ${where}`}
            title={DRAG_HINT}
          >
            <span aria-hidden="true">⠿</span> Drag
          </button>
          <CardMenu gap={gap} column={column} options={options} onMove={onMove} onUnlink={onUnlink} onOpen={onOpen} />
        </span>
      </GapCardFace>
    </div>
  )
})

type MenuLevel = 'main' | 'move' | 'also'

/**
 * The card's one menu, in the top layer (a popover) so a long list of columns is never squeezed
 * into the card: Link to… (moves the link from this column), Also link to…, Unlink from…, Open the
 * gap. Escape or a click elsewhere closes it, and focus goes back to its button.
 */
function CardMenu({ gap, column, options, onMove, onUnlink, onOpen }: CardMoves & { gap: Gap; column: ColumnId; options: readonly ColumnOption[] }) {
  const [level, setLevel] = useState<MenuLevel>('main')
  /** Its items exist only while it is open: hundreds of closed menus would otherwise be most of a board's page. */
  const [open, setOpen] = useState(false)
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
        onBeforeToggle={(event) => {
          // The items are there before the menu shows, so it never opens empty.
          if (event.newState === 'open')
            flushSync(() => {
              setOpen(true)
              setLevel('main')
            })
        }}
        onToggle={(event) => {
          if (event.newState === 'open') {
            reveal(menu.current)
          } else {
            if (!document.activeElement || document.activeElement === document.body || menu.current?.contains(document.activeElement)) {
              // Closed by Escape or a click on nothing in particular: back to the button that opened it.
              button.current?.focus()
            }
            setOpen(false)
          }
        }}
      >
        {!open ? null : level === 'main' ? (
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

/** Where a dragged card would land: shown in the column it is over, until it is dropped or the drag is cancelled. */
export function PreviewGapCard({ gap, column }: { gap: Gap; column: ColumnId }) {
  const { from, mode } = useDragWords()
  // The modifier is named where the eye is during a drag: on the card about to land.
  const hint =
    column === TRAY ? 'Drop to unlink'
    : from === TRAY ? `Drop to link to ${column}`
    : mode === 'also' ? `Drop to link to ${column} as well as ${from}`
    : `Drop to move from ${from} to ${column} (hold Shift to keep it in ${from} too)`
  return (
    <div role="listitem" className="board-card board-card--preview">
      <GapCardFace gap={gap} column={column} />
      <span className="board-card__hint">{hint}</span>
    </div>
  )
}
