import { findRecommendation, tagLabel } from '../../../../shared/content/read'
import type { Pack } from '../../../../shared/content/schema'
import type { GuideTag } from '../../../../shared/domain/links'
import { EvidenceStrength } from '../../parts/EvidenceStrength'

/** A priority's Key Principles and Recommendations in words, each Recommendation with its evidence strength. */
export function PriorityLinks({ pack, links }: { pack: Pack; links: readonly GuideTag[] }) {
  if (links.length === 0) return <p className="empty">Not linked to a Key Principle or Recommendation.</p>
  return (
    <ul className="priority-links" aria-label="Key Principles and Recommendations">
      {links.map((tag) => {
        const recommendation = findRecommendation(pack, tag)
        return (
          <li key={tag}>
            <span className={`tag-chip tag-chip--${tag.startsWith('KP') ? 'kp' : 'rec'}`}>{tag}</span> {tagLabel(pack, tag).replace(/^[^:]*: /, '')}
            {recommendation && <> <EvidenceStrength strength={recommendation.evidenceStrength} /></>}
          </li>
        )
      })}
    </ul>
  )
}
