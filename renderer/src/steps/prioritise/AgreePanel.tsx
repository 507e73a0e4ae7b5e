import { useEffect, useMemo, useRef, useState } from 'react'
import { createPortal } from 'react-dom'
import { DndContext, DragOverlay, KeyboardSensor, PointerSensor, TouchSensor, useSensor, useSensors, type Announcements, type DragEndEvent, type DragOverEvent, type DragStartEvent } from '@dnd-kit/core'
import type { Gap } from '../../../../shared/domain/gaps'
import type { Priorities } from '../../../../shared/domain/priorities'
import { MAX_PRIORITIES_LIMIT } from '../../../../shared/domain/priorities'
import { RequestError } from '../../api/client'
import { callKey, queryClient, useApi, useWrite } from '../../api/queries'
import { Field } from '../../ui/Field'
import { RationaleField } from './RationaleField'
import { ErrorMessage, LiveMessage } from '../../ui/Status'
import { AgreePool, AgreeSlot, gapOfPoolCard, POOL, slotId, slotIndex } from './AgreeBoardParts'
import { AUTO_SCROLL, columnCoordinates, cornerOrPointer } from './columnCoordinates'

interface AgreePanelProps {
  workshopId: string
  gaps: readonly Gap[]
}

type Agreed = Array<{ gapId: string; rationale: string }>

// Module constants: dnd-kit memoises its sensors on these objects' identity (as the map board does).
const POINTER = { activationConstraint: { distance: 8 } }
const TOUCH = { activationConstraint: { delay: 200, tolerance: 8 } }

const insertAt = (list: Agreed, gapId: string, slot: number): Agreed => {
  const next = list.filter((priority) => priority.gapId !== gapId)
  next.splice(Math.min(slot, next.length), 0, { gapId, rationale: list.find((priority) => priority.gapId === gapId)?.rationale ?? '' })
  return next
}

/**
 * The Agree board: the priorities the room agrees, in order, each with its rationale. Gaps are
 * dragged onto the numbered slots (pointer, touch or keyboard), and every move has a button or
 * menu too (add from a menu, Up/Down, Remove), so nothing here needs dragging.
 *
 * While a card is dragged the slots keep their places: the slot under it is outlined and says what a
 * drop would do, but nothing moves until the drop. (Moving the slots to preview the drop moved the
 * slot under the pointer, which moved the preview back, and so on until React stopped: error 185.)
 * A change is a TanStack mutation: the list changes at once and goes back if the write is refused.
 */
