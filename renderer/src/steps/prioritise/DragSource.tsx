import { useCallback, useLayoutEffect, useRef, useState } from 'react'
import { flushSync } from 'react-dom'
import { useDraggable } from '@dnd-kit/core'
import { useBoardLink, type StartDrag } from './boardLink'

/** The id the board's one draggable has before any handle has been pressed: no card has it. */
const NONE = 'none::none'

/**
 * The map board's one dnd-kit draggable. dnd-kit re-renders every component that calls useDraggable
 * whenever its drag state changes, which on a large board was most of each key press and pointer move.
 * So no card calls it: a press on a card's handle makes that card this draggable (its id, its card and
 * handle as the nodes dnd-kit measures and gives focus back to) and then hands dnd-kit the same press.
 * A card already picked up stays the draggable until it is dropped, whatever else is pressed.
 * It renders nothing: the handles reach it through the board's link (boardLink.ts).
 */
export function DragSource() {
  const link = useBoardLink()
  const [armed, setArmed] = useState(NONE)
  const { listeners, setNodeRef, setActivatorNodeRef, active } = useDraggable({ id: armed })
  const current = useRef({ armed, listeners, dragging: false })
  useLayoutEffect(() => {
    current.current = { armed, listeners, dragging: active !== null }
  }, [armed, listeners, active])

  const start = useCallback<StartDrag>(
    (id, card, handle, event, activator) => {
      if (current.current.dragging) return
      // flushSync: dnd-kit looks the draggable up by id as it takes the press, so it must be registered by then.
      if (current.current.armed !== id) flushSync(() => setArmed(id))
      setNodeRef(card)
      setActivatorNodeRef(handle)
      current.current.listeners?.[activator]?.(event)
    },
    [setNodeRef, setActivatorNodeRef],
  )
  useLayoutEffect(() => {
    link.setStarter(start)
    return () => link.setStarter(null)
  }, [link, start])
  return null
}
