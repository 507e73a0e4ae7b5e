import { createContext, useContext, useSyncExternalStore, type SyntheticEvent } from 'react'
import { TRAY, type ColumnId, type DropMode } from '../../../../shared/domain/board'
/** The dnd-kit events a handle passes on to the board's one draggable (the sensors' activators). */
export type DragActivator = 'onPointerDown' | 'onTouchStart' | 'onKeyDown'

/** How a card's handle hands its press to the board's one draggable (DragSource). */
export type StartDrag = (id: string, card: HTMLElement | null, handle: HTMLElement, event: SyntheticEvent, activator: DragActivator) => void

/** While a card is up: the column it came from and what a drop would do, for the preview's words. */
export interface DragWords {
  from: ColumnId
  mode: DropMode
}

const NOT_DRAGGING: DragWords = { from: TRAY, mode: 'move' }

/**
 * What joins the map board's cards and columns to dnd-kit without their being inside its DndContext.
 *
 * dnd-kit's context values change on every key press and pointer move of a drag, and React then
 * walks every component under them looking for readers: on a 300-gap board that walk over some
 * 13,000 fibres was a fifth of each move's script, whether or not any card read the context. So the
 * columns and cards render beside the DndContext, not in it. The columns hand their elements here
 * for the droppables inside it (DropTargets) to measure, and read back only what they show: whether
 * the card is over them. The one draggable (DragSource) puts its start function here for the
 * handles, and the drag's words are here for the preview card. Each reader subscribes to its own
 * slice (useSyncExternalStore), so a move re-renders the column it leaves, the column it enters and
 * nothing else.
 */
export class BoardLink {
  private readonly nodes = new Map<ColumnId, HTMLElement>()
  private over: ColumnId | null = null
  private words: DragWords = NOT_DRAGGING
  private starter: StartDrag | null = null
  private waker: ((now: boolean) => void) | null = null
  private readonly listeners = new Set<() => void>()

  /** `contextId`: the board's DndContext's id. */
  constructor(readonly contextId: string) {}

  /**
   * The id dnd-kit describes every handle by: its DndContext's instructions. Given an id, as the
   * board's is, dnd-kit names them by that id itself (its own `DndDescribedBy-<n>` is only for a
   * context with none).
   */
  get describedBy(): string {
    return this.contextId
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  private changed(): void {
    for (const listener of this.listeners) listener()
  }

  /** A column's element, as its ref gives it (null when it goes). */
  setNode(column: ColumnId, node: HTMLElement | null): void {
    if ((this.nodes.get(column) ?? null) === node) return
    if (node) this.nodes.set(column, node)
    else this.nodes.delete(column)
    this.changed()
  }

  node(column: ColumnId): HTMLElement | null {
    return this.nodes.get(column) ?? null
  }

  setOver(column: ColumnId | null): void {
    if (this.over === column) return
    this.over = column
    this.changed()
  }

  isOver(column: ColumnId): boolean {
    return this.over === column
  }

  setWords(words: DragWords | null): void {
    const next = words ?? NOT_DRAGGING
    if (next.from === this.words.from && next.mode === this.words.mode) return
    this.words = next
    this.changed()
  }

  dragWords(): DragWords {
    return this.words
  }

  setStarter(starter: StartDrag | null): void {
    this.starter = starter
  }

  /**
   * How the board puts its DndContext on the page before it has (it draws its cards first and mounts
   * dnd-kit once the page is idle): at once, synchronously (`now`), for a press; soon, for a focus.
   */
  setWaker(waker: ((now: boolean) => void) | null): void {
    this.waker = waker
  }

  /**
   * A handle took focus: dnd-kit is put on the page now if it is not yet, so its instructions and live
   * region are there before a key picks the card up (a live region added with its first words is
   * often not read out).
   */
  readonly prepare = (): void => {
    if (!this.starter) this.waker?.(false)
  }

  /** A handle's press: passed to the draggable, which is put on the page first if it is not there yet. */
  readonly start: StartDrag = (...args) => {
    if (!this.starter) this.waker?.(true)
    this.starter?.(...args)
  }
}

export const BoardLinkContext = createContext<BoardLink>(new BoardLink('map-board'))

export function useBoardLink(): BoardLink {
  return useContext(BoardLinkContext)
}

/** Whether the dragged card is over `column` now; re-renders only when that changes. */
export function useIsOver(column: ColumnId): boolean {
  const link = useBoardLink()
  return useSyncExternalStore(link.subscribe, () => link.isOver(column))
}

/** The drag's words; re-renders only when the card is picked up, dropped, or Shift changes the drop. */
export function useDragWords(): DragWords {
  const link = useBoardLink()
  return useSyncExternalStore(link.subscribe, () => link.dragWords())
}

/** A column's element once it is on the page, for its droppable. */
export function useColumnNode(column: ColumnId): HTMLElement | null {
  const link = useBoardLink()
  return useSyncExternalStore(link.subscribe, () => link.node(column))
}
