import { useId, type ReactNode } from 'react'

interface FieldProps {
  label: string
  /** Shown under the label: what to type, e.g. "For example 23 November 2026". */
  hint?: string
  error?: string | undefined
  /** Under the input: a question about what was typed that the facilitator answers (ConfirmWarning). */
  warning?: ReactNode
  children: (props: { id: string; 'aria-describedby': string | undefined; 'aria-invalid': boolean }) => ReactNode
}

/** A labelled form field with its hint and its error message beside it, linked for screen readers. */
export function Field({ label, hint, error, warning, children }: FieldProps) {
  const id = useId()
  const hintId = hint ? `${id}-hint` : undefined
  const errorId = error ? `${id}-error` : undefined
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field__error" id={errorId}>
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      )}
      {children({ id, 'aria-describedby': describedBy, 'aria-invalid': Boolean(error) })}
      {warning}
    </div>
  )
}
