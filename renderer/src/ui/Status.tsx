import type { ReactNode } from 'react'

/** A polite live region: screen readers hear what changed ("Group added") without focus moving. */
export function LiveMessage({ children }: { children: ReactNode }) {
  return (
    <p className="live-message" role="status" aria-live="polite" data-testid="live-message">
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
