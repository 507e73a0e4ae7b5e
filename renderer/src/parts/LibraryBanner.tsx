import type { LibraryStatus } from '../../../shared/api/backups'
import './library-banner.css'

/**
 * What every screen says while the library cannot be written (a full disk, a read-only folder), and
 * anything to know from opening it (a backup that could not be made). In words, with a symbol, never
 * colour alone.
 */
export function LibraryBanner({ status }: { status: LibraryStatus | undefined }) {
  if (!status || (!status.message && status.warnings.length === 0)) return null
  return (
    <div className="library-banner">
      {status.message && (
        <p className="library-banner__read-only" role="alert" data-testid="read-only-banner">
          <span aria-hidden="true">⚠ </span>
          {status.message}
        </p>
      )}
      {status.warnings.map((warning) => (
        <p key={warning} className="library-banner__warning" role="status">
          <span aria-hidden="true">ⓘ </span>
          {warning}
        </p>
      ))}
    </div>
  )
}
