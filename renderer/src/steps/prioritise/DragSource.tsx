import { useCallback, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import { flushSync } from 'react-dom'
import { useDraggable } from '@dnd-kit/core'
import { DragStarterContext, type DragStarter } from './GapCard'

/** The id the board's one draggable has before any handle has been pressed: no card has it. */
const NONE = 'none::none'

/**
 * The map board's one dnd-kit draggable. dnd-kit re-renders every component that calls useDraggable
 * whenever its drag state changes, which on a large board was most of each key press and pointer move.
 * So no card calls it: a press on a card's handle makes that card this draggable (its id, its card and
 * handle as the nodes dnd-kit measures and gives focus back to) and then hands dnd-kit the same press.
 * A card already picked up stays the draggable until it is dropped, whatever else is pressed.
 */
export function DragSource({ children }: { children: ReactNode }) {
  const [armed, setArmed] = useState(NONE)
  const { listeners, setNodeRef, setActivatorNodeRef, attributes, active } = useDraggable({ id: armed })
  const current = useRef({ armed, listeners, dragging: false })
  useLayoutEffect(() => {
    current.current = { armed, listeners, dragging: active !== null }
  }, [armed, listeners, active])

  const start = useCallback<DragStarter['start']>(
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
  const describedBy = attributes['aria-describedby'] ?? ''
  const value = useMemo(() => ({ start, describedBy }), [start, describedBy])
  return <DragStarterContext value={value}>{children}</DragStarterContext>
}
