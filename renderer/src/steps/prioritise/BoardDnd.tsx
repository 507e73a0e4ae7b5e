import { memo, type ReactNode } from 'react'
import { DndContext, DragOverlay, MeasuringStrategy, type Announcements, type DragEndEvent, type DragOverEvent, type DragStartEvent, type SensorDescriptor, type SensorOptions } from '@dnd-kit/core'
import type { ColumnId } from '../../../../shared/domain/board'
import { DropTargets } from './BoardColumn'
import { AUTO_SCROLL, cornerOrPointer } from './columnCoordinates'
import { DragSource } from './DragSource'
import { BOARD_INSTRUCTIONS } from './boardWords'

/** What the board does as a drag starts, moves over a column, ends and is cancelled: stable functions. */
export interface DragHandlers {
  onDragStart: (event: DragStartEvent) => void
  onDragOver: (event: DragOverEvent) => void
  onDragEnd: (event: DragEndEvent) => void
  onDragCancel: () => void
}

interface BoardDndProps {
  id: string
  sensors: SensorDescriptor<SensorOptions>[]
  handlers: DragHandlers
  announcements: Announcements
  /** The columns' ids, the tray first. */
  order: readonly ColumnId[]
  /** The moving card, while one is up. */
  overlay: ReactNode
}

// The measuring config is a module constant: dnd-kit memoises on its identity.
const MEASURING = { droppable: { strategy: MeasuringStrategy.Always } }

/**
 * The map board's dnd-kit context: its droppables (the columns' elements, measured wherever they
 * render), its one draggable and the moving card. Memoised, with stable props: the board's render
 * for a drag's preview (the card shown in the column it is over) does not render dnd-kit again,
 * which dnd-kit has just done for the move itself.
 */
export const BoardDnd = memo(function BoardDnd({ id, sensors, handlers, announcements, order, overlay }: BoardDndProps) {
  return (
    <DndContext
      id={id}
      sensors={sensors}
      collisionDetection={cornerOrPointer}
      measuring={MEASURING}
      autoScroll={AUTO_SCROLL}
      onDragStart={handlers.onDragStart}
      onDragOver={handlers.onDragOver}
      onDragEnd={handlers.onDragEnd}
      onDragCancel={handlers.onDragCancel}
      accessibility={{ announcements, screenReaderInstructions: BOARD_INSTRUCTIONS }}
    >
      <DropTargets ids={order} />
      <DragSource />
      <DragOverlay className="map-board__overlay">{overlay}</DragOverlay>
    </DndContext>
  )
})
