import { useMemo, useRef, useState, useEffect } from 'react'
import { DndContext, DragOverlay, KeyboardSensor, PointerSensor, TouchSensor, useSensor, useSensors, type Announcements, type DragEndEvent, type DragOverEvent, type DragStartEvent } from '@dnd-kit/core'
import type { Gap } from '../../../../shared/domain/gaps'
import type { Priorities } from '../../../../shared/domain/priorities'
import { MAX_PRIORITIES_LIMIT } from '../../../../shared/domain/priorities'
import { request, RequestError } from '../../api/client'
import { Field } from '../../ui/Field'
import { RationaleField } from './RationaleField'
import { ErrorMessage, LiveMessage } from '../../ui/Status'
import { AgreePool, AgreeSlot, gapOfPoolCard, POOL, slotId, slotIndex } from './AgreeBoardParts'
import { columnCoordinates, cornerOrPointer } from './columnCoordinates'

interface AgreePanelProps {
  workshopId: string
  gaps: readonly Gap[]
  onChanged: () => void
}

type Draft = Array<{ gapId: string; rationale: string }>

/**
 * The Agree board: the priorities the room agrees, in order, each with its rationale. Gaps are
 * dragged onto the numbered slots (pointer, touch or keyboard), and every move has a button or
 * menu too (add from a menu, Up/Down, Remove), so nothing here needs dragging.
 */
