import { useEffect, useRef, type ReactNode } from 'react'

/** A screen's heading, which takes focus when the screen appears so a screen reader starts there. */
export function Heading({ children, focus = true }: { children: ReactNode; focus?: boolean }) {
  const ref = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    if (focus) ref.current?.focus()
  }, [focus])
  return (
    <h1 ref={ref} tabIndex={-1}>
      {children}
    </h1>
  )
}

/** A problem with what was typed or chosen, announced at once. */
export function Problem({ children, id }: { children: ReactNode; id?: string }) {
  return (
    <p className="problem" role="alert" id={id}>
      <span aria-hidden="true">⚠ </span>
      {children}
    </p>
  )
}
