import { useEffect, useEffectEvent, useId, useMemo, useRef, useState } from 'react'
import { noteTextSchema, type Note } from '../../../shared/domain/notes'
import type { Group } from '../../../shared/domain/workshop'
import { possessive } from '../../../shared/domain/text'
import { messageOf, RequestError } from '../api/client'
import { fetchFresh, write } from '../api/queries'
import { clearDraft, readDraft, writeDraft } from './noteDrafts'
import './note-editor.css'

/** How long typing pauses before the note is sent; the local draft is written on every keystroke. */
const SAVE_AFTER_MS = 500
const RETRY_AFTER_MS = 3000

type Status = 'saved' | 'typing' | 'saving' | 'failed' | 'too-long' | 'conflict'

interface Props {
  workshopId: string
  questionId: string
  group: Group
  /** The note as saved when the editor opened (notes.list); each save updates the cache. */
  saved: Note
}

/**
 * One group's note on one question, saved as you type: no Save button. A draft is kept in this
 * browser on every keystroke, so a crash or a lost request loses nothing, and a save based on an
 * out-of-date revision (another tab saved first) shows both versions instead of overwriting.
 */
export function NoteEditor({ workshopId, questionId, group, saved }: Props) {
  const where = useMemo(() => ({ workshopId, questionId, groupId: group.id }), [workshopId, questionId, group.id])
  const id = useId()
  const [text, setText] = useState(saved.text)
  const [status, setStatus] = useState<Status>('saved')
  const [problem, setProblem] = useState<string>()
  const [conflict, setConflict] = useState<{ mine: string; theirs: Note }>()
  const latest = useRef(saved.text)
  const lastSaved = useRef(saved.text)
  const base = useRef(saved.revision)
  const busy = useRef(false)
  const again = useRef(false)
  const blocked = useRef(false)
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined)

  async function flush(): Promise<void> {
    clearTimeout(timer.current)
    if (blocked.current) return
    if (busy.current) {
      again.current = true
      return
    }
    const sending = latest.current
    if (sending === lastSaved.current) {
      clearDraft(where)
      setStatus('saved')
      return
    }
    busy.current = true
    setStatus('saving')
    try {
      const note = await write('notes.save', { ...where, text: sending, baseRevision: base.current })
      base.current = note.revision
      lastSaved.current = note.text
      setProblem(undefined)
      if (latest.current === sending) {
        clearDraft(where)
        setStatus('saved')
      } else {
        writeDraft(where, { text: latest.current, baseRevision: base.current })
        again.current = true
      }
    } catch (failure) {
      if (failure instanceof RequestError && failure.error.code === 'conflict') {
        blocked.current = true
        try {
          const theirs = await fetchFresh('notes.get', where)
          setConflict({ mine: latest.current, theirs })
        } catch (reading) {
          setProblem(messageOf(reading))
        }
        setStatus('conflict')
      } else {
        setProblem(messageOf(failure))
        setStatus('failed')
        timer.current = setTimeout(() => void flush(), RETRY_AFTER_MS)
      }
    } finally {
      busy.current = false
      if (again.current && !blocked.current) {
        again.current = false
        void flush()
      }
    }
  }

  function change(value: string) {
    setText(value)
    latest.current = value
    clearTimeout(timer.current)
    const checked = noteTextSchema.safeParse(value)
    if (!checked.success) {
      // Refused before it is sent or kept: the facilitator trims it, nothing is written.
      setProblem(checked.error.issues[0]?.message)
      setStatus('too-long')
      return
    }
    setProblem(undefined)
    writeDraft(where, { text: value, baseRevision: base.current })
    setStatus('typing')
    timer.current = setTimeout(() => void flush(), SAVE_AFTER_MS)
  }

  function resolve(choice: 'mine' | 'theirs' | 'both') {
    if (!conflict) return
    const { mine, theirs } = conflict
    base.current = theirs.revision
    lastSaved.current = theirs.text
    const next = choice === 'mine' ? mine : choice === 'theirs' ? theirs.text : `${mine}\n\n${theirs.text}`
    setConflict(undefined)
    blocked.current = false
    setText(next)
    latest.current = next
    if (next === theirs.text) {
      clearDraft(where)
      setStatus('saved')
    } else {
      writeDraft(where, { text: next, baseRevision: base.current })
      void flush()
    }
  }

  // A draft left by a crash or a lost request: send it if nothing changed since, otherwise show both.
  const restoreDraft = useEffectEvent(() => {
    const draft = readDraft(where)
    if (draft && draft.text !== saved.text) {
      latest.current = draft.text
      setText(draft.text)
      if (draft.baseRevision === saved.revision) void flush()
      else {
        blocked.current = true
        setConflict({ mine: draft.text, theirs: saved })
        setStatus('conflict')
      }
    } else if (draft) clearDraft(where)
  })
  // Moving to the next question sends what was typed straight away.
  const sendTyping = useEffectEvent(() => {
    if (latest.current !== lastSaved.current && !blocked.current) void flush()
  })
  useEffect(() => {
    restoreDraft()
    return () => sendTyping()
  }, [where])

  const statusId = `${id}-status`
  const problemId = `${id}-problem`
  return (
    <div className={`note${status === 'too-long' ? ' field--error' : ''}${conflict ? ' note--conflict' : ''}`}>
      <label htmlFor={id} className="note__label">
        Notes from {group.name}
      </label>
      {problem && (
        <p className="field__error" id={problemId}>
          <span aria-hidden="true">⚠ </span>
          {status === 'failed' ? `Not saved yet: ${problem} Your text is kept on this computer and will be sent again.` : problem}
        </p>
      )}
      <textarea
        id={id}
        className="note__text"
        value={text}
        rows={3}
        readOnly={conflict !== undefined}
        aria-describedby={[problem ? problemId : '', statusId].filter(Boolean).join(' ')}
        aria-invalid={status === 'too-long'}
        onChange={(event) => change(event.target.value)}
        onBlur={() => status === 'typing' && void flush()}
      />
      <p className="note__status" id={statusId}>
        {STATUS_TEXT[status]}
      </p>
      {conflict && (
        <div className="conflict" role="alert">
          <p className="conflict__message">
            <span aria-hidden="true">⚠ </span>
            {possessive(group.name)} note was changed in another window or tab while you were typing. Both versions are kept until you choose.
          </p>
          <div className="conflict__versions">
            <div>
              <h4>Your version</h4>
              <p className="conflict__text">{conflict.mine || '(empty)'}</p>
            </div>
            <div>
              <h4>The other window’s version</h4>
              <p className="conflict__text">{conflict.theirs.text || '(empty)'}</p>
            </div>
          </div>
          <div className="actions actions--start">
            <button type="button" className="button button--primary" onClick={() => resolve('both')}>
              Keep both
            </button>
            <button type="button" className="button" onClick={() => resolve('mine')}>
              Keep mine
            </button>
            <button type="button" className="button" onClick={() => resolve('theirs')}>
              Keep the other version
            </button>
          </div>
        </div>
      )}
    </div>
  )
}

const STATUS_TEXT: Record<Status, string> = {
  saved: 'Saved',
  typing: 'Saving…',
  saving: 'Saving…',
  failed: 'Not saved yet',
  'too-long': 'Not saved',
  conflict: 'Not saved: choose a version below',
}
