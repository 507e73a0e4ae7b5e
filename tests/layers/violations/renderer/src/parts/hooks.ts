// The rules of hooks, and effects that name everything they use.
import { useEffect, useState } from 'react'

export function useCount(enabled: boolean, step: number) {
  if (!enabled) return 0
  const [count, setCount] = useState(0) // ✗ react-hooks/rules-of-hooks
  useEffect(() => { // ✗ react-hooks/rules-of-hooks
    setCount((value) => value + step)
  }, []) // ✗ react-hooks/exhaustive-deps
  return count
}
