import { useEffect, useState } from 'react'

/**
 * Live sync between the facilitator's window and the presenter window. Same-origin windows hear
 * each other at once through a BroadcastChannel; polling the server every two seconds is the
 * source of truth, so a presenter tab opened late or reloaded catches up by itself.
 */
const CHANNEL = 'common-ground-presenter'
export const POLL_MS = 2000

interface ChangeMessage {
  workshopId: string
}

/** Tells every window of this workshop that something on the shared screen changed. */
export function announcePresenterChange(workshopId: string): void {
  if (typeof BroadcastChannel === 'undefined') return
  const channel = new BroadcastChannel(CHANNEL)
  channel.postMessage({ workshopId } satisfies ChangeMessage)
  channel.close()
}

/** A number that goes up on every poll and every announced change: effects that depend on it refetch. */
export function usePulse(workshopId: string, pollMs = POLL_MS): number {
  const [pulse, setPulse] = useState(0)
  useEffect(() => {
    const bump = () => setPulse((value) => value + 1)
    const timer = window.setInterval(bump, pollMs)
    const channel = typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel(CHANNEL)
    if (channel) {
      channel.onmessage = (event: MessageEvent<ChangeMessage>) => {
        if (event.data?.workshopId === workshopId) bump()
      }
    }
    return () => {
      window.clearInterval(timer)
      channel?.close()
    }
  }, [workshopId, pollMs])
  return pulse
}

export function presenterHref(workshopId: string): string {
  return `#/workshops/${workshopId}/present`
}

/**
 * Opens (or brings back) the presenter window. In browser mode this is a new tab that shares the
 * session (so it has the local server's token); in Electron the main process allows exactly this
 * address and opens it as a full-screen-capable window on the projector.
 */
export function openPresenterWindow(workshopId: string): void {
  const opened = window.open(presenterHref(workshopId), `common-ground-presenter-${workshopId}`)
  opened?.focus()
}
