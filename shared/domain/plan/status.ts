import { z } from 'zod'
import type { Rag } from '../ratings'
import { formatUkDate } from '../dates'

/**
 * An action's progress, in the words local action plans use (Rotherham's RAG key: awaiting start,
 * on track, at risk, off track, complete). Each has a word and a symbol as well as a colour, so
 * it survives a washed-out projector, a black-and-white print and colour blindness.
 */
export const ACTION_STATUSES = ['awaiting_start', 'on_track', 'at_risk', 'off_track', 'complete'] as const
export const actionStatusSchema = z.enum(ACTION_STATUSES, {
  error: 'Status must be one of awaiting start, on track, at risk, off track or complete.',
})
export type ActionStatus = z.infer<typeof actionStatusSchema>

/** Word, symbol and RAG colour (null where the status is not a RAG rating) of each status. */
export const STATUS_WORDS: Record<ActionStatus, { word: string; symbol: string; rag: Rag | null }> = {
  awaiting_start: { word: 'Awaiting start', symbol: '○', rag: null },
  on_track: { word: 'On track', symbol: '●', rag: 'green' },
  at_risk: { word: 'At risk', symbol: '▲', rag: 'amber' },
  off_track: { word: 'Off track', symbol: '■', rag: 'red' },
  complete: { word: 'Complete', symbol: '✔', rag: null },
}

/** What each status means, from the Rotherham plan's RAG key, for hints and the report's key. */
export const STATUS_MEANINGS: Record<ActionStatus, string> = {
  awaiting_start: 'Action awaiting start.',
  on_track: 'On track to meet the date and the outcome sought.',
  at_risk: 'At risk of missing the date or the outcome, but being managed.',
  off_track: 'Has missed or will miss the date, or the outcome is at high risk.',
  complete: 'Action complete.',
}

/** An action is overdue when its by-when date has passed (before today) and it is not complete. */
export function isOverdue(action: { byWhen: string; status: ActionStatus }, today: string): boolean {
  return action.status !== 'complete' && action.byWhen < today
}

/**
 * An action has slipped when its by-when date was moved later than first agreed, or it is overdue.
 * Both dates are ISO, so text order is date order.
 */
export function hasSlipped(action: { byWhen: string; originalByWhen: string; status: ActionStatus }, today: string): boolean {
  return action.byWhen > action.originalByWhen || isOverdue(action, today)
}

/**
 * A by-when date already past when it is typed: allowed (a plan can be written up late), but the
 * facilitator confirms it, because the action shows as overdue at once. Null when there is nothing to ask.
 */
export function pastByWhenWarning(byWhen: string, status: ActionStatus, today: string): string | null {
  if (status === 'complete' || byWhen >= today) return null
  return `${formatUkDate(byWhen)} is already past, so this action will show as overdue straight away. Check the date, or keep it if it is right.`
}

/** An update dated after today: an update records what has happened, so a future date is asked about first. */
export function futureUpdateWarning(date: string, today: string): string | null {
  if (date <= today) return null
  return `${formatUkDate(date)} is in the future, but an update records what has already happened. Check the date, or keep it if it is right.`
}
