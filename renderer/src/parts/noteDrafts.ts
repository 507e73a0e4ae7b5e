import { NOTE_DRAFT_PREFIX } from '../../../shared/domain/drafts'

/**
 * Local copies of notes being typed, so a crash or a lost request loses nothing. Kept in
 * localStorage until the server has the same text, under this tab's id: another tab open on the
 * same workshop must not pick up this tab's unsent typing as its own (that is what the revision
 * check and the conflict view are for). The tab id lives in sessionStorage, which survives a
 * reload and the browser's restore of tabs after a crash.
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

const TAB_KEY = 'common-ground-tab'

function tabId(): string {
  try {
    let id = sessionStorage.getItem(TAB_KEY)
    if (!id) {
      id = crypto.randomUUID()
      sessionStorage.setItem(TAB_KEY, id)
    }
    return id
  } catch {
    return 'tab'
  }
}

const keyOf = ({ workshopId, questionId, groupId }: Where) => `${NOTE_DRAFT_PREFIX}${tabId()}:${workshopId}:${questionId}:${groupId}`

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
