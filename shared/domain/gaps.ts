import { z } from 'zod'
import { isKeyPrincipleTag, isRecommendationTag } from '../content/load'
import type { TagId } from '../content/blocks'
import { GUIDE_TAGS, guideLinksSchema, questionIdSchema, sortGuideTags, type GuideTag } from './links'
import { LIMITS, idSchema, optionalText, requiredText } from './text'

/** What a facilitator records about a gap the room names. */
export const gapDetailsSchema = z.object({
  title: requiredText('Title', LIMITS.title),
  detail: optionalText('Detail', LIMITS.longText, 'lines'),
  links: guideLinksSchema,
  /** The groups that raised it. */
  groupIds: z
    .array(idSchema, { error: 'Groups must be a list.' })
    .max(100, { error: 'A gap can be raised by at most 100 groups.' })
    .refine((ids) => new Set(ids).size === ids.length, { error: 'Each group can be named only once.' }),
  sourceQuestionId: questionIdSchema.nullable(),
  /** Raised through an Equality, Diversity, Inclusion and Equity (EDIE) lens. */
  edie: z.boolean({ error: 'EDIE must be yes or no.' }),
})
export type GapDetails = z.infer<typeof gapDetailsSchema>

export const gapSchema = gapDetailsSchema.extend({
  id: idSchema,
  workshopId: idSchema,
  links: z.array(z.enum(GUIDE_TAGS)),
  /** The gaps this one was merged from (undo restores them). */
  mergedFrom: z.array(idSchema),
  createdAt: z.string(),
  updatedAt: z.string(),
})
export type Gap = z.infer<typeof gapSchema>

/**
 * A gap started from a question: its Key Principle and Recommendation tags become links and an
 * EDIE tag sets the EDIE flag. The blanket symbols (ALL, ALL RECS) are not expanded into every
 * link: a gap linked to everything would count everywhere and tell the room nothing.
 */
export function gapFromQuestion(question: { id: string; tags: readonly TagId[] }): Pick<GapDetails, 'links' | 'sourceQuestionId' | 'edie'> {
  const links = question.tags.filter((tag): tag is GuideTag => isKeyPrincipleTag(tag) || isRecommendationTag(tag))
  return { links: sortGuideTags(links), sourceQuestionId: question.id, edie: question.tags.includes('EDIE') }
}

/**
 * Two gaps raised in other words become one: the title chosen, both details kept, every link and
 * every group of either. The source question is the first gap's, or the second's if it had none.
 */
export function mergeGapDetails(first: GapDetails, second: GapDetails, title: string): GapDetails {
  const detail = [first.detail, second.detail].filter((text) => text.trim() !== '')
  return {
    title,
    detail: detail.length === 2 && detail[0] === detail[1] ? detail[0]! : detail.join('\n\n'),
    links: sortGuideTags([...new Set([...first.links, ...second.links])]),
    groupIds: [...new Set([...first.groupIds, ...second.groupIds])],
    sourceQuestionId: first.sourceQuestionId ?? second.sourceQuestionId,
    edie: first.edie || second.edie,
  }
}

export interface GapFilter {
  tag?: GuideTag | undefined
  groupId?: string | undefined
  edie?: boolean | undefined
}

export function filterGaps<G extends Pick<Gap, 'links' | 'groupIds' | 'edie'>>(gaps: readonly G[], filter: GapFilter): G[] {
  return gaps.filter(
    (gap) =>
      (filter.tag === undefined || gap.links.includes(filter.tag)) &&
      (filter.groupId === undefined || gap.groupIds.includes(filter.groupId)) &&
      (filter.edie === undefined || gap.edie === filter.edie),
  )
}

/** How many gaps link to each Key Principle and Recommendation, in the order given. */
export function countGapsByTag(gaps: readonly Pick<Gap, 'links'>[], tags: readonly GuideTag[]): Array<{ tag: GuideTag; count: number }> {
  return tags.map((tag) => ({ tag, count: gaps.filter((gap) => gap.links.includes(tag)).length }))
}
