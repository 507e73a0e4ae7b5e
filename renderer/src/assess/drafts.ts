/**
 * Local copies of notes being typed, so a crash, a closed tab or a lost request loses nothing.
 * Kept in localStorage (this browser profile only) until the server has the same text.
 */
interface Where {
  workshopId: string
  questionId: string
  groupId: string
}
export interface Draft {
  text: string
  /** The saved revision the text was typed on top of. */
  baseRevision: number
}

const keyOf = ({ workshopId, questionId, groupId }: Where) => `common-ground:note-draft:${workshopId}:${questionId}:${groupId}`

export function readDraft(where: Where): Draft | undefined {
  try {
    const raw = localStorage.getItem(keyOf(where))
    if (!raw) return undefined
    const value = JSON.parse(raw) as Partial<Draft>
    return typeof value.text === 'string' && typeof value.baseRevision === 'number' ? { text: value.text, baseRevision: value.baseRevision } : undefined
  } catch {
    return undefined
  }
}

export function writeDraft(where: Where, draft: Draft): void {
  try {
    localStorage.setItem(keyOf(where), JSON.stringify(draft))
  } catch {
    // Storage full or disabled: the server copy, saved within a second, still holds the note.
  }
}

export function clearDraft(where: Where): void {
  try {
    localStorage.removeItem(keyOf(where))
  } catch {
    // Nothing to clear.
  }
}
