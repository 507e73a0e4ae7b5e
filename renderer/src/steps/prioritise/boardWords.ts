import type { RefObject } from 'react'
import type { Announcements, DragOverEvent } from '@dnd-kit/core'
import type { Gap } from '../../../../shared/domain/gaps'
import type { GuideTag } from '../../../../shared/domain/links'
import { linksAfterDrop, parseCardId, TRAY, type ColumnId, type DropMode } from '../../../../shared/domain/board'

/** What the map board says to a screen reader as a card is picked up, moved, dropped or put back. */

export const BOARD_INSTRUCTIONS = {
  draggable:
    'To move a gap card, press space or enter to pick it up. Use the arrow keys to move between columns, then press space or enter to drop it: the link moves from the column it came from to that one. Hold Shift as you drop to link it there as well. Escape cancels. Every card also has an Options menu that needs no dragging.',
}

/** The column a card is over, if any. */
export const overColumn = (event: { over: DragOverEvent['over'] }): ColumnId | null => (event.over ? (String(event.over.id) as ColumnId) : null)

interface BoardWords {
  byId: ReadonlyMap<string, Gap>
  /** A column's name as the facilitator reads it. */
  name: (column: ColumnId | null) => string
  /** Whether the card has left its own column during this drag. */
  moved: RefObject<boolean>
  /** Move, or link as well (Shift). */
  mode: RefObject<DropMode>
}

export function boardAnnouncements({ byId, name, moved, mode }: BoardWords): Announcements {
  const titleOf = (gapId: string) => byId.get(gapId)?.title ?? 'the gap'
  const whatDropDoes = (gapId: string, from: ColumnId, to: ColumnId | null, how: DropMode): string => {
    const gap = byId.get(gapId)
    const links = gap ? linksAfterDrop(gap.links, from, to, how) : null
    if (to === null) return 'Not over a column; dropping here changes nothing.'
    if (!links) return to === from ? 'Back where it started; dropping here changes nothing.' : `It is already linked to ${to}.`
    if (to === TRAY) return `Drop to unlink it from ${from}.`
    if (from === TRAY) return `Drop to link it to ${to}.`
    return how === 'also' ? `Drop to link it to ${to} as well as ${from}.` : `Drop to move it from ${from} to ${to}; hold Shift as you drop to keep it in ${from} too.`
  }

  return {
    onDragStart: ({ active }) => {
      const { gapId, column } = parseCardId(active.id)
      return `Picked up ${titleOf(gapId)} from ${name(column)}. Use the arrow keys to move between columns, space to drop, escape to cancel.`
    },
    onDragOver: ({ active, over }) => {
      const { gapId, column } = parseCardId(active.id)
      const to = overColumn({ over })
      // dnd-kit reports the card over its own column as soon as it is picked up: let "Picked up" be heard.
      if (to === column && !moved.current) return undefined
      return `${titleOf(gapId)} is over ${name(to)}. ${whatDropDoes(gapId, column, to, mode.current)}`
    },
    onDragEnd: ({ active, over }) => {
      const { gapId, column } = parseCardId(active.id)
      const to = overColumn({ over })
      const gap = byId.get(gapId)
      const links = gap ? linksAfterDrop(gap.links, column, to, mode.current) : null
      if (!links || to === null) return `${titleOf(gapId)} dropped where it was. Nothing changed.`
      if (to === TRAY) return `${titleOf(gapId)} dropped in the tray: unlinked from ${name(column)}.`
      return `${titleOf(gapId)} dropped in ${name(to)}: ${column === TRAY || mode.current === 'also' ? `now linked to ${to}` : `moved from ${column} to ${to}`}.`
    },
    onDragCancel: ({ active }) => {
      const { gapId, column } = parseCardId(active.id)
      return `Cancelled. ${titleOf(gapId)} is back in ${name(column)}, as it was.`
    },
  }
}

/** What a move says once it is saved. */
export function movedWords(title: string, from: ColumnId, to: GuideTag, how: DropMode): string {
  return from === TRAY || how === 'also' ? `${title} is now linked to ${to}.` : `${title} moved from ${from} to ${to}.`
}
