import { useState } from 'react'
import { write } from '../../api/queries'
import { navigate } from '../../router'
import { ErrorMessage } from '../../ui/Status'

/** Makes a fresh copy of the sample workshop and opens it, so a new user can try every step. */
export function SampleButton() {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string>()
  return (
    <>
      <button
        type="button"
        className="button"
        disabled={busy}
        onClick={() => {
          setBusy(true)
          setError(undefined)
          write('sample.create', {})
            .then(({ workshopId }) => navigate({ screen: 'workshop', workshopId, step: 'setup' }))
            .catch((failure: unknown) => setError(failure instanceof Error ? failure.message : String(failure)))
            .finally(() => setBusy(false))
        }}
      >
        {busy ? 'Making the sample…' : 'Try the sample workshop'}
      </button>
      {error && <ErrorMessage>{error}</ErrorMessage>}
    </>
  )
}
