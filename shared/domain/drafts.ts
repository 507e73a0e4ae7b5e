/**
 * Rules for unsaved form text kept on the facilitator's machine (see renderer/src/ui/useDraft.ts):
 * where a draft is filed, when it is too old to offer back, and whether what was kept still fits
 * the form. Pure, so the rules are tested without a browser.
 */

export const DRAFT_PREFIX = 'common-ground:draft:'
/** Notes being typed: `common-ground:note-draft:<tab>:<workshop>:<question>:<group>`. */
export const NOTE_DRAFT_PREFIX = 'common-ground:note-draft:'

/** Which columns a workshop's map board shows, shared by its windows. */
export const boardAxisKey = (workshopId: string): string => `common-ground-board-axis-${workshopId}`

/**
 * Which edition of which content pack a workshop uses, as pages before 1 December 2026 remembered it (to
 * ask for the pack beside the workshop; boot/run.ts now asks packs.ofWorkshop instead). Nothing writes it any
 * more; what is left of it is cleared with its workshop, as before.
 */
export const packHintKey = (workshopId: string): string => `common-ground-pack-of-${workshopId}`

/**
 * The workshop a key in page storage belongs to (a form draft, a note draft, a board setting, a pack hint), or
 * undefined for anything else. Forms for a workshop not yet created are filed under "new".
 */
export function workshopOfStorageKey(key: string): string | undefined {
  if (key.startsWith(DRAFT_PREFIX)) {
    const part = key.slice(DRAFT_PREFIX.length).split(':')[0]
    try {
      return part === undefined ? undefined : decodeURIComponent(part)
    } catch {
      return undefined
    }
  }
  if (key.startsWith(NOTE_DRAFT_PREFIX)) return key.slice(NOTE_DRAFT_PREFIX.length).split(':')[1]
  for (const prefix of [boardAxisKey(''), packHintKey('')]) if (key.startsWith(prefix)) return key.slice(prefix.length) || undefined
  return undefined
}

/**
 * What page storage holds for workshops that are gone: for one deleted workshop, or (given the ids
 * the library lists) for every workshop it no longer has. Drafts for a workshop not yet created stay.
 */
export function storageKeysOfGoneWorkshops(keys: readonly string[], gone: { workshopId: string } | { liveIds: ReadonlySet<string> }): string[] {
  return keys.filter((key) => {
    const workshopId = workshopOfStorageKey(key)
    if (workshopId === undefined || workshopId === 'new') return false
    return 'workshopId' in gone ? workshopId === gone.workshopId : !gone.liveIds.has(workshopId)
  })
}

/** A draft older than this is dropped rather than offered back: nobody remembers typing it. */
export const DRAFT_MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000

export interface DraftPlace {
  /** The workshop the form belongs to; "new" before a workshop exists. */
  workshopId: string
  /** Which form, e.g. "gap", "action", "you-said". */
  form: string
  /** The record being edited, or "new" for a form that adds one. */
  recordId?: string | undefined
}

export interface StoredDraft {
  savedAt: number
  value: unknown
}

const part = (text: string) => encodeURIComponent(text)

/** The storage key; each part is escaped so an id with a colon cannot collide with another place. */
export function draftKey({ workshopId, form, recordId }: DraftPlace): string {
  return `${DRAFT_PREFIX}${part(workshopId)}:${part(form)}:${part(recordId ?? 'new')}`
}

export function encodeDraft(value: unknown, now: number): string {
  return JSON.stringify({ savedAt: now, value } satisfies StoredDraft)
}

/** What was stored, if it is a draft of ours and still fresh; undefined for anything else. */
export function decodeDraft(raw: string | null, now: number, maxAge = DRAFT_MAX_AGE_MS): StoredDraft | undefined {
  if (!raw) return undefined
  try {
    const parsed = JSON.parse(raw) as unknown
    if (typeof parsed !== 'object' || parsed === null) return undefined
    const { savedAt, value } = parsed as Partial<StoredDraft>
    if (typeof savedAt !== 'number' || !Number.isFinite(savedAt)) return undefined
    if (isStale(savedAt, now, maxAge)) return undefined
    return { savedAt, value }
  } catch {
    return undefined
  }
}

/** Too old to offer back. A time in the future (the clock was changed) counts as fresh. */
export function isStale(savedAt: number, now: number, maxAge = DRAFT_MAX_AGE_MS): boolean {
  return now - savedAt > maxAge
}

/**
 * True when a kept value has the same shape as the form's empty value: the same keys with the same
 * kinds of value (text, number, yes/no, list, record), checked all the way down. A draft written by
 * an older version of a form, or tampered with, is not offered back.
 */
export function sameShape<T>(template: T, candidate: unknown): candidate is T {
  if (Array.isArray(template)) {
    if (!Array.isArray(candidate)) return false
    // An empty list in the template says nothing about its items; otherwise match the first one's shape.
    const model: unknown = template[0]
    return model === undefined || candidate.every((item) => sameShape(model, item))
  }
  // A field that is empty (null) in the template may hold text or a number once filled in.
  if (template === null) return candidate === null || (typeof candidate !== 'object' && typeof candidate !== 'function')
  if (typeof template === 'object') {
    if (typeof candidate !== 'object' || candidate === null || Array.isArray(candidate)) return false
    const record = candidate as Record<string, unknown>
    return Object.entries(template as Record<string, unknown>).every(([key, value]) => key in record && sameShape(value, record[key]))
  }
  return typeof template === typeof candidate
}

/** Keys of stored drafts that are stale or unreadable, to sweep away. */
export function staleDraftKeys(entries: Iterable<[key: string, raw: string | null]>, now: number, maxAge = DRAFT_MAX_AGE_MS): string[] {
  const stale: string[] = []
  for (const [key, raw] of entries) {
    if (key.startsWith(DRAFT_PREFIX) && !decodeDraft(raw, now, maxAge)) stale.push(key)
  }
  return stale
}

/** Two values equal as saved text: what decides whether there is anything unsaved to keep. */
export const sameDraft = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b)
