import { useCallback, useEffect, useState } from 'react'
import type { Note } from '../../../../shared/domain/notes'
import { messageOf, request } from '../../api/client'

const key = (questionId: string, groupId: string) => `${questionId}\u0000${groupId}`

/** Every saved note of the workshop, looked up by question and group. */
export function useNotes(workshopId: string) {
  const [notes, setNotes] = useState<Map<string, Note>>()
  const [error, setError] = useState<string>()
  useEffect(() => {
    let live = true
    request('notes.list', { workshopId })
      .then((list) => live && setNotes(new Map(list.map((note) => [key(note.questionId, note.groupId), note]))))
      .catch((failure: unknown) => live && setError(messageOf(failure)))
    return () => {
      live = false
    }
  }, [workshopId])
  const get = useCallback(
    (questionId: string, groupId: string): Note => notes?.get(key(questionId, groupId)) ?? { questionId, groupId, text: '', revision: 0, updatedAt: '' },
    [notes],
  )
  const remember = useCallback((note: Note) => setNotes((current) => new Map(current).set(key(note.questionId, note.groupId), note)), [])
  return { loaded: notes !== undefined, error, get, remember }
}
