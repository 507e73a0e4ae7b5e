export function presenterHref(workshopId: string): string {
  return `#/workshops/${workshopId}/present`
}

/**
 * Opens (or brings back) the presenter window. In browser mode this is a new tab that shares the
 * session (so it has the local server's token); in Electron the main process allows exactly this
 * address and opens it as a full-screen-capable window on the projector. Either way it follows the
 * facilitator through the change stream (shared/api/changes.ts), not through this window.
 */
export function openPresenterWindow(workshopId: string): void {
  const opened = window.open(presenterHref(workshopId), `common-ground-presenter-${workshopId}`)
  opened?.focus()
}
