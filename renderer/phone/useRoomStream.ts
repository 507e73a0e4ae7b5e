import { useEffect, useRef } from 'react'
import { PHONE_CHANGES } from '../../shared/api/phoneCalls'

/**
 * Listens to the room: `onChange` when anything the phone shows changed (it then asks for its
 * state), `onClosed` when the facilitator closes the room. EventSource reconnects by itself after a
 * Wi-Fi blip or a screen lock; the phone asks again on reconnecting and when it is shown again.
 * A stream that drops or cannot connect asks too, so a phone that missed a change (or the close)
 * says it cannot reach the laptop rather than going on showing a ballot nobody is collecting.
 */
export function useRoomStream(active: boolean, onChange: () => void, onClosed: () => void): void {
  const handlers = useRef({ onChange, onClosed })
  useEffect(() => {
    handlers.current = { onChange, onClosed }
  })
  useEffect(() => {
    if (!active) return
    const source = new EventSource(PHONE_CHANGES)
    let timer: number | undefined
    // Several changes at once (a reveal) are one question for the state.
    const changed = () => {
      window.clearTimeout(timer)
      timer = window.setTimeout(() => handlers.current.onChange(), 60)
    }
    source.addEventListener('change', changed)
    source.addEventListener('open', changed)
    source.addEventListener('closed', () => {
      source.close()
      handlers.current.onClosed()
    })
    // A stream refused for good (the phone's session ended) or lost (the laptop gone): the state says why.
    source.addEventListener('error', changed)
    const visible = () => {
      if (document.visibilityState === 'visible') changed()
    }
    document.addEventListener('visibilitychange', visible)
    return () => {
      window.clearTimeout(timer)
      document.removeEventListener('visibilitychange', visible)
      source.close()
    }
  }, [active])
}
