import { useEffect } from 'react'
import type { LibraryStatus } from '../../../shared/api/backups'
import { useQuery } from '@tanstack/react-query'
import { READ_ONLY_EVENT, request, type RequestError } from '../api/client'
import { callKey, queryClient } from '../api/queries'

/** While the library is read-only, how often the page asks whether it can write again. */
const READ_ONLY_POLL_MS = 5_000

const statusKey = callKey('library.status', {})
const reload = () => queryClient.invalidateQueries({ queryKey: statusKey })

/**
 * Whether the library opened normally, and whether it can be written to; asked again after a restore
 * (its change event), whenever a call is refused as read-only, and every few seconds while it is
 * read-only only (no event says there is space again), so the banner goes once there is. Undefined
 * until the first answer.
 */
export function useLibraryStatus(): [LibraryStatus | undefined, () => Promise<void>] {
  const status = useQuery<LibraryStatus, RequestError>({
    queryKey: statusKey,
    queryFn: () => request('library.status', {}),
    refetchInterval: (query) => (query.state.data?.readOnly ? READ_ONLY_POLL_MS : false),
  })
  useEffect(() => {
    const onReadOnly = () => void reload()
    window.addEventListener(READ_ONLY_EVENT, onReadOnly)
    return () => window.removeEventListener(READ_ONLY_EVENT, onReadOnly)
  }, [])
  return [status.data, reload]
}
