import { useEffect, useEffectEvent, type RefObject } from 'react'

/**
 * Page Down and Page Up move the shared screen's page (as a presentation remote sends them). With
 * `within`, only while focus is inside that element, so the keys keep their usual meaning elsewhere.
 */
export function usePageKeys(page: number, pages: number, go: (page: number) => void, within?: RefObject<HTMLElement | null>): void {
  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey || pages < 2) return
    const target = event.target as HTMLElement | null
    if (within && !(target && within.current?.contains(target))) return
    if (target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))) return
    const next = event.key === 'PageDown' ? page + 1 : event.key === 'PageUp' ? page - 1 : null
    if (next === null) return
    event.preventDefault()
    if (next >= 0 && next < pages) go(next)
  })
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKey(event)
    window.addEventListener('keydown', listener)
    return () => window.removeEventListener('keydown', listener)
  }, [])
}
