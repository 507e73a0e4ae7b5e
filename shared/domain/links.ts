import { z } from 'zod'
import { GUIDE_TAGS } from '../content/tags'

// What offer items, ratings and gaps link to, and their order, are in content/tags.ts (no zod); here, their schemas.
export { GUIDE_TAGS, sortGuideTags } from '../content/tags'

export const guideTagSchema = z.enum(GUIDE_TAGS, {
  error: (issue) =>
    `${typeof issue.input === 'string' ? `“${issue.input.slice(0, 20)}”` : 'That'} is not a Key Principle or Recommendation: link to KP1 to KP8 or R1 to R7.`,
})
export type GuideTag = z.infer<typeof guideTagSchema>

export const guideLinksSchema = z
  .array(guideTagSchema, { error: 'Links must be a list of Key Principles and Recommendations.' })
  .max(GUIDE_TAGS.length, { error: `There are only ${GUIDE_TAGS.length} Key Principles and Recommendations to link to.` })
  .refine((tags) => new Set(tags).size === tags.length, { error: 'Each Key Principle or Recommendation can be linked only once.' })

/**
 * Content-pack question ids as a client may send them. Whether the question exists is checked
 * against the workshop's own pack edition by the service.
 */
export const questionIdSchema = z
  .string({ error: 'Question must be given by its id.' })
  .min(1, { error: 'Choose a question.' })
  .max(200, { error: 'That is not a question of this Reflective Tool.' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'That is not a question of this Reflective Tool.' })
