import { useEffect, useMemo, useRef, useState } from 'react'
import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  closestCenter,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
} from '@dnd-kit/core'
import { SortableContext, arrayMove, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable'
import { CSS } from '@dnd-kit/utilities'
import { allQuestions, lineLabel } from '../../../../shared/content/read'
import type { Pack, Question } from '../../../../shared/content/schema'
import { defaultAgenda, type Agenda } from '../../../../shared/domain/agenda'
import type { Workshop } from '../../../../shared/domain/workshop'
import { callKey, queryClient, useWrite } from '../../api/queries'
import { ErrorMessage, LiveMessage } from '../../ui/Status'
import { AgendaPicker } from './AgendaPicker'
import { TagChips } from './TagChip'
import { type AssessData } from './useAssessData'

interface Props {
  workshop: Workshop
  data: AssessData
}

const short = (text: string) => (text.length > 70 ? `${text.slice(0, 67)}…` : text)

/** The session's running order: trimmed from the default, reordered by drag and drop or keyboard. */
export function AgendaView({ workshop, data }: Props) {
  const { pack, agenda } = data
  const questions = useMemo(() => new Map(allQuestions(pack).map((question) => [question.id, question])), [pack])
  const [message, setMessage] = useState('')
  /** The agenda before the last clear or reset, for its Undo, and which it was. */
  const [undo, setUndo] = useState<{ before: string[]; what: 'clear agenda' | 'reset' }>()
  const [error, setError] = useState<string>()
  const listRef = useRef<HTMLOListElement>(null)
  const sensors = useSensors(useSensor(PointerSensor), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }))

  // The running order changes at once, and goes back if the write is refused.
  const agendaKey = callKey('agenda.get', { workshopId: workshop.id })
  const setOrder = useWrite('agenda.set', {
    // Each answer is the whole running order: the last one made is the one to show.
    supersedes: true,
    onMutate: async ({ questionIds }) => {
      await queryClient.cancelQueries({ queryKey: agendaKey })
      const before = queryClient.getQueryData<Agenda>(agendaKey)
      if (before) queryClient.setQueryData<Agenda>(agendaKey, { ...before, questionIds })
      return { before }
    },
    onError: (failure, _input, undo) => {
      if (undo?.before) queryClient.setQueryData(agendaKey, undo.before)
      setError(failure.message)
    },
  })
  function save(questionIds: string[], said: string, undoable?: 'clear agenda' | 'reset') {
    const before = agenda.questionIds
    setError(undefined)
    setOrder.mutate(
      { workshopId: workshop.id, questionIds },
      {
        onSuccess: () => {
          setMessage(said)
          setUndo(undoable ? { before, what: undoable } : undefined)
        },
      },
    )
  }
  const undoButton = useRef<HTMLButtonElement>(null)
  // The Undo takes focus: after a clear the Clear button is disabled, and Undo is the likely next step.
  useEffect(() => {
    if (undo) undoButton.current?.focus()
  }, [undo])
  const questionCount = (count: number) => (count === 1 ? '1 question' : `${count} questions`)
  // A reset replaces the facilitator's own agenda (trimmed or reordered) with every question: it can be undone.
  function reset() {
    const all = defaultAgenda(pack)
    const own = agenda.questionIds.length !== all.length || agenda.questionIds.some((id, index) => id !== all[index])
    if (!own) return save(all, 'The agenda already has every Assess question, in order.')
    save(all, `The agenda has every Assess question again. Your own agenda of ${questionCount(agenda.questionIds.length)} can be brought back with Undo.`, 'reset')
  }

  const describe = (id: string | number) => `“${short(questions.get(String(id))?.text ?? '')}”`
  const positionOf = (id: string | number | undefined) => (id === undefined ? 0 : agenda.questionIds.indexOf(String(id)) + 1)
  // Spoken in the app's own words, with positions people can follow.
  const announcements: Announcements = {
    onDragStart: ({ active }) => `Picked up question ${positionOf(active.id)} of ${agenda.questionIds.length}, ${describe(active.id)}.`,
    onDragOver: ({ active, over }) => (over && over.id !== active.id ? `${describe(active.id)} is over position ${positionOf(over.id)} of ${agenda.questionIds.length}.` : undefined),
    onDragEnd: ({ active, over }) => (over ? `Dropped ${describe(active.id)} at position ${positionOf(over.id)}.` : `Dropped ${describe(active.id)}.`),
    onDragCancel: ({ active }) => `Move cancelled. ${describe(active.id)} is back at position ${positionOf(active.id)}.`,
  }

  function onDragEnd({ active, over }: DragEndEvent) {
    if (!over || active.id === over.id) return
    const from = agenda.questionIds.indexOf(String(active.id))
    const to = agenda.questionIds.indexOf(String(over.id))
    save(arrayMove(agenda.questionIds, from, to), `Moved question to position ${to + 1} of ${agenda.questionIds.length}.`)
  }

  // After a move by button, focus stays on that button of the moved question, once the list shows the new order.
  const refocus = useRef<string>(undefined)
  useEffect(() => {
    const target = refocus.current
    if (!target) return
    refocus.current = undefined
    listRef.current?.querySelector<HTMLButtonElement>(`[data-move="${target}"]:not(:disabled)`)?.focus()
  }, [agenda])
  function move(index: number, by: -1 | 1) {
    const target = index + by
    if (target < 0 || target >= agenda.questionIds.length) return
    refocus.current = `${agenda.questionIds[index]!}:${by}`
    save(arrayMove(agenda.questionIds, index, target), `Moved question to position ${target + 1} of ${agenda.questionIds.length}.`)
  }

  return (
    <div className="agenda">
      <section className="panel agenda__list" aria-labelledby="agenda-heading">
        <h2 id="agenda-heading">Agenda</h2>
        <p className="panel__intro">
          {agenda.questionIds.length === 1 ? '1 question' : `${agenda.questionIds.length} questions`}, in the order the room will see them. Drag a question by its handle, or focus the handle and press Space, the arrow keys, then Space to drop (Escape cancels).
        </p>
        <div className="actions actions--start">
          <button type="button" className="button" onClick={reset}>
            Reset to all Assess sections
          </button>
          <button
            type="button"
            className="button button--danger-quiet"
            onClick={() => void save([], `The agenda is empty: ${questionCount(agenda.questionIds.length)} taken off. Add sections or questions, or undo.`, 'clear agenda')}
            disabled={agenda.questionIds.length === 0}
          >
            Clear agenda
          </button>
        </div>
        <LiveMessage
          onMoveOn={() => {
            setMessage('')
            setUndo(undefined)
          }}
        >
          {message}
        </LiveMessage>
        {undo && (
          <p className="actions actions--start">
            <button type="button" ref={undoButton} className="button" onClick={() => void save(undo.before, `The agenda is back: ${questionCount(undo.before.length)}.`)}>
              Undo {undo.what}
            </button>
          </p>
        )}
        {error && <ErrorMessage>{error}</ErrorMessage>}
        {agenda.questionIds.length === 0 ? (
          <p className="empty">The agenda is empty. Add whole sections or single questions from the list.</p>
        ) : (
          <DndContext
            sensors={sensors}
            collisionDetection={closestCenter}
            onDragEnd={onDragEnd}
            accessibility={{
              announcements,
              screenReaderInstructions: { draggable: 'To move a question, press Space or Enter to pick it up, the up and down arrow keys to move it, Space or Enter to drop it, or Escape to cancel.' },
            }}
          >
            <SortableContext items={agenda.questionIds} strategy={verticalListSortingStrategy}>
              <ol className="agenda-items" ref={listRef} aria-label="Agenda in running order">
                {agenda.questionIds.map((id, index) => {
                  const question = questions.get(id)
                  return question ? (
                    <AgendaRow key={id} pack={pack} question={question} index={index} count={agenda.questionIds.length} onMove={(by) => move(index, by)} onRemove={() => save(agenda.questionIds.filter((other) => other !== id), `Removed “${short(question.text)}” from the agenda.`)} />
                  ) : null
                })}
              </ol>
            </SortableContext>
          </DndContext>
        )}
      </section>
      <AgendaPicker pack={pack} agenda={agenda.questionIds} onChange={(ids, said) => void save(ids, said)} />
    </div>
  )
}