export function AgreePanel({ workshopId, gaps }: AgreePanelProps) {
  const agreed = useApi('priorities.get', { workshopId })
  const [adding, setAdding] = useState('')
  const [limit, setLimit] = useState<string>()
  const [error, setError] = useState<string>()
  const [limitError, setLimitError] = useState<string>()
  const [said, setSaid] = useState('')
  /** The list as it was before a Remove, for its Undo (focused: the Remove button went with the priority). */
  const [removed, setRemoved] = useState<{ list: Agreed; title: string; place: number }>()
  const undoButton = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    if (removed) undoButton.current?.focus()
  }, [removed])
  /** Rationales typed but not yet saved, so a move made meanwhile keeps them. */
  const typed = useRef(new Map<string, string>())

  const key = callKey('priorities.get', { workshopId })
  // The list and its limit are one thing on the host: their writes go there one after another, and
  // each answers with the whole of it (list and limit), so the last answer is the one to show.
  const prioritiesWrite = { scope: { id: `priorities:${workshopId}` }, supersedes: true }
  const title = (id: string) => gaps.find((gap) => gap.id === id)?.title ?? agreed.data?.priorities.find((p) => p.gapId === id)?.title ?? 'Unknown gap'
  const setPriorities = useWrite('priorities.set', {
    ...prioritiesWrite,
    onMutate: async ({ priorities: next }) => {
      await queryClient.cancelQueries({ queryKey: key })
      const before = queryClient.getQueryData<Priorities>(key)
      if (before) {
        const shown = next.map((priority, index) => ({
          ...priority,
          position: index + 1,
          title: title(priority.gapId),
          updatedAt: before.priorities.find((candidate) => candidate.gapId === priority.gapId)?.updatedAt ?? '',
        }))
        queryClient.setQueryData<Priorities>(key, { ...before, priorities: shown })
      }
      return { before }
    },
    onError: (failure, _input, undo) => {
      if (undo?.before) queryClient.setQueryData(key, undo.before)
      setError(failure.message)
    },
  })
  const setMax = useWrite('priorities.setMax', prioritiesWrite)

  const list: Agreed = (agreed.data?.priorities ?? []).map(({ gapId, rationale }) => ({ gapId, rationale: typed.current.get(gapId) ?? rationale }))
  const save = async (next: Agreed, message: string): Promise<boolean> => {
    setError(undefined)
    try {
      await setPriorities.mutateAsync({ workshopId, priorities: next })
      for (const { gapId } of next) typed.current.delete(gapId)
      setSaid(message)
      setRemoved(undefined)
      return true
    } catch {
      return false
    }
  }

  // Dragging onto the slots, after dnd-kit's MultipleContainers: the list as it was at pick-up, the slot the card is over.
  const moved = useRef(false)
  const [lifted, setLifted] = useState<{ gapId: string; over: number | null } | null>(null)
  const max = agreed.data?.max ?? 0
  // While a card is lifted there is one slot more than is agreed, so a drop past the limit is possible (and refused in words).
  const slotCount = Math.max(max, list.length) + (lifted && list.length >= max ? 1 : 0)
  const order = useMemo(() => [POOL, ...Array.from({ length: slotCount }, (_, index) => slotId(index))], [slotCount])
  const orderRef = useRef(order)
  orderRef.current = order
  const keyboard = useMemo(() => ({ coordinateGetter: columnCoordinates(() => orderRef.current, () => POOL) }), [])
  const sensors = useSensors(useSensor(PointerSensor, POINTER), useSensor(TouchSensor, TOUCH), useSensor(KeyboardSensor, keyboard))

  const saveLimit = async () => {
    const wanted = limit ?? String(max)
    try {
      await setMax.mutateAsync({ workshopId, max: Number(wanted) })
      setLimit(undefined)
      setLimitError(undefined)
      setSaid(`This workshop now agrees at most ${wanted} priorities.`)
    } catch (failure) {
      setLimitError(failure instanceof RequestError ? (failure.error.fields?.max ?? failure.message) : String(failure))
    }
  }

  if (!agreed.data) return agreed.error ? <ErrorMessage>{agreed.error.message}</ErrorMessage> : <p>Loading the agreed priorities…</p>
  const saved = agreed.data
  const available = gaps.filter((gap) => !list.some((priority) => priority.gapId === gap.id))
  const gapTitle = (id: string | number) => title(gapOfPoolCard(id))
  const placeFor = (slot: number) => Math.min(slot, list.length) + 1
  const full = () => list.length >= saved.max
  const announcements: Announcements = {
    onDragStart: ({ active }) => `Picked up ${gapTitle(active.id)}. Use the arrow keys to move between the priority slots, space to drop, escape to cancel.`,
    onDragOver: ({ active, over }) => {
      const slot = slotIndex(over?.id)
      if (slot === null) return moved.current ? `${gapTitle(active.id)} is back among the gaps to agree.` : undefined
      return `${gapTitle(active.id)} is over priority ${placeFor(slot)}.${full() ? ` All ${saved.max} priorities are agreed already; dropping here would be one too many.` : ''}`
    },
    onDragEnd: ({ active, over }) => {
      const slot = slotIndex(over?.id)
      return slot === null ? `${gapTitle(active.id)} dropped back among the gaps. Nothing changed.` : `${gapTitle(active.id)} dropped on priority ${placeFor(slot)}.`
    },
    onDragCancel: ({ active }) => `Cancelled. ${gapTitle(active.id)} is back among the gaps to agree, and the priorities are as they were.`,
  }
  const onDragStart = ({ active }: DragStartEvent) => {
    moved.current = false
    setLifted({ gapId: gapOfPoolCard(active.id), over: null })
    setError(undefined)
  }
  const onDragOver = ({ active, over }: DragOverEvent) => {
    if (over?.id !== POOL) moved.current = true
    const slot = slotIndex(over?.id)
    // Only which slot is outlined changes; no slot moves while the card is over it.
    setLifted((current) => (current && current.over === slot ? current : { gapId: gapOfPoolCard(active.id), over: slot }))
  }
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    setLifted(null)
    const gapId = gapOfPoolCard(active.id)
    const slot = slotIndex(over?.id)
    if (slot === null) return
    const next = insertAt(list, gapId, slot)
    const place = next.findIndex((priority) => priority.gapId === gapId) + 1
    // Refused (too many, or gone): the API says why, and the list goes back as it was.
    void save(next, `${title(gapId)} is agreed as priority ${place}.`)
  }
  const onDragCancel = () => setLifted(null)

  const move = (from: number, to: number) => {
    const next = [...list]
    const [moving] = next.splice(from, 1)
    next.splice(to, 0, moving!)
    void save(next, `${title(moving!.gapId)} is now priority ${to + 1}.`)
  }
  const dropHint = (index: number) =>
    lifted?.over === index ? (
      <span className="agree-item__drop" aria-hidden="true">
        Drop: becomes priority {placeFor(index)}
      </span>
    ) : null

  return (
    <section className="agree-panel" aria-labelledby="agree-heading">
      <h3 id="agree-heading">Agreed priorities</h3>
      <p>
        {list.length} of at most {saved.max} agreed. The Reflective Tool suggests two or three per cycle.
      </p>
      <LiveMessage
        onMoveOn={() => {
          setSaid('')
          setRemoved(undefined)
        }}
      >
        {said}
      </LiveMessage>
      {removed && (
        <p className="actions actions--start">
          <button type="button" ref={undoButton} className="button" onClick={() => void save(removed.list, `${removed.title} is priority ${removed.place} again.`)}>
            Undo: put {removed.title} back as priority {removed.place}
          </button>
        </p>
      )}
      {error && <ErrorMessage>{error}</ErrorMessage>}
      <DndContext
        autoScroll={AUTO_SCROLL}
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
          <AgreePool gaps={available} />
          <ol className="agree-list" aria-label="Agreed priorities, first priority first">
            {list.map((priority, index) => (
              <AgreeSlot key={priority.gapId} index={index} over={lifted?.over === index}>
                {dropHint(index)}
                <p className="agree-item__title">
                  Priority {index + 1}: {title(priority.gapId)}
                </p>
                <RationaleField
                  workshopId={workshopId}
                  gapId={priority.gapId}
                  title={title(priority.gapId)}
                  saved={saved.priorities.find((candidate) => candidate.gapId === priority.gapId)?.rationale ?? ''}
                  onChange={(rationale) => typed.current.set(priority.gapId, rationale)}
                  onLeave={(rationale) =>
                    save(
                      list.map((item, i) => (i === index ? { ...item, rationale } : item)),
                      `Rationale saved for ${title(priority.gapId)}.`,
                    )
                  }
                />
                <p className="agree-item__actions">
                  <button type="button" className="button button--quiet" disabled={index === 0} onClick={() => move(index, index - 1)} aria-label={`Move ${title(priority.gapId)} up`}>Up</button>
                  <button type="button" className="button button--quiet" disabled={index === list.length - 1} onClick={() => move(index, index + 1)} aria-label={`Move ${title(priority.gapId)} down`}>Down</button>
                  <button type="button" className="button button--danger-quiet" onClick={() => {
                      const before = { list, title: title(priority.gapId), place: index + 1 }
                      void save(list.filter((_, i) => i !== index), `${before.title} is no longer a priority.`).then((ok) => ok && setRemoved(before))
                    }} aria-label={`Remove ${title(priority.gapId)} from the priorities`}>
                    Remove
                  </button>
                </p>
              </AgreeSlot>
            ))}
            {Array.from({ length: Math.max(0, slotCount - list.length) }, (_, offset) => {
              const index = list.length + offset
              return (
                <AgreeSlot key={`empty-${index}`} index={index} over={lifted?.over === index}>
                  {dropHint(index)}
                  <p className="agree-item__title">Priority {index + 1}</p>
                  <p className="agree-item__empty">{index < saved.max ? 'Drag a gap here, or choose one below.' : 'One more than this workshop agrees.'}</p>
                </AgreeSlot>
              )
            })}
          </ol>
        </div>
        {/* In the page's body: the part of the step it sits in is contained (prioritise.css), which would place a fixed overlay against it instead of the window. */}
        {/* The moving card is a picture of the one picked up, which dnd-kit's announcements already name: hidden from
            screen readers, so it is not read twice, nor found outside the page's landmarks while it settles. */}
        {createPortal(<DragOverlay>{lifted ? <div className="board-card board-card--overlay" aria-hidden="true"><span className="board-card__title">{title(lifted.gapId)}</span></div> : null}</DragOverlay>, document.body)}
      </DndContext>
      {available.length > 0 && (
        <form
          className="agree-add"
          onSubmit={(event) => {
            event.preventDefault()
            if (adding) void save([...list, { gapId: adding, rationale: '' }], `${title(adding)} is agreed as priority ${list.length + 1}.`).then(() => setAdding(''))
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
          {(props) => <input {...props} className="input--short" type="number" min={1} max={MAX_PRIORITIES_LIMIT} value={limit ?? String(saved.max)} onChange={(event) => setLimit(event.target.value)} />}
        </Field>
        <button type="button" className="button" onClick={() => void saveLimit()}>Change the limit</button>
      </div>
    </section>
  )
}
