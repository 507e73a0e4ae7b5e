import type { FormHTMLAttributes, ReactNode } from 'react'

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
