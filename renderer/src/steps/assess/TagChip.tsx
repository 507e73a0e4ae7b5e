import { useId } from 'react'
import { isKeyPrincipleTag, isRecommendationTag, tagDisplay, tagLabel } from '../../../../shared/content/read'
import type { Pack } from '../../../../shared/content/schema'
import type { TagId } from '../../../../shared/content/blocks'

/**
 * A tag as printed in the tool (KP3, R2, ALL RECS, EDIE). Its full name (e.g. "Key Principle 3:
 * Facilitated peer support") shows on hover and on keyboard focus, and is read out with the chip.
 */
export function TagChip({ pack, tag, focusable = false }: { pack: Pack; tag: TagId; focusable?: boolean }) {
  const tipId = useId()
  const kind = isKeyPrincipleTag(tag) ? 'kp' : isRecommendationTag(tag) ? 'rec' : tag === 'EDIE' ? 'edie' : 'all'
  return (
    // Focusable where the room reads them (the question view); in long lists they would only add Tab stops.
    <span className={`tag tag--${kind}`} tabIndex={focusable ? 0 : undefined} aria-describedby={tipId}>
      {tagDisplay(tag)}
      <span className="tag__tip" role="tooltip" id={tipId}>
        {tagLabel(pack, tag)}
      </span>
    </span>
  )
}

export function TagChips({ pack, tags, label, focusable = false }: { pack: Pack; tags: readonly TagId[]; label: string; focusable?: boolean }) {
  if (tags.length === 0) return null
  return (
    <ul className="tags" aria-label={label}>
      {tags.map((tag) => (
        <li key={tag}>
          <TagChip pack={pack} tag={tag} focusable={focusable} />
        </li>
      ))}
    </ul>
  )
}

/** 'KP3' → 'KP3 Facilitated peer support', for lists where the short name always shows. */
export function guideName(pack: Pack, tag: TagId): string {
  const full = tagLabel(pack, tag)
  const colon = full.indexOf(': ')
  return colon === -1 ? tagDisplay(tag) : `${tagDisplay(tag)} ${full.slice(colon + 2)}`
}
