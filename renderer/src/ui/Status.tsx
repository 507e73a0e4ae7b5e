import { useEffect, useEffectEvent, useRef, type ReactNode, type RefObject } from 'react'

/**
 * Calls `onMoveOn` once the facilitator works somewhere else (a click or focus outside the
 * nearest section, article, form or list item around `ref`, or a `data-status-scope`), so a
 * message about one thing does not linger while the room moves on.
 */
export function useMoveOn(ref: RefObject<HTMLElement | null>, active: boolean, onMoveOn: (() => void) | undefined): void {
  const moveOn = useEffectEvent(() => onMoveOn?.())
  const listening = active && onMoveOn !== undefined
  useEffect(() => {
    if (!listening) return
    const scope = ref.current?.closest('[data-status-scope], section, article, form, li') ?? ref.current?.parentElement
    const away = (event: Event) => {
      if (scope && event.target instanceof Node && !scope.contains(event.target) && !(event.target instanceof Element && event.target.closest('dialog'))) moveOn()
    }
    // A click counts once it is over: clearing on the press would move the page under the pointer and lose the click.
    let pressing = false
    const press = () => (pressing = true)
    const release = () => (pressing = false)
    const focused = (event: Event) => pressing || away(event)
    document.addEventListener('pointerdown', press, true)
    document.addEventListener('pointerup', release, true)
    document.addEventListener('click', away)
    document.addEventListener('focusin', focused)
    return () => {
      document.removeEventListener('pointerdown', press, true)
      document.removeEventListener('pointerup', release, true)
      document.removeEventListener('click', away)
      document.removeEventListener('focusin', focused)
    }
  }, [ref, listening])
}

/**
 * A polite live region: screen readers hear what changed ("Group added") without focus moving.
 * Put it beside what it is about; with `onMoveOn` it clears once the facilitator works elsewhere.
 */
export function LiveMessage({ children, onMoveOn }: { children: ReactNode; onMoveOn?: () => void }) {
  const ref = useRef<HTMLParagraphElement>(null)
  useMoveOn(ref, children !== '' && children !== null && children !== undefined && children !== false, onMoveOn)
  return (
    <p ref={ref} className="live-message" role="status" aria-live="polite" data-testid="live-message">
      {children}
    </p>
  )
}

export function ErrorMessage({ children }: { children: ReactNode }) {
  return (
    <p className="error-banner" role="alert">
      <span aria-hidden="true">⚠ </span>
      {children}
    </p>
  )
}
