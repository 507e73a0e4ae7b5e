import { useCallback, useEffect, useState } from 'react'
import type { LibraryStatus } from '../../../../shared/api/backups'
import { request } from '../../api/client'

/** Whether the library opened normally; re-read after a restore. Undefined until the first answer. */
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
  }, [reload])
  return [status, reload]
}
