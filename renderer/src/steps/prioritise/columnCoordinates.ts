import { pointerWithin, rectIntersection, type CollisionDetection, type KeyboardCoordinateGetter } from '@dnd-kit/core'

/**
 * The page scrolls under a dragged card only when the pointer is right at the window's edge, and
 * gently: with dnd-kit's default (a fifth of the window, fast) a drag from the tray down to a
 * column ran the page to the bottom and dropped nowhere.
 */
export const AUTO_SCROLL = { threshold: { x: 0.04, y: 0.06 }, acceleration: 4 }

const NEXT = new Set(['ArrowRight', 'ArrowDown'])
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp'])

/**
 * Arrow keys move a picked-up card from one drop target to the next in reading order (right or
 * down: next; left or up: previous), whatever the layout's wrapping. The card is placed just
 * inside the target's top-left corner, so rectangle collision finds that target and no other.
 */
export function columnCoordinates(order: () => readonly string[], startOf: (activeId: string) => string): KeyboardCoordinateGetter {
  return (event, { active, currentCoordinates, context }) => {
    const step = NEXT.has(event.code) ? 1 : PREVIOUS.has(event.code) ? -1 : 0
    if (step === 0) return undefined
    event.preventDefault()
    const targets = order()
    const current = context.over ? String(context.over.id) : startOf(String(active))
    const index = targets.indexOf(current)
    const next = targets[Math.min(targets.length - 1, Math.max(0, (index === -1 ? 0 : index) + step))]
    const rect = next === undefined ? undefined : context.droppableRects.get(next)
    if (!rect) return currentCoordinates
    return { x: rect.left + 8, y: rect.top + 8 }
  }
}

/**
 * With a pointer: the target under the pointer. With the keyboard (no pointer): the target that
 * holds the card's top-left corner, which is where `columnCoordinates` puts it — tall cards over
 * short columns never spill into the next row's column.
 */
export const cornerOrPointer: CollisionDetection = (args) => {
  if (args.pointerCoordinates) return pointerWithin(args)
  const x = args.collisionRect.left + 2
  const y = args.collisionRect.top + 2
  for (const container of args.droppableContainers) {
    const rect = args.droppableRects.get(container.id)
    if (rect && x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) {
      return [{ id: container.id, data: { droppableContainer: container, value: 0 } }]
    }
  }
  return rectIntersection(args)
}
