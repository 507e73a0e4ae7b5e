import { z } from 'zod'
import { GUIDE_TAGS, type GuideTag } from '../links'
import { ragSchema, type Rag } from '../ratings'
import { actionStatusSchema, hasSlipped, type ActionStatus } from './status'

const RAG_ORDER: Record<Rag, number> = { red: 0, amber: 1, green: 2 }

export const RATING_CHANGES = ['better', 'same', 'worse'] as const
export type RatingChange = (typeof RATING_CHANGES)[number]

export const CHANGE_WORDS = {
  better: { word: 'Better', symbol: '↑' },
  same: { word: 'Same', symbol: '→' },
  worse: { word: 'Worse', symbol: '↓' },
} as const satisfies Record<RatingChange, { word: string; symbol: string }>

/** Better, same or worse since the last cycle; null when either rating is missing. */
export function ratingChange(previous: Rag | null, current: Rag | null): RatingChange | null {
  if (previous === null || current === null) return null
  const difference = RAG_ORDER[current] - RAG_ORDER[previous]
  return difference > 0 ? 'better' : difference < 0 ? 'worse' : 'same'
}

export const ratingComparisonSchema = z.object({
  tag: z.enum(GUIDE_TAGS),
  previous: ragSchema.nullable(),
  current: ragSchema.nullable(),
  change: z.enum(RATING_CHANGES).nullable(),
})
export type RatingComparison = z.infer<typeof ratingComparisonSchema>

/** One row per Key Principle and Recommendation, in the Guide's order. */
export function compareRatings(
  tags: readonly GuideTag[],
  previous: ReadonlyMap<GuideTag, Rag | null>,
  current: ReadonlyMap<GuideTag, Rag | null>,
): RatingComparison[] {
  return tags.map((tag) => {
    const before = previous.get(tag) ?? null
    const now = current.get(tag) ?? null
    return { tag, previous: before, current: now, change: ratingChange(before, now) }
  })
}

/**
 * What became of each action of the last cycle: completed; slipped (its date moved later or it is
 * overdue); dropped (not complete and not carried into this cycle); or carried forward on time.
 */
export const ACTION_OUTCOMES = ['completed', 'slipped', 'dropped', 'carried'] as const
export type ActionOutcome = (typeof ACTION_OUTCOMES)[number]

export const OUTCOME_WORDS: Record<ActionOutcome, string> = {
  completed: 'Completed',
  slipped: 'Slipped',
  dropped: 'Dropped',
  carried: 'Carried forward on time',
}

export interface ComparedAction {
  id: string
  action: string
  status: ActionStatus
  byWhen: string
  originalByWhen: string
}

export const actionOutcomeSchema = z.object({
  id: z.string(),
  action: z.string(),
  priority: z.string(),
  outcome: z.enum(ACTION_OUTCOMES),
  status: actionStatusSchema,
  byWhen: z.string(),
  originalByWhen: z.string(),
})
export type ActionOutcomeRow = z.infer<typeof actionOutcomeSchema>

/**
 * Follows each previous action into this cycle (through `carriedFromId`) and says what became of it.
 * A carried copy that is complete counts as completed; its dates decide whether it slipped.
 */
export function actionOutcomes<A extends ComparedAction & { priority: string }>(
  previous: readonly A[],
  current: ReadonlyArray<ComparedAction & { carriedFromId: string | null }>,
  today: string,
): ActionOutcomeRow[] {
  const carried = new Map(current.filter((action) => action.carriedFromId !== null).map((action) => [action.carriedFromId!, action]))
  return previous.map((before) => {
    const copy = carried.get(before.id)
    const latest = copy ?? before
    const row = {
      id: before.id,
      action: before.action,
      priority: before.priority,
      status: latest.status,
      byWhen: latest.byWhen,
      originalByWhen: before.originalByWhen,
    }
    if (latest.status === 'complete') return { ...row, outcome: 'completed' as const }
    if (!copy) return { ...row, outcome: 'dropped' as const }
    const slipped = hasSlipped({ byWhen: copy.byWhen, originalByWhen: before.originalByWhen, status: copy.status }, today)
    return { ...row, outcome: slipped ? ('slipped' as const) : ('carried' as const) }
  })
}

/** How many of each outcome, for the summary line above the table. */
export function countOutcomes(rows: readonly Pick<ActionOutcomeRow, 'outcome'>[]): Record<ActionOutcome, number> {
  const counts: Record<ActionOutcome, number> = { completed: 0, slipped: 0, dropped: 0, carried: 0 }
  for (const row of rows) counts[row.outcome] += 1
  return counts
}
