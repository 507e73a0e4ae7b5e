import { useCallback, useEffect, useState } from 'react'
import type { LibraryStatus } from '../../../shared/api/backups'
import { READ_ONLY_EVENT, request } from '../api/client'

/** While the library is read-only, how often the page asks whether it can write again. */
const READ_ONLY_POLL_MS = 5_000

/**
 * Whether the library opened normally, and whether it can be written to; re-read after a restore,
 * whenever a call is refused as read-only, and every few seconds while it is read-only (so the
 * banner goes once there is space again). Undefined until the first answer.
 */
export function useLibraryStatus(): [LibraryStatus | undefined, () => Promise<void>] {
  const [status, setStatus] = useState<LibraryStatus>()
  const reload = useCallback(async () => {
    try {
      setStatus(await request('library.status', {}))
    } catch {
      // The screens show their own errors when the app cannot be reached.
    }
  }, [])
  useEffect(() => {
    void reload()
    const onReadOnly = () => void reload()
    window.addEventListener(READ_ONLY_EVENT, onReadOnly)
    return () => window.removeEventListener(READ_ONLY_EVENT, onReadOnly)
  }, [reload])
  const readOnly = status?.readOnly ?? null
  useEffect(() => {
    if (!readOnly) return
    const timer = window.setInterval(() => void reload(), READ_ONLY_POLL_MS)
    return () => window.clearInterval(timer)
  }, [readOnly, reload])
  return [status, reload]
}
