/**
 * Unsaved workshop details kept in localStorage, so typing survives a reload or a crash of the page.
 * Keyed by workshop id ("new" for the new-workshop form); cleared when the details are saved.
 */
const PREFIX = 'common-ground:workshop-draft:'

const key = (workshopId: string | undefined) => `${PREFIX}${workshopId ?? 'new'}`

export function readDraft<T extends object>(workshopId: string | undefined, fields: readonly (keyof T)[]): T | undefined {
  try {
    const text = localStorage.getItem(key(workshopId))
    if (!text) return undefined
    const value = JSON.parse(text) as unknown
    if (typeof value !== 'object' || value === null) return undefined
    const record = value as Record<string, unknown>
    // Only a draft with every field as text is offered back; anything else is stale or tampered with.
    if (!fields.every((field) => typeof record[field as string] === 'string')) return undefined
    return Object.fromEntries(fields.map((field) => [field, record[field as string]])) as T
  } catch {
    return undefined
  }
}

export function writeDraft(workshopId: string | undefined, draft: object | undefined): void {
  try {
    if (draft) localStorage.setItem(key(workshopId), JSON.stringify(draft))
    else localStorage.removeItem(key(workshopId))
  } catch {
    // Storage full or disabled: the form still works, only the safety net is missing.
  }
}
