import type { ReactNode } from 'react'
import type { Draft } from './useDraft'
import './draft.css'

interface Props<T> {
  draft: Pick<Draft<T>, 'restored' | 'offered' | 'restore' | 'discard'>
  /** In offer mode: what the kept text is, e.g. the title typed. */
  children?: ReactNode
}

/** Tells the facilitator that typing from before a reload or crash is back (or on offer), with a way to drop it. */
export function DraftNotice<T>({ draft, children }: Props<T>) {
  if (!draft.restored && draft.offered === undefined) return null
  return (
    <div className="draft-offer" role="region" aria-label="Unsaved changes">
      {draft.offered !== undefined ? (
        children ?? (
          <p>
            <strong>There are changes here from before that were not saved.</strong> Restore them?
          </p>
        )
      ) : (
        <p>
          <strong>Unsaved changes from before were restored.</strong>
        </p>
      )}
      <div className="actions">
        {draft.offered !== undefined && (
          <button type="button" className="button button--primary" onClick={draft.restore}>
            Restore unsaved changes
          </button>
        )}
        <button type="button" className="button" onClick={draft.discard}>
          Discard them
        </button>
      </div>
    </div>
  )
}
