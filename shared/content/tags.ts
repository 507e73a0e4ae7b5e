/**
 * The symbols that relate a question, an offer item, a rating or a gap to the Foster Care Practice Guide,
 * without their schemas (blocks.ts and domain/links.ts hold those): for code that only names them, such
 * as the map board, which then fetches nothing of zod.
 */

export const KEY_PRINCIPLE_IDS = ['KP1', 'KP2', 'KP3', 'KP4', 'KP5', 'KP6', 'KP7', 'KP8'] as const
export const RECOMMENDATION_IDS = ['R1', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7'] as const

/**
 * The symbols the source uses to relate a question to the Guide:
 * - `KP1`…`KP8`: one key principle; `R1`…`R7`: one recommendation;
 * - `ALL`: "applies to all of the key principles and recommendations in the Practice Guide";
 * - `ALL_RECS` (printed `ALL RECS`): all of the recommendations;
 * - `EDIE`: a specific Equality, Diversity, Inclusion and Equity reflective prompt.
 */
export const TAG_IDS = [...KEY_PRINCIPLE_IDS, ...RECOMMENDATION_IDS, 'ALL', 'ALL_RECS', 'EDIE'] as const

/** What offer items, ratings and gaps link to: one Key Principle (KP1…) or Recommendation (R1…). */
export const GUIDE_TAGS = [...KEY_PRINCIPLE_IDS, ...RECOMMENDATION_IDS] as const
export type GuideTag = (typeof GUIDE_TAGS)[number]

/** Links in the Guide's order: KP1…KP8 then R1…R7. */
export function sortGuideTags<T extends string>(tags: readonly T[]): T[] {
  const order = (tag: string) => {
    const index = (GUIDE_TAGS as readonly string[]).indexOf(tag)
    return index === -1 ? GUIDE_TAGS.length : index
  }
  return [...tags].sort((a, b) => order(a) - order(b))
}
