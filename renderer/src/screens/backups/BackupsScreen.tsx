import { useState } from 'react'
import type { Backup, LibraryStatus } from '../../../../shared/api/backups'
import { useApi, write } from '../../api/queries'
import { routeHref } from '../../router'
import { ConfirmDialog } from '../../ui/Dialog'
import { ErrorMessage, LiveMessage } from '../../ui/Status'
import { formatBackupTime, formatSize, REASON_WORDS } from './format'
import { RecoveryPanel } from './RecoveryPanel'
import './backups.css'

interface Props {
  status: LibraryStatus
  /** Called after a restore, so the app can re-read the library's state. */
  onRestored: () => Promise<void>
}

/** The "Restore a backup" screen; shown on its own when the library is damaged or missing. */
export function BackupsScreen({ status, onRestored }: Props) {
  const backups = useApi('backups.list', {})
  const [choosing, setChoosing] = useState<Backup>()
  const [message, setMessage] = useState('')
  const [error, setError] = useState<string>()
  const [startingEmpty, setStartingEmpty] = useState(false)
  const damaged = status.state === 'damaged'
  const recovering = damaged || status.state === 'missing'

  async function restore(backup: Backup) {
    setChoosing(undefined)
    setError(undefined)
    try {
      const answer = await write('backups.restore', { file: backup.file })
      setMessage(
        `Restored the backup from ${formatBackupTime(backup.createdAt)}.` +
          (answer.previousKeptAs ? ` The library as it was is kept as ${answer.previousKeptAs}.` : ''),
      )
      await onRestored()
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure))
    }
  }

  async function startEmpty() {
    setStartingEmpty(false)
    setError(undefined)
    try {
      await write('library.startEmpty', {})
      setMessage('Started an empty library. Your backups are still here.')
      await onRestored()
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure))
    }
  }

  return (
    <main id="main" className="page" tabIndex={-1}>
      <div className="page__heading">
        <h1>{recovering ? 'Your library needs a backup restored' : 'Backups'}</h1>
      </div>
      <LiveMessage>{message}</LiveMessage>
      {error && <ErrorMessage>{error}</ErrorMessage>}

      {recovering && (
        <RecoveryPanel
          status={status}
          backups={backups.data}
          onChoose={setChoosing}
          onStartEmpty={() => setStartingEmpty(true)}
        />
      )}

      {!recovering && (
        <p className="panel__intro">
          Common Ground backs up your library each time it opens and before every update. It keeps the newest ten, one a day for two
          weeks and one a month for a year, and always the newest that holds any workshops. Restoring one puts
          the library back as it was then; the library as it is now is backed up first, so you can come back to it.{' '}
          <a href={routeHref({ screen: 'start' })}>Back to workshops</a>
        </p>
      )}

      <section aria-labelledby="backups-heading">
        <h2 id="backups-heading">Backups, newest first</h2>
        {backups.isPending && !backups.error && <p>Loading backups…</p>}
        {backups.error && <ErrorMessage>{backups.error.message}</ErrorMessage>}
        {backups.data?.length === 0 && (
          <p className="empty">No backups yet. The first is made the next time Common Ground opens.</p>
        )}
        {backups.data && backups.data.length > 0 && (
          <table className="backups__table">
            <caption className="backups__sr-only">Backups of your library, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Made</th>
                <th scope="col">Why</th>
                <th scope="col">Workshops</th>
                <th scope="col">Size</th>
                <th scope="col">Check</th>
                <th scope="col">
                  <span className="backups__sr-only">Action</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {backups.data.map((backup) => (
                <tr key={backup.file}>
                  <th scope="row">{formatBackupTime(backup.createdAt)}</th>
                  <td>{REASON_WORDS[backup.reason]}</td>
                  <td>{backup.workshops === null ? '—' : backup.workshops.toLocaleString('en-GB')}</td>
                  <td>{formatSize(backup.sizeBytes)}</td>
                  <td>
                    {backup.intact ? (
                      <span className="backups__check">
                        <span aria-hidden="true">✓ </span>Passes its check
                      </span>
                    ) : (
                      <span className="backups__check backups__check--bad">
                        <span aria-hidden="true">✗ </span>
                        {backup.checksum === 'differs' ? 'Changed since it was made' : 'Damaged'}
                      </span>
                    )}
                  </td>
                  <td>
                    {backup.intact && (
                      <button
                        type="button"
                        className="button"
                        onClick={() => setChoosing(backup)}
                        aria-label={`Restore the backup from ${formatBackupTime(backup.createdAt)}`}
                      >
                        Restore
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <ConfirmDialog
        title="Restore this backup?"
        open={choosing !== undefined}
        confirmLabel="Restore backup"
        onCancel={() => setChoosing(undefined)}
        onConfirm={() => (choosing ? restore(choosing) : undefined)}
      >
        {choosing && (
          <p>
            The library will go back to how it was on {formatBackupTime(choosing.createdAt)}.{' '}
            {damaged
              ? 'The damaged file stays where it is as a copy.'
              : status.state === 'missing'
              ? 'It takes the place of the missing library.'
              : 'Your library as it is now is backed up first, so you can restore it again later.'}
          </p>
        )}
      </ConfirmDialog>

      <ConfirmDialog
        title="Start with an empty library?"
        open={startingEmpty}
        confirmLabel="Start an empty library"
        onCancel={() => setStartingEmpty(false)}
        onConfirm={startEmpty}
      >
        <p>Common Ground starts a new library with no workshops in it. Every backup stays, so you can still restore one later from this screen.</p>
      </ConfirmDialog>
    </main>
  )
}
