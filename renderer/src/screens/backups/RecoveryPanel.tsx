import type { Backup, LibraryStatus } from '../../../../shared/api/backups'
import { formatBackupTime, workshopsPhrase } from './format'

interface Props {
  status: LibraryStatus
  /** Undefined while the list is loading. */
  backups: Backup[] | undefined
  onChoose: (backup: Backup) => void
  onStartEmpty: () => void
}

/** Which backup to offer first: the newest good one that holds workshops, else the newest good one. */
export function offeredBackup(backups: Backup[]): Backup | undefined {
  return backups.find((backup) => backup.intact && (backup.workshops ?? 0) > 0) ?? backups.find((backup) => backup.intact)
}

/** Why the library cannot be used as it is, and the way back: shown on its own while damaged or missing. */
export function RecoveryPanel({ status, backups, onChoose, onStartEmpty }: Props) {
  const offered = backups && offeredBackup(backups)
  return (
    <section className="panel backups__recovery" aria-labelledby="recovery-heading">
      {status.state === 'damaged' ? (
        <>
          <h2 id="recovery-heading">
            <span aria-hidden="true">⚠ </span>The library file is damaged
          </h2>
          <p>
            Common Ground checks its library every time it opens, and this time the check failed. It has not changed the damaged file
            {status.damagedCopy && (
              <>
                , and has kept a copy of it as <span className="backups__file">{status.damagedCopy}</span> in{' '}
                <span className="backups__file">{status.folder}</span>
              </>
            )}
            .
          </p>
        </>
      ) : (
        <>
          <h2 id="recovery-heading">
            <span aria-hidden="true">⚠ </span>The library file is missing or empty
          </h2>
          <p>
            There is no library in <span className="backups__file">{status.folder}</span>, or the file there is empty, but this folder
            shows it has held workshops before. So Common Ground has not started a new, empty library in its place.
          </p>
        </>
      )}
      <p>Restore a backup to carry on. Anything recorded after that backup was made is not in it.</p>
      {offered && (
        <button type="button" className="button button--primary" onClick={() => onChoose(offered)}>
          Restore the newest good backup ({formatBackupTime(offered.createdAt)}, {workshopsPhrase(offered.workshops)})
        </button>
      )}
      {backups && !offered && (
        <p>
          <strong>There is no good backup to restore.</strong>{' '}
          {status.state === 'damaged'
            ? 'Keep the damaged copy: someone with SQLite tools may be able to rescue part of it.'
            : 'If the library was moved, put it back and open Common Ground again.'}
        </p>
      )}
      {status.state === 'missing' && (
        <div className="backups__afresh">
          <p>Meant to start afresh? The backups stay, and any of them can still be restored later.</p>
          <button type="button" className="button" onClick={onStartEmpty}>
            Start with an empty library
          </button>
        </div>
      )}
    </section>
  )
}
