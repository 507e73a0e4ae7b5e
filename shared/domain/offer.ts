import { z } from 'zod'
import { GUIDE_TAGS, guideLinksSchema, type GuideTag } from './links'
import { LIMITS, idSchema, optionalText, requiredText } from './text'

export const OFFER_KINDS = ['evidence_based', 'local'] as const
export const offerKindSchema = z.enum(OFFER_KINDS, {
  error: 'Kind must be an evidence-based intervention named in the Practice Guide, or locally developed.',
})
export type OfferKind = z.infer<typeof offerKindSchema>
export const OFFER_KIND_LABELS: Record<OfferKind, string> = {
  evidence_based: 'Evidence-based intervention named in the Practice Guide',
  local: 'Locally developed',
}

/** One thing the service offers foster carers today. */
export const offerDetailsSchema = z.object({
  name: requiredText('Name', LIMITS.title),
  kind: offerKindSchema,
  deliveredBy: optionalText('Who delivers it', LIMITS.shortText),
  takeUp: optionalText('How carers take it up', LIMITS.shortText * 4),
  notes: optionalText('Notes', LIMITS.longText, 'lines'),
  links: guideLinksSchema,
})
export type OfferDetails = z.infer<typeof offerDetailsSchema>

export const offerItemSchema = offerDetailsSchema.extend({
  id: idSchema,
  workshopId: idSchema,
  links: z.array(z.enum(GUIDE_TAGS)),
  createdAt: z.string(),
  updatedAt: z.string(),
})
export type OfferItem = z.infer<typeof offerItemSchema>

export interface Coverage {
  tag: GuideTag
  /** Names of the offer items mapped to this Key Principle or Recommendation. */
  items: string[]
}

/**
 * The offer against every Key Principle and Recommendation the pack defines, in the Guide's
 * order. An entry with no items is uncovered: likely a gap.
 */
export function coverage(tags: readonly GuideTag[], offer: readonly Pick<OfferItem, 'name' | 'links'>[]): Coverage[] {
  return tags.map((tag) => ({ tag, items: offer.filter((item) => item.links.includes(tag)).map((item) => item.name) }))
}

export function uncovered(rows: readonly Coverage[]): GuideTag[] {
  return rows.filter((row) => row.items.length === 0).map((row) => row.tag)
}
