import type { GuideTag } from '../domain/links'
import { coverage, OFFER_KIND_LABELS, uncovered, type OfferItem } from '../domain/offer'
import { listInWords, plural } from '../domain/voting/words'
import type { ReportOffer, TagRef } from './model'

/** The support offer recorded in Assess, and the Key Principles and Recommendations it leaves uncovered. */
export function offerSection(offer: readonly OfferItem[], guideTags: readonly GuideTag[], tagRef: (tag: GuideTag) => TagRef): ReportOffer {
  const missing = uncovered(coverage(guideTags, offer)).map(tagRef)
  if (offer.length === 0) {
    return {
      intro: 'No support offer was recorded in this workshop, so nothing is mapped to the Key Principles and Recommendations yet.',
      items: [],
      coverage: '',
      uncovered: missing,
    }
  }
  const evidenceBased = offer.filter((item) => item.kind === 'evidence_based').length
  const kinds = [
    evidenceBased > 0 && `${plural(evidenceBased, 'evidence-based intervention')} named in the Practice Guide`,
    offer.length - evidenceBased > 0 && `${plural(offer.length - evidenceBased, 'locally developed item')}`,
  ].filter((part): part is string => Boolean(part))
  return {
    intro: `The service’s support offer for foster carers as the room recorded it: ${plural(offer.length, 'item')}, ${listInWords(kinds)}.`,
    items: offer.map((item) => ({
      name: item.name,
      kind: OFFER_KIND_LABELS[item.kind],
      deliveredBy: item.deliveredBy,
      takeUp: item.takeUp,
      notes: item.notes,
      links: item.links.map(tagRef),
    })),
    coverage:
      missing.length === 0
        ? 'Every Key Principle and Recommendation has something in the offer mapped to it.'
        : `${plural(missing.length, 'Key Principle or Recommendation has', 'Key Principles and Recommendations have')} nothing in the offer mapped to ${missing.length === 1 ? 'it' : 'them'}: likely gaps.`,
    uncovered: missing,
  }
}
