import { z } from 'zod'
import { KEY_PRINCIPLE_IDS, RECOMMENDATION_IDS, TAG_IDS } from './tags'

/**
 * The building blocks of a content pack's schema: the tags that relate a question to the Foster Care
 * Practice Guide, stages, lines, evidence strength, and the rules for its text and ids.
 */

/** How a wrong value reads in a message: `"KP9"`, `nothing`. */
export function describeInput(input: unknown): string {
  if (input === undefined) return 'nothing'
  if (typeof input === 'string') return `'${input}'`
  return JSON.stringify(input) ?? typeof input
}


// The symbols themselves are in tags.ts, which has no zod; these are their schemas.
export { KEY_PRINCIPLE_IDS, RECOMMENDATION_IDS, TAG_IDS } from './tags'

export const keyPrincipleIdSchema = z.enum(KEY_PRINCIPLE_IDS, {
  error: (issue) => `${describeInput(issue.input)} is not a key principle id (expected KP1 to KP8)`,
})
export type KeyPrincipleId = z.infer<typeof keyPrincipleIdSchema>

export const recommendationIdSchema = z.enum(RECOMMENDATION_IDS, {
  error: (issue) => `${describeInput(issue.input)} is not a recommendation id (expected R1 to R7)`,
})
export type RecommendationId = z.infer<typeof recommendationIdSchema>

export const tagIdSchema = z.enum(TAG_IDS, {
  error: (issue) => `unknown tag ${describeInput(issue.input)} (expected one of ${TAG_IDS.join(', ')})`,
})
export type TagId = z.infer<typeof tagIdSchema>

// ---------------------------------------------------------------------------------------------
// Building blocks
// ---------------------------------------------------------------------------------------------

export const STAGES = ['assess', 'plan', 'do', 'review'] as const
export const stageSchema = z.enum(STAGES, {
  error: (issue) => `${describeInput(issue.input)} is not a stage (expected one of ${STAGES.join(', ')})`,
})
export type Stage = z.infer<typeof stageSchema>

/** Which line of enquiry a question belongs to; `null` where the source gives none (e.g. Plan's opening prompts, Review). */
export const lineSchema = z.enum(['strategic', 'practice']).nullable()
export type Line = z.infer<typeof lineSchema>

export const evidenceStrengthSchema = z.enum(['strong', 'good', 'promising'])
export type EvidenceStrength = z.infer<typeof evidenceStrengthSchema>

// ---------------------------------------------------------------------------------------------
// Text and ids
// ---------------------------------------------------------------------------------------------

export function describeSection(title: string | null): string {
  return title === null ? '(untitled)' : `'${title}'`
}

/** Required, non-empty text. A missing field reads "… is missing" rather than a type error. */
export function text(what: string) {
  return z
    .string({ error: (issue) => (issue.input === undefined ? `${what} is missing` : `${what} must be text`) })
    .min(1, { error: `${what} cannot be empty` })
}

/** Plain text only: the markdown markers of the extracted source must not leak into the data. */
export function plainText(what: string) {
  return text(what).refine((value) => !value.includes('**') && value === value.trim(), {
    error: `${what} must be plain, trimmed text (no ** markers or surrounding spaces)`,
  })
}

export const paragraphsSchema = z.array(plainText('a paragraph'), { error: 'paragraphs must be a list of text' })
export const bulletsSchema = z.array(plainText('a bullet'), { error: 'items must be a list of text' })

/** Stable, human-readable ids: lower-case words joined by hyphens, e.g. `assess-local-context-practice-03`. */
export const contentIdSchema = z
  .string({ error: (issue) => (issue.input === undefined ? 'id is missing' : 'id must be text') })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'id must be lower-case words joined by hyphens' })

export const sectionTitleSchema = plainText('section').nullable()

/** Fields every content item carries: where it sits in the tool. */
export const placement = {
  id: contentIdSchema,
  stage: stageSchema,
  /** The heading the item sits under (`null` where the step's content has no section heading). */
  section: sectionTitleSchema,
  line: lineSchema,
}
