import { useCallback, useMemo } from 'react'
import type { Note } from '../../../../shared/domain/notes'
import { useApi } from '../../api/queries'

const key = (questionId: string, groupId: string) => `${questionId}\u0000${groupId}`

/** Every saved note of the workshop, looked up by question and group. */
export function useNotes(workshopId: string) {
  const list = useApi('notes.list', { workshopId })
  const notes = useMemo(() => (list.data ? new Map(list.data.map((note) => [key(note.questionId, note.groupId), note])) : undefined), [list.data])
  const get = useCallback(
    (questionId: string, groupId: string): Note => notes?.get(key(questionId, groupId)) ?? { questionId, groupId, text: '', revision: 0, updatedAt: '' },
    [notes],
  )
  return { loaded: notes !== undefined, error: list.error?.message, get }
}
