import { useState, type FormHTMLAttributes, type ReactNode } from 'react'

/**
 * A phone's form. The page checks what was typed itself and says what is wrong in its own words (not
 * the browser's bubbles, which a screen reader may not hear), and a submit never reloads the page.
 */
export function PhoneForm({ onSend, children, ...attributes }: Omit<FormHTMLAttributes<HTMLFormElement>, 'onSubmit' | 'noValidate'> & { onSend: () => void; children: ReactNode }) {
  return (
    <form
      {...attributes}
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        onSend()
      }}
    >
      {children}
    </form>
  )
}

/** One of a stepper's two buttons. */
interface Step {
  /** What the button does, for a screen reader: "Put a dot on “Respite breaks”". */
  label: string
  disabled: boolean
  onStep: () => void
}

/** − and + either side of the value they change, each at least 44 px square (phone.css). */
export function Stepper({ less, more, children }: { less: Step; more: Step; children: ReactNode }) {
  return (
    <span className="stepper">
      <button type="button" className="button button--step" aria-label={less.label} disabled={less.disabled} onClick={less.onStep}>
        −
      </button>
      {children}
      <button type="button" className="button button--step" aria-label={more.label} disabled={more.disabled} onClick={more.onStep}>
        +
      </button>
    </span>
  )
}

/**
 * What a ballot says is wrong. Its own check (every point given, at least one dot) is said once a
 * send was tried, and only for as long as it still fails: it goes as soon as the ballot is put
 * right, rather than staying beside a count that now says otherwise. A refusal from the laptop
 * (voting has closed) stays until the next send.
 */
export function useBallotProblem(check: () => string | undefined) {
  const [tried, setTried] = useState(false)
  const [refused, setRefused] = useState<string>()
  const own = tried ? check() : undefined
  return {
    problem: own ?? refused,
    /** At a send: whether the ballot passes its own check; either way, any earlier problem is cleared. */
    ready: (): boolean => {
      const wrong = check() !== undefined
      setTried(wrong)
      setRefused(undefined)
      return !wrong
    },
    /** The laptop's answer to a send: its problem, or undefined when the ballot was taken. */
    answered: setRefused,
  }
}