export function AgreePanel({ workshopId, gaps, onChanged }: AgreePanelProps) {
  const [saved, setSaved] = useState<Priorities>()
  const [draft, setDraft] = useState<Draft>([])
  const [adding, setAdding] = useState('')
  const [limit, setLimit] = useState('')
  const [error, setError] = useState<string>()
  const [limitError, setLimitError] = useState<string>()
  const [said, setSaid] = useState('')

  const accept = (priorities: Priorities) => {
    setSaved(priorities)
    setDraft(priorities.priorities.map(({ gapId, rationale }) => ({ gapId, rationale })))
    setLimit(String(priorities.max))
  }
  useEffect(() => {
    request('priorities.get', { workshopId }).then(accept, (failure: unknown) => setError(failure instanceof Error ? failure.message : String(failure)))
  }, [workshopId])

  const save = async (next: Draft, message: string): Promise<boolean> => {
    try {
      accept(await request('priorities.set', { workshopId, priorities: next }))
      setError(undefined)
      setSaid(message)
      onChanged()
      return true
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure))
      return false
    }
  }

  // Dragging onto the slots, after dnd-kit's MultipleContainers: snapshot on pick-up, preview while over a slot, restore on cancel or refusal.
  const snapshot = useRef<Draft>([])
  const moved = useRef(false)
  const [liftedGap, setLiftedGap] = useState<string | null>(null)
  const slotCount = Math.max(saved?.max ?? 0, draft.length)
  const order = useMemo(() => [POOL, ...Array.from({ length: slotCount + (liftedGap ? 1 : 0) }, (_, index) => slotId(index))], [slotCount, liftedGap])
  const orderRef = useRef(order)
  orderRef.current = order
  const coordinateGetter = useMemo(() => columnCoordinates(() => orderRef.current, () => POOL), [])
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 8 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 200, tolerance: 8 } }),
    useSensor(KeyboardSensor, { coordinateGetter }),
  )
  const insertAt = (list: Draft, gapId: string, slot: number | null): Draft => {
    if (slot === null) return list
    const next = list.filter((priority) => priority.gapId !== gapId)
    next.splice(Math.min(slot, next.length), 0, { gapId, rationale: '' })
    return next
  }
  const saveLimit = async () => {
    try {
      accept(await request('priorities.setMax', { workshopId, max: Number(limit) }))
      setLimitError(undefined)
      setSaid(`This workshop now agrees at most ${limit} priorities.`)
    } catch (failure) {
      setLimitError(failure instanceof RequestError ? (failure.error.fields?.max ?? failure.message) : String(failure))
    }
  }

  if (!saved) return error ? <ErrorMessage>{error}</ErrorMessage> : <p>Loading the agreed priorities…</p>
  const title = (id: string) => gaps.find((gap) => gap.id === id)?.title ?? saved.priorities.find((p) => p.gapId === id)?.title ?? 'Unknown gap'
  const available = gaps.filter((gap) => !draft.some((priority) => priority.gapId === gap.id))
  const gapTitle = (id: string | number) => title(gapOfPoolCard(id))
  const full = () => snapshot.current.length >= saved.max
  const announcements: Announcements = {
    onDragStart: ({ active }) => `Picked up ${gapTitle(active.id)}. Use the arrow keys to move between the priority slots, space to drop, escape to cancel.`,
    onDragOver: ({ active, over }) => {
      const slot = slotIndex(over?.id)
      if (slot === null) return moved.current ? `${gapTitle(active.id)} is back among the gaps to agree.` : undefined
      const place = Math.min(slot, snapshot.current.length) + 1
      return `${gapTitle(active.id)} is over priority ${place}.${full() ? ` All ${saved.max} priorities are agreed already; dropping here would be one too many.` : ''}`
    },
    onDragEnd: ({ active, over }) => {
      const slot = slotIndex(over?.id)
      return slot === null ? `${gapTitle(active.id)} dropped back among the gaps. Nothing changed.` : `${gapTitle(active.id)} dropped on priority ${Math.min(slot, snapshot.current.length) + 1}.`
    },
    onDragCancel: ({ active }) => `Cancelled. ${gapTitle(active.id)} is back among the gaps to agree, and the priorities are as they were.`,
  }
  const onDragStart = ({ active }: DragStartEvent) => {
    snapshot.current = draft
    moved.current = false
    setLiftedGap(gapOfPoolCard(active.id))
    setError(undefined)
  }
  const onDragOver = ({ active, over }: DragOverEvent) => {
    if (over?.id !== POOL) moved.current = true
    setDraft(insertAt(snapshot.current, gapOfPoolCard(active.id), slotIndex(over?.id)))
  }
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    setLiftedGap(null)
    const gapId = gapOfPoolCard(active.id)
    const slot = slotIndex(over?.id)
    const next = insertAt(snapshot.current, gapId, slot)
    if (slot === null) return setDraft(snapshot.current)
    setDraft(next)
    const place = next.findIndex((priority) => priority.gapId === gapId) + 1
    // Refused (too many, or gone): the API says why, and the board goes back to how it was.
    void save(next, `${title(gapId)} is agreed as priority ${place}.`).then((ok) => ok || setDraft(snapshot.current))
  }
  const onDragCancel = () => {
    setLiftedGap(null)
    setDraft(snapshot.current)
  }

  const move = (from: number, to: number) => {
    const next = [...draft]
    const [moved] = next.splice(from, 1)
    next.splice(to, 0, moved!)
    void save(next, `${title(moved!.gapId)} is now priority ${to + 1}.`)
  }

  return (
    <section className="agree-panel" aria-labelledby="agree-heading">
      <h3 id="agree-heading">Agreed priorities</h3>
      <p>
        {draft.length} of at most {saved.max} agreed. The Reflective Tool suggests two or three per cycle.
      </p>
      <LiveMessage>{said}</LiveMessage>
      {error && <ErrorMessage>{error}</ErrorMessage>}
      <DndContext
        sensors={sensors}
        collisionDetection={cornerOrPointer}
        onDragStart={onDragStart}
        onDragOver={onDragOver}
        onDragEnd={onDragEnd}
        onDragCancel={onDragCancel}
        accessibility={{
          announcements,
          screenReaderInstructions: {
            draggable:
              'To agree a gap, press space or enter to pick it up. Use the arrow keys to move between the priority slots, then press space or enter to drop it there, or escape to cancel. The Agree another priority menu below does the same without dragging.',
          },
        }}
      >
      <div className="agree-board">
      <AgreePool gaps={liftedGap ? gaps.filter((gap) => !snapshot.current.some((priority) => priority.gapId === gap.id)) : available} />
      <ol className="agree-list" aria-label="Agreed priorities, first priority first">
        {draft.map((priority, index) => (
          <AgreeSlot key={priority.gapId} index={index} preview={!saved.priorities.some((agreed) => agreed.gapId === priority.gapId)}>
            <p className="agree-item__title">
              Priority {index + 1}: {title(priority.gapId)}
            </p>
            <RationaleField
              workshopId={workshopId}
              gapId={priority.gapId}
              title={title(priority.gapId)}
              saved={saved.priorities.find((agreed) => agreed.gapId === priority.gapId)?.rationale ?? ''}
              onChange={(rationale) => setDraft((current) => current.map((item, i) => (i === index ? { ...item, rationale } : item)))}
              onLeave={(rationale) =>
                save(
                  draft.map((item, i) => (i === index ? { ...item, rationale } : item)),
                  `Rationale saved for ${title(priority.gapId)}.`,
                )
              }
            />
            <p className="agree-item__actions">
              <button type="button" className="button button--quiet" disabled={index === 0} onClick={() => move(index, index - 1)} aria-label={`Move ${title(priority.gapId)} up`}>Up</button>
              <button type="button" className="button button--quiet" disabled={index === draft.length - 1} onClick={() => move(index, index + 1)} aria-label={`Move ${title(priority.gapId)} down`}>Down</button>
              <button type="button" className="button button--danger-quiet" onClick={() => void save(draft.filter((_, i) => i !== index), `${title(priority.gapId)} is no longer a priority.`)} aria-label={`Remove ${title(priority.gapId)} from the priorities`}>
                Remove
              </button>
            </p>
          </AgreeSlot>
        ))}
        {Array.from({ length: Math.max(0, saved.max - draft.length) }, (_, offset) => (
          <AgreeSlot key={`empty-${draft.length + offset}`} index={draft.length + offset}>
            <p className="agree-item__title">Priority {draft.length + offset + 1}</p>
            <p className="agree-item__empty">Drag a gap here, or choose one below.</p>
          </AgreeSlot>
        ))}
      </ol>
      </div>
      <DragOverlay>{liftedGap ? <div className="board-card board-card--overlay"><span className="board-card__title">{title(liftedGap)}</span></div> : null}</DragOverlay>
      </DndContext>
      {available.length > 0 && (
        <form
          className="agree-add"
          onSubmit={(event) => {
            event.preventDefault()
            if (adding) void save([...draft, { gapId: adding, rationale: '' }], `${title(adding)} is agreed as priority ${draft.length + 1}.`).then(() => setAdding(''))
          }}
        >
          <Field label="Agree another priority">
            {(props) => (
              <select {...props} value={adding} onChange={(event) => setAdding(event.target.value)}>
                <option value="">Choose a gap…</option>
                {available.map((gap) => (
                  <option key={gap.id} value={gap.id}>{gap.title}</option>
                ))}
              </select>
            )}
          </Field>
          <button type="submit" className="button" disabled={!adding}>Agree as a priority</button>
        </form>
      )}
      <div className="agree-limit">
        <Field label="Most priorities for this workshop" hint={`1 to ${MAX_PRIORITIES_LIMIT}`} error={limitError}>
          {(props) => <input {...props} className="input--short" type="number" min={1} max={MAX_PRIORITIES_LIMIT} value={limit} onChange={(event) => setLimit(event.target.value)} />}
        </Field>
        <button type="button" className="button" onClick={() => void saveLimit()}>Change the limit</button>
      </div>
    </section>
  )
}
