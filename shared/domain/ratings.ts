import { z } from 'zod'
import { GUIDE_TAGS, guideTagSchema } from './links'
import { LIMITS, idSchema, optionalText } from './text'

export const RAG = ['red', 'amber', 'green'] as const
export const ragSchema = z.enum(RAG, { error: 'Rating must be red, amber or green.' })
export type Rag = z.infer<typeof ragSchema>

/** Words shown beside the colour, so a rating survives a washed-out projector or black-and-white print. */
export const RAG_LABELS: Record<Rag, string> = { red: 'Red', amber: 'Amber', green: 'Green' }
export const RAG_MEANINGS: Record<Rag, string> = {
  red: 'Not in place',
  amber: 'Partly in place',
  green: 'In place and working',
}

export const ratingInputSchema = z.object({
  workshopId: idSchema,
  tag: guideTagSchema,
  /** Leave out (or null) for the room's agreed rating; a group's id for that group's own. */
  groupId: idSchema.nullable().optional(),
  rating: ragSchema.nullable(),
  comment: optionalText('Comment', LIMITS.longText, 'lines'),
})

export const ratingSchema = z.object({
  tag: z.enum(GUIDE_TAGS),
  groupId: idSchema.nullable(),
  rating: ragSchema.nullable(),
  comment: z.string(),
  updatedAt: z.string(),
})
export type Rating = z.infer<typeof ratingSchema>

/**
 * True when the groups that rated a Key Principle or Recommendation did not all give the same
 * rating, or gave one different from the room's: worth talking about.
 */
export function ratingsDiffer(room: Rag | null, groupRatings: readonly (Rag | null)[]): boolean {
  const given = new Set(groupRatings.filter((rating): rating is Rag => rating !== null))
  if (given.size > 1) return true
  return given.size === 1 && room !== null && !given.has(room)
}
