import { useEffect, useRef, useState } from 'react'
import { closestCenter, DndContext, KeyboardSensor, PointerSensor, useSensor, useSensors, type Announcements, type DragEndEvent } from '@dnd-kit/core'
import { arrayMove, SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable'
import { CSS } from '@dnd-kit/utilities'
import type { GapRef } from '../../../../shared/domain/voting/settings'

/** Where focus goes after a change re-renders the list: a control of one ranked gap, or an Add button. */
type FocusTarget = { control: 'up' | 'down' | 'remove' | 'handle'; gapId: string } | { control: 'add'; gapId: string }
const focusKey = (target: FocusTarget) => `${target.control}-${target.gapId}`

function RankedCard({ gap, index, count, onMove, onRemove }: { gap: GapRef; index: number; count: number; onMove: (to: number) => void; onRemove: () => void }) {
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({ id: gap.id })
  return (
    <li ref={setNodeRef} style={{ transform: CSS.Transform.toString(transform), transition }} className={isDragging ? 'ranked-card ranked-card--dragging' : 'ranked-card'}>
      <span className="ranked-card__place" aria-hidden="true">{index + 1}</span>
      <button type="button" className="ranked-card__handle" data-focus={`handle-${gap.id}`} {...attributes} {...listeners} aria-label={`Move ${gap.title}, now choice ${index + 1} of ${count}`}>
        <span aria-hidden="true">⠿</span>
      </button>
      <span className="ranked-card__title">{gap.title}</span>
      <span className="ranked-card__actions">
        <button type="button" className="button button--quiet" data-focus={`up-${gap.id}`} disabled={index === 0} onClick={() => onMove(index - 1)} aria-label={`Move ${gap.title} up`}>Up</button>
        <button type="button" className="button button--quiet" data-focus={`down-${gap.id}`} disabled={index === count - 1} onClick={() => onMove(index + 1)} aria-label={`Move ${gap.title} down`}>Down</button>
        <button type="button" className="button button--danger-quiet" data-focus={`remove-${gap.id}`} onClick={onRemove} aria-label={`Remove ${gap.title} from the ranking`}>Remove</button>
      </span>
    </li>
  )
}

interface RankingEditorProps {
  gaps: readonly GapRef[]
  ranking: string[]
  topK: number
  onChange: (ranking: string[]) => void
  /** The ranking has its top K: the next thing to do is record it. */
  onFull: () => void
}

/**
 * A group's ranking: a sortable list (pointer, touch and keyboard: space to pick up, arrows to
 * move, space to drop, escape to cancel), with Up/Down buttons as the no-dragging alternative.
 * Focus keeps its place through every change: on the moved gap, or on the next Add.
 */
export function RankingEditor({ gaps, ranking, topK, onChange, onFull }: RankingEditorProps) {
  const sensors = useSensors(useSensor(PointerSensor), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }))
  const container = useRef<HTMLDivElement>(null)
  const [focusNext, setFocusNext] = useState<FocusTarget[]>()
  const byId = new Map(gaps.map((gap) => [gap.id, gap]))
  const title = (id: string | number) => byId.get(String(id))?.title ?? 'the gap'
  const placeOf = (id: string | number) => ranking.indexOf(String(id)) + 1
  const announcements: Announcements = {
    onDragStart: ({ active }) => `Picked up ${title(active.id)}, choice ${placeOf(active.id)}. Use the arrow keys to move it, space to drop it, escape to cancel.`,
    onDragOver: ({ active, over }) => (over ? `${title(active.id)} would become choice ${placeOf(over.id)}.` : `${title(active.id)} is not over the list.`),
    onDragEnd: ({ active, over }) => (over ? `${title(active.id)} dropped as choice ${placeOf(over.id)}.` : `${title(active.id)} dropped where it was.`),
    onDragCancel: ({ active }) => `Moving ${title(active.id)} was cancelled; it stays choice ${placeOf(active.id)}.`,
  }
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return
    onChange(arrayMove(ranking, ranking.indexOf(String(active.id)), ranking.indexOf(String(over.id))))
  }
  const unranked = gaps.filter((gap) => !ranking.includes(gap.id))
  const full = ranking.length >= topK

  useEffect(() => {
    if (!focusNext) return
    setFocusNext(undefined)
    // The first of the candidates that is on the page and enabled takes focus.
    for (const target of focusNext) {
      const element = container.current?.querySelector<HTMLButtonElement>(`[data-focus="${focusKey(target)}"]`)
      if (element && !element.disabled) return element.focus()
    }
  }, [focusNext])

  const move = (gapId: string, from: number, to: number) => {
    onChange(arrayMove(ranking, from, to))
    const same = to < from ? 'up' : 'down'
    setFocusNext([{ control: same, gapId }, { control: same === 'up' ? 'down' : 'up', gapId }, { control: 'handle', gapId }])
  }
  const remove = (gapId: string, index: number) => {
    const rest = ranking.filter((other) => other !== gapId)
    onChange(rest)
    const neighbour = rest[index] ?? rest[index - 1]
    setFocusNext([...(neighbour ? [{ control: 'remove' as const, gapId: neighbour }] : []), { control: 'add', gapId }])
  }
  const add = (gapId: string) => {
    const next = [...ranking, gapId]
    onChange(next)
    const rest = unranked.filter((gap) => gap.id !== gapId)
    const at = unranked.findIndex((gap) => gap.id === gapId)
    const following = rest[at] ?? rest[at - 1]
    if (next.length >= topK || !following) onFull()
    else setFocusNext([{ control: 'add', gapId: following.id }])
  }

  return (
    <div className="ranking-editor" ref={container}>
      <p className="ranking-editor__count">
        {ranking.length} of {topK} choices made
      </p>
      <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd} accessibility={{ announcements, screenReaderInstructions: { draggable: 'To move a gap, press space or enter, use the arrow keys, then press space or enter to drop it, or escape to cancel.' } }}>
        <SortableContext items={ranking} strategy={verticalListSortingStrategy}>
          <ol className="ranked-list" aria-label="This group’s ranking, first choice first">
            {ranking.map((id, index) => (
              <RankedCard
                key={id}
                gap={byId.get(id) ?? { id, title: 'Unknown gap' }}
                index={index}
                count={ranking.length}
                onMove={(to) => move(id, index, to)}
                onRemove={() => remove(id, index)}
              />
            ))}
          </ol>
        </SortableContext>
      </DndContext>
      {unranked.length > 0 && (
        <div className="ranking-editor__pool">
          <p>{full ? `This group has ranked its top ${topK}. Remove one to add another.` : 'Add the next choice:'}</p>
          <ul className="ranking-editor__choices">
            {unranked.map((gap) => (
              <li key={gap.id}>
                <button type="button" className="button" data-focus={`add-${gap.id}`} disabled={full} onClick={() => add(gap.id)}>
                  Add {gap.title}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  )
}
