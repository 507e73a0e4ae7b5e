import { useEffect, useRef, useState } from 'react'
import { decodeDraft, draftKey, encodeDraft, sameDraft, sameShape, staleDraftKeys, type DraftPlace } from '../../../shared/domain/drafts'

/**
 * "Typed text is never lost": a form's values kept in localStorage as they are typed, so a reload,
 * a crash or a closed window loses nothing. Kept per workshop, form and record; cleared when the
 * form is saved or the facilitator chooses to drop what was typed. Shown by <DraftNotice>.
 *
 * By default what was kept is put straight back into the form with a notice; with `offer` it is
 * only offered, for forms where silently changing saved details would surprise (workshop details).
 */
export interface Draft<T> {
  value: T
  set: (next: T | ((current: T) => T)) => void
  /** Kept text was put back into the form. */
  restored: boolean
  /** In offer mode: the kept text, waiting for the facilitator to restore or discard it. */
  offered: T | undefined
  restore: () => void
  /** Drop the kept text and put the form back as it was saved. */
  discard: () => void
  /** After a save or a cancel: nothing unsaved is kept any more (the form's values stay). */
  clear: () => void
  /** After a save on a form that adds records: cleared, and the form empty again. */
  reset: () => void
}

let swept = false

/** Once per page: drafts older than 30 days are removed, not kept for ever on a shared laptop. */
function sweepStaleDrafts() {
  if (swept) return
  swept = true
  try {
    const entries: [string, string | null][] = []
    for (let index = 0; index < localStorage.length; index++) {
      const key = localStorage.key(index)
      if (key) entries.push([key, localStorage.getItem(key)])
    }
    for (const key of staleDraftKeys(entries, Date.now())) localStorage.removeItem(key)
  } catch {
    // Storage unavailable: nothing to sweep.
  }
}

/** For a form whose values arrive after it mounts (a table loaded from the API): what was kept, if anything. */
export function readDraftFor<T>(place: DraftPlace, initial: T): T | undefined {
  sweepStaleDrafts()
  return readKept(draftKey(place), initial)
}

/** The other half of readDraftFor: keep the values, or clear them when they match what is saved. */
export function writeDraftFor<T>(place: DraftPlace, value: T, initial: T): void {
  write(draftKey(place), sameDraft(value, initial) ? undefined : value)
}

function readKept<T>(key: string, initial: T): T | undefined {
  try {
    const kept = decodeDraft(localStorage.getItem(key), Date.now())
    if (!kept || !sameShape(initial, kept.value) || sameDraft(kept.value, initial)) return undefined
    return kept.value
  } catch {
    return undefined
  }
}

function write(key: string, value: unknown) {
  try {
    if (value === undefined) localStorage.removeItem(key)
    else localStorage.setItem(key, encodeDraft(value, Date.now()))
  } catch {
    // Storage full or disabled: the form still works, only the safety net is missing.
  }
}

export function useDraft<T>(place: DraftPlace, initial: T, options: { offer?: boolean } = {}): Draft<T> {
  const key = draftKey(place)
  const offer = options.offer ?? false
  const [start] = useState(() => {
    sweepStaleDrafts()
    return readKept(key, initial)
  })
  const [value, setValue] = useState<T>(() => (start !== undefined && !offer ? start : initial))
  const [restored, setRestored] = useState(start !== undefined && !offer)
  const [offered, setOffered] = useState<T | undefined>(offer ? start : undefined)
  // Only typing is written: a form that was just saved or cleared must not write its values back.
  const touched = useRef(restored)
  const initialRef = useRef(initial)
  initialRef.current = initial

  useEffect(() => {
    // While kept text is on offer, leave it in storage until the facilitator chooses.
    if (!touched.current || offered !== undefined) return
    write(key, sameDraft(value, initialRef.current) ? undefined : value)
  }, [key, value, offered])

  return {
    value,
    set: (next) => {
      touched.current = true
      setValue(next)
    },
    restored,
    offered,
    restore: () => {
      if (offered === undefined) return
      touched.current = true
      setValue(offered)
      setOffered(undefined)
    },
    discard: () => {
      touched.current = false
      write(key, undefined)
      setValue(initialRef.current)
      setRestored(false)
      setOffered(undefined)
    },
    clear: () => {
      touched.current = false
      write(key, undefined)
      setRestored(false)
    },
    reset: () => {
      touched.current = false
      write(key, undefined)
      setValue(initialRef.current)
      setRestored(false)
    },
  }
}

/** Whether unsaved typing is kept for a place, e.g. to open a folded-away form that holds it. */
export function hasDraft(place: DraftPlace): boolean {
  try {
    return decodeDraft(localStorage.getItem(draftKey(place)), Date.now()) !== undefined
  } catch {
    return false
  }
}
