import { tagLabel } from '../../../../shared/content/read'
import type { Pack } from '../../../../shared/content/schema'
import type { Gap } from '../../../../shared/domain/gaps'
import { Dialog } from '../../ui/Dialog'

/** "Open the gap" from a card's menu: the whole gap, where the card shows only its title. */
export function GapDetailsDialog({ gap, pack, onClose }: { gap: Gap | undefined; pack: Pack; onClose: () => void }) {
  return (
    <Dialog title={gap?.title ?? 'Gap'} open={gap !== undefined} onClose={onClose}>
      {gap && (
        <>
          {gap.detail ? <p className="gap-details__detail">{gap.detail}</p> : <p className="empty">No detail recorded.</p>}
          <h3>Linked to</h3>
          {gap.links.length > 0 ? (
            <ul>
              {gap.links.map((tag) => (
                <li key={tag}>{tagLabel(pack, tag)}</li>
              ))}
            </ul>
          ) : (
            <p>Nothing yet.</p>
          )}
          {gap.edie && <p>Raised as an equality, diversity, inclusion and equity (EDIE) matter.</p>}
          <p className="field__hint">Edit the gap itself in Assess, under Gaps.</p>
        </>
      )}
    </Dialog>
  )
}
