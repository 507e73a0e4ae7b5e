import { useEffect, useId, useRef, useState } from 'react'

/**
 * A warning the facilitator confirms before a form goes ahead (a date in the past, say): `check`
 * lets a value through when there is nothing to ask or it was confirmed, and otherwise asks.
 * Changing the value asks again.
 */
export function useConfirmation() {
  const [asked, setAsked] = useState<{ value: string; message: string }>()
  const confirmed = useRef<string>(undefined)
  return {
    asked,
    /** True to go ahead; false when `message` is now being asked about. */
    check: (value: string, message: string | null): boolean => {
      if (message === null || confirmed.current === value) {
        setAsked(undefined)
        return true
      }
      setAsked({ value, message })
      return false
    },
    /** The facilitator keeps the value: the next check of it goes through. */
    confirm: () => {
      confirmed.current = asked?.value
    },
    clear: () => {
      confirmed.current = undefined
      setAsked(undefined)
    },
  }
}

interface ConfirmWarningProps {
  message: string
  /** The submit button that keeps the value, e.g. "Keep 1 January 1990". */
  confirmLabel: string
  onConfirm: () => void
}

/** The question beside its field; focus goes to the button that keeps the value, which reads the warning out. */
export function ConfirmWarning({ message, confirmLabel, onConfirm }: ConfirmWarningProps) {
  const id = useId()
  const button = useRef<HTMLButtonElement>(null)
  useEffect(() => button.current?.focus(), [message])
  return (
    <div className="confirm-warning">
      <p id={id}>
        <span aria-hidden="true">⚠ </span>
        {message}
      </p>
      <button type="submit" ref={button} className="button" aria-describedby={id} onClick={onConfirm}>
        {confirmLabel}
      </button>
    </div>
  )
}
