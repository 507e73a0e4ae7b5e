import { z } from 'zod'
import { GUIDE_TAGS } from '../links'
import { LIMITS, idSchema, optionalText, requiredText } from '../text'
import { isIsoDate } from '../dates'
import { groupRoleSchema } from '../workshop'
import { actionStatusSchema } from './status'

/** A calendar date whose message names the field, since a plan row has several. */
function dateField(label: string) {
  const error = `${label} must be a real date, for example 31 March 2027.`
  return z.string({ error }).refine(isIsoDate, { error })
}

/**
 * An agreed priority is one gap of the workshop (priorities are keyed by workshop and gap), so a
 * priority is named by its gap's id. Saying what is missing is clearer than "not a valid id".
 */
export const priorityGapIdSchema = z.uuid({ error: 'Choose the agreed priority this action belongs to.' })

/** One row of the action plan, in the columns local plans use (Rotherham's and Hertfordshire's). */
export const actionDetailsSchema = z.object({
  action: requiredText('Action', 2_000, 'lines'),
  lead: requiredText('Lead owner', LIMITS.shortText),
  byWhen: dateField('By when'),
  outcome: optionalText('Outcome or impact sought', LIMITS.longText, 'lines'),
  measure: optionalText('How it will be measured', LIMITS.longText, 'lines'),
  status: actionStatusSchema,
})
export type ActionDetails = z.infer<typeof actionDetailsSchema>

/** What the "update and evidence" column grows from: one dated entry per progress check. */
export const actionUpdateInputSchema = z.object({
  date: dateField('Date'),
  status: actionStatusSchema,
  text: requiredText('Update and evidence', LIMITS.longText, 'lines'),
})
export type ActionUpdateInput = z.infer<typeof actionUpdateInputSchema>

export const actionUpdateSchema = actionUpdateInputSchema.extend({
  id: idSchema,
  createdAt: z.string(),
})
export type ActionUpdate = z.infer<typeof actionUpdateSchema>

export const actionSchema = actionDetailsSchema.extend({
  id: idSchema,
  workshopId: idSchema,
  /** The agreed priority's gap. */
  gapId: idSchema,
  /** The by-when first agreed (kept across cycles), so a date moved later shows as slipped. */
  originalByWhen: z.string(),
  /** The action of the last cycle this one carries forward, if any. */
  carriedFromId: idSchema.nullable(),
  position: z.number().int().min(0),
  /** Newest first. */
  updates: z.array(actionUpdateSchema),
  createdAt: z.string(),
  updatedAt: z.string(),
})
export type Action = z.infer<typeof actionSchema>

/** A member of a Task and Finish group: the role is what matters; a name is optional. */
export const taskGroupMemberSchema = z.object({
  role: groupRoleSchema,
  name: optionalText('Name', LIMITS.shortText),
})
export type TaskGroupMember = z.infer<typeof taskGroupMemberSchema>

export const taskGroupSchema = z.object({
  name: optionalText('Task and Finish group name', LIMITS.title),
  lead: optionalText('Task and Finish group lead', LIMITS.shortText),
  members: z.array(taskGroupMemberSchema, { error: 'Members must be a list.' }).max(50, { error: 'A Task and Finish group can have at most 50 members.' }),
})
export type TaskGroup = z.infer<typeof taskGroupSchema>

/** The plan for one agreed priority, apart from its actions. */
export const priorityPlanSchema = z.object({
  aim: optionalText('What we want to achieve', LIMITS.longText, 'lines'),
  team: taskGroupSchema,
})
export type PriorityPlan = z.infer<typeof priorityPlanSchema>

export const plannedPrioritySchema = priorityPlanSchema.extend({
  workshopId: idSchema,
  gapId: idSchema,
  /** 1 = first priority. */
  position: z.number().int().min(1),
  /** The agreed gap's title and its links to the Guide. */
  title: z.string(),
  links: z.array(z.enum(GUIDE_TAGS)),
  rationale: z.string(),
  actions: z.array(actionSchema),
})
export type PlannedPriority = z.infer<typeof plannedPrioritySchema>

export const EMPTY_PLAN: PriorityPlan = { aim: '', team: { name: '', lead: '', members: [] } }
