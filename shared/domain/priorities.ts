import { z } from 'zod'
import { LIMITS, idSchema, optionalText } from './text'

/** The Reflective Tool's tip: agree two or three priorities per cycle. Workshops may change the limit. */
export const DEFAULT_MAX_PRIORITIES = 3
export const MAX_PRIORITIES_LIMIT = 10

export const maxPrioritiesSchema = z
  .number({ error: 'The most priorities must be a number.' })
  .int({ error: 'The most priorities must be a whole number.' })
  .min(1, { error: 'A workshop agrees at least 1 priority.' })
  .max(MAX_PRIORITIES_LIMIT, { error: `A workshop can agree at most ${MAX_PRIORITIES_LIMIT} priorities.` })

export const priorityInputSchema = z.object({
  gapId: idSchema,
  rationale: optionalText('Rationale', LIMITS.longText, 'lines'),
})

export const prioritySchema = priorityInputSchema.extend({
  /** 1 = first priority. */
  position: z.number().int().min(1),
  title: z.string(),
  updatedAt: z.string(),
})
export type Priority = z.infer<typeof prioritySchema>

export const prioritiesSchema = z.object({
  workshopId: idSchema,
  max: z.number().int().min(1),
  priorities: z.array(prioritySchema),
})
export type Priorities = z.infer<typeof prioritiesSchema>

export function tooManyPrioritiesMessage(max: number): string {
  return `This workshop agrees at most ${max} ${max === 1 ? 'priority' : 'priorities'}. Remove one before adding another, or raise the limit.`
}
