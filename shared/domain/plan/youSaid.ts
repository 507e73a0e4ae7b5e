import { z } from 'zod'
import { formatUkDate } from '../dates'
import { LIMITS, optionalText } from '../text'
import { listInWords } from '../voting/words'
import { STATUS_WORDS, type ActionStatus } from './status'

/**
 * One row of the "You said, we did, now we will" table, as a service shows it to its carers, under
 * a theme (Hertfordshire groups its table by theme). Rows saved before themes existed have none.
 */
export const youSaidRowSchema = z.object({
  theme: optionalText('Theme', LIMITS.title).default(''),
  youSaid: optionalText('You said', LIMITS.longText, 'lines'),
  weDid: optionalText('We did', LIMITS.longText, 'lines'),
  nowWeWill: optionalText('Now we will', LIMITS.longText, 'lines'),
})
export type YouSaidRow = z.infer<typeof youSaidRowSchema>

export const youSaidRowsSchema = z
  .array(youSaidRowSchema, { error: 'The table must be a list of rows.' })
  .max(100, { error: 'The table can have at most 100 rows.' })

export interface DraftGap {
  id: string
  title: string
  /** Names of the groups that raised it. */
  groups: string[]
  /** The theme its row starts under: the short name of its first Key Principle (or Recommendation). */
  theme: string
}

export interface DraftPriority {
  gapId: string
  aim: string
  teamName: string
  actions: Array<{ action: string; lead: string; byWhen: string; status: ActionStatus }>
}

function youSaid(gap: DraftGap): string {
  return gap.groups.length > 0 ? `${gap.title} (raised by ${listInWords(gap.groups)})` : gap.title
}

function weDid(priority: DraftPriority): string {
  const done = priority.actions.filter((action) => action.status === 'complete').map((action) => `${action.action}.`)
  const started = priority.actions
    .filter((action) => action.status === 'on_track' || action.status === 'at_risk' || action.status === 'off_track')
    .map((action) => `Started: ${action.action} (${STATUS_WORDS[action.status].word.toLowerCase()}).`)
  const lines = [...done, ...started]
  if (lines.length > 0) return lines.join('\n')
  const team = priority.teamName ? ` and set up ${priority.teamName}` : ''
  return `We agreed this as a priority${team}.`
}

function nowWeWill(priority: DraftPriority): string {
  const open = priority.actions.filter((action) => action.status !== 'complete')
  if (open.length > 0) {
    return open.map((action) => `${action.action}, led by ${action.lead}, by ${formatUkDate(action.byWhen)}.`).join('\n')
  }
  if (priority.actions.length > 0) return 'Keep these changes in place and check with carers that they are working.'
  return priority.aim ? `Plan the actions to achieve this: ${priority.aim}` : 'Plan the actions for this priority with carers.'
}

/**
 * Drafts the table from what the room said and what was done: each agreed priority's gap (with
 * the groups that raised it), its actions by status, then the gaps groups raised that were not
 * chosen this cycle, so every voice gets an answer. The facilitator edits the draft before it is
 * saved and goes into the report.
 */
export function draftYouSaid(gaps: readonly DraftGap[], priorities: readonly DraftPriority[]): YouSaidRow[] {
  const byId = new Map(gaps.map((gap) => [gap.id, gap]))
  const rows: YouSaidRow[] = []
  for (const priority of priorities) {
    const gap = byId.get(priority.gapId)
    if (!gap) continue
    rows.push({ theme: gap.theme, youSaid: youSaid(gap), weDid: weDid(priority), nowWeWill: nowWeWill(priority) })
  }
  const chosen = new Set(priorities.map((priority) => priority.gapId))
  for (const gap of gaps) {
    if (chosen.has(gap.id) || gap.groups.length === 0) continue
    rows.push({
      theme: gap.theme,
      youSaid: youSaid(gap),
      weDid: 'We talked about this together and agreed to focus on other priorities first.',
      nowWeWill: 'Look at this again when we next review the plan with you.',
    })
  }
  return rows
}
