import { useCallback, useEffect, useState } from 'react'
import type { BoardAxis } from '../../../shared/domain/board'
import { boardAxisKey } from '../../../shared/domain/drafts'

const key = boardAxisKey

function read(workshopId: string): BoardAxis {
  try {
    return localStorage.getItem(key(workshopId)) === 'r' ? 'r' : 'kp'
  } catch {
    return 'kp'
  }
}

/**
 * Which columns the map board shows. Kept in localStorage so the presenter window (same origin,
 * same session, in Electron and in browser mode) shows the columns the facilitator chose.
 */
export function useBoardAxis(workshopId: string): [BoardAxis, (axis: BoardAxis) => void] {
  const [axis, setAxis] = useState<BoardAxis>(() => read(workshopId))
  useEffect(() => {
    setAxis(read(workshopId))
    const onStorage = (event: StorageEvent) => {
      if (event.key === key(workshopId)) setAxis(read(workshopId))
    }
    window.addEventListener('storage', onStorage)
    return () => window.removeEventListener('storage', onStorage)
  }, [workshopId])
  const choose = useCallback(
    (next: BoardAxis) => {
      setAxis(next)
      try {
        localStorage.setItem(key(workshopId), next)
      } catch {
        // Private windows may refuse storage; the choice then lasts for this window only.
      }
    },
    [workshopId],
  )
  return [axis, choose]
}