interface RowProps {
  pack: Pack
  question: Question
  index: number
  count: number
  onMove: (by: -1 | 1) => void
  onRemove: () => void
}

function AgendaRow({ pack, question, index, count, onMove, onRemove }: RowProps) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: question.id })
  const name = `question ${index + 1}`
  return (
    <li ref={setNodeRef} className={isDragging ? 'agenda-item agenda-item--dragging' : 'agenda-item'} style={{ transform: CSS.Transform.toString(transform), transition }} data-question-id={question.id}>
      <button type="button" className="drag-handle" ref={setActivatorNodeRef} {...attributes} {...listeners} aria-label={`Move ${name}: ${short(question.text)}`}>
        <span aria-hidden="true">⠿</span>
      </button>
      <span className="agenda-item__number" aria-hidden="true">{index + 1}</span>
      <div className="agenda-item__text">
        <span className="agenda-item__question">{question.text}</span>
        <span className="agenda-item__meta">
          {question.section}
          {lineLabel(question) && ` · ${lineLabel(question)}`}
        </span>
      </div>
      <div className="agenda-item__foot">
        <TagChips pack={pack} tags={question.tags} label="Tags" />
        <div className="agenda-item__actions">
        <button type="button" className="button button--small" data-move={`${question.id}:-1`} disabled={index === 0} onClick={() => onMove(-1)} aria-label={`Move ${name} up`}>
          ↑ Up
        </button>
        <button type="button" className="button button--small" data-move={`${question.id}:1`} disabled={index === count - 1} onClick={() => onMove(1)} aria-label={`Move ${name} down`}>
          ↓ Down
        </button>
        <button type="button" className="button button--small button--danger-quiet" onClick={onRemove} aria-label={`Remove ${name} from the agenda`}>
          Remove
        </button>
        </div>
      </div>
    </li>
  )
}
