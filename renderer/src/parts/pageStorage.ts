import { storageKeysOfGoneWorkshops } from '../../../shared/domain/drafts'

function removeKeys(pick: (keys: string[]) => string[]): void {
  try {
    const keys = Array.from({ length: localStorage.length }, (_, index) => localStorage.key(index)).filter((key): key is string => key !== null)
    for (const key of pick(keys)) localStorage.removeItem(key)
  } catch {
    // Storage unavailable: nothing is kept in it either.
  }
}

/** Deleted means deleted here too: drafts and settings this browser kept for the workshop go with it. */
export function forgetWorkshopInPage(workshopId: string): void {
  removeKeys((keys) => storageKeysOfGoneWorkshops(keys, { workshopId }))
}

/** Drafts of workshops deleted elsewhere (another window, a restore): removed once the library's list is known. */
export function forgetGoneWorkshopsInPage(liveIds: readonly string[]): void {
  removeKeys((keys) => storageKeysOfGoneWorkshops(keys, { liveIds: new Set(liveIds) }))
}
