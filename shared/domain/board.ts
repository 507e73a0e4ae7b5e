/** The map board of the Prioritise step as pure data: which gap cards sit in which column. */
import { KEY_PRINCIPLE_IDS, RECOMMENDATION_IDS, sortGuideTags, type GuideTag } from '../content/tags'
import type { Gap, GapDetails } from './gaps'

/** The map board shows one set of columns at a time: the Key Principles or the Recommendations. */
export type BoardAxis = 'kp' | 'r'
/** Gaps with no link on the shown axis wait here. */
export const TRAY = 'tray'
export type ColumnId = GuideTag | typeof TRAY
/** Board state as dnd-kit's MultipleContainers keeps it: each column's gap ids, in the gaps' order. */
export type Board = Record<string, string[]>

export function columnsFor(axis: BoardAxis): readonly GuideTag[] {
  return axis === 'kp' ? KEY_PRINCIPLE_IDS : RECOMMENDATION_IDS
}

export function isColumnOf(axis: BoardAxis, column: string): column is GuideTag {
  return (columnsFor(axis) as readonly string[]).includes(column)
}

/** A card sits in every column it links to; a gap with none on this axis sits in the tray. */
export function boardFromGaps(gaps: readonly Pick<Gap, 'id' | 'links'>[], axis: BoardAxis): Board {
  const columns = columnsFor(axis)
  const board: Board = { [TRAY]: [] }
  for (const column of columns) board[column] = []
  for (const gap of gaps) {
    const linked = gap.links.filter((tag) => isColumnOf(axis, tag))
    if (linked.length === 0) board[TRAY]!.push(gap.id)
    for (const tag of linked) board[tag]!.push(gap.id)
  }
  return board
}

/**
 * What a drop does to a card picked up from a column: by default it moves the link from that
 * column to the one it lands in; `also` (a modifier key held, or "Also link to…") keeps the link it
 * came from and adds the new one. From the tray both simply link.
 */
export type DropMode = 'move' | 'also'

/**
 * What the board would look like if the card picked up from `from` were dropped on `to`: linked
 * there (out of the tray, and out of `from` when it moves), or, dropped on the tray from a column,
 * unlinked from that column. Always worked out from the snapshot taken when the drag started, so
 * passing over a column leaves no trace.
 */
export function previewDrop(snapshot: Board, gapId: string, from: ColumnId, to: ColumnId | null, mode: DropMode = 'move'): Board {
  if (to === null || to === from) return snapshot
  const next: Board = { ...snapshot }
  if (to === TRAY) {
    next[from] = (snapshot[from] ?? []).filter((id) => id !== gapId)
    const stillLinked = Object.entries(next).some(([column, ids]) => column !== TRAY && ids.includes(gapId))
    if (!stillLinked && !(next[TRAY] ?? []).includes(gapId)) next[TRAY] = [...(next[TRAY] ?? []), gapId]
    return next
  }
  if (!(snapshot[to] ?? []).includes(gapId)) next[to] = [...(snapshot[to] ?? []), gapId]
  if (from === TRAY) next[TRAY] = (snapshot[TRAY] ?? []).filter((id) => id !== gapId)
  else if (mode === 'move') next[from] = (snapshot[from] ?? []).filter((id) => id !== gapId)
  return next
}

/** The gap's links after a drop, or null when the drop changes nothing. */
export function linksAfterDrop(links: readonly GuideTag[], from: ColumnId, to: ColumnId | null, mode: DropMode = 'move'): GuideTag[] | null {
  if (to === null || to === from) return null
  if (to === TRAY) return from === TRAY ? null : links.filter((tag) => tag !== from)
  const kept = mode === 'move' && from !== TRAY ? links.filter((tag) => tag !== from) : [...links]
  if (!kept.includes(to)) kept.push(to)
  const next = sortGuideTags(kept)
  return next.length === links.length && next.every((tag) => links.includes(tag)) ? null : next
}

/** `gaps.update` replaces a gap's details: send back everything as it was, with the new links. */
export function detailsWithLinks(gap: Gap, links: GuideTag[]): GapDetails {
  return { title: gap.title, detail: gap.detail, links, groupIds: gap.groupIds, sourceQuestionId: gap.sourceQuestionId, edie: gap.edie }
}

/** dnd-kit ids must be unique, and a card can sit in several columns: one draggable per column. */
export function cardId(column: ColumnId, gapId: string): string {
  return `${column}::${gapId}`
}
export function parseCardId(id: string | number): { column: ColumnId; gapId: string } {
  const [column, gapId] = String(id).split('::')
  return { column: column as ColumnId, gapId: gapId ?? '' }
}
