import { formatUkDate } from '../domain/dates'
import type { PlannedPriority } from '../domain/plan/action'
import { ACTION_STATUSES, STATUS_MEANINGS, STATUS_WORDS, isOverdue } from '../domain/plan/status'
import { plural } from '../domain/voting/words'
import type { ReportAction, ReportActionPlan, TagRef } from './model'

/** "Was due 31 January 2026, now 31 January 2027" when a date was moved; empty when it was not. */
export function movedDate(originalByWhen: string, byWhen: string): string {
  return originalByWhen && originalByWhen !== byWhen ? `Was due ${formatUkDate(originalByWhen)}, now ${formatUkDate(byWhen)}` : ''
}

/** The status key of seed 003 (Rotherham's RAG key): each status's word, symbol and meaning. */
export const STATUS_KEY = ACTION_STATUSES.map((status) => ({ status, ...STATUS_WORDS[status], meaning: STATUS_MEANINGS[status] }))

export const OVERDUE_MEANING = 'Overdue is written beside the date of any action whose date has passed and that is not complete.'

/**
 * The action plan as local plans write it (seed 003): actions numbered per priority (1.1, 1.2 …),
 * grouped under their priority with its Key Principles and Recommendations, overdue in words.
 */
export function actionPlanSection(
  plan: readonly PlannedPriority[],
  links: (priority: PlannedPriority) => TagRef[],
  carriedFrom: (priority: PlannedPriority) => number | null,
  today: string,
): ReportActionPlan {
  const priorities = plan.map((priority) => {
    const tags = links(priority)
    const actions: ReportAction[] = priority.actions.map((action, index) => ({
      number: `${priority.position}.${index + 1}`,
      priority: priority.title,
      priorityNumber: priority.position,
      links: tags,
      action: action.action,
      lead: action.lead,
      byWhen: formatUkDate(action.byWhen),
      byWhenIso: action.byWhen,
      originalByWhenIso: action.originalByWhen,
      moved: movedDate(action.originalByWhen, action.byWhen),
      overdue: isOverdue(action, today) ? `Overdue: it was due ${formatUkDate(action.byWhen)}` : '',
      outcome: [action.outcome, action.measure && `Measured by: ${action.measure}`].filter(Boolean).join('\n'),
      // Updates are kept newest first; the report reads oldest to newest, like a log.
      update: [...action.updates].reverse().map((update) => `${formatUkDate(update.date)}: ${update.text}`).join('\n'),
      status: action.status,
    }))
    return {
      number: priority.position,
      title: priority.title,
      aim: priority.aim,
      team: [priority.team.name, priority.team.lead && `led by ${priority.team.lead}`].filter(Boolean).join(', '),
      links: tags,
      carriedFromCycle: carriedFrom(priority),
      actions,
      noActions: actions.length === 0 ? 'No actions have been planned for this priority yet.' : null,
    }
  })
  const total = priorities.reduce((sum, priority) => sum + priority.actions.length, 0)
  const intro =
    priorities.length === 0
      ? 'No priorities have been agreed yet, so there is no action plan.'
      : total === 0
        ? `No actions have been planned yet for the ${plural(priorities.length, 'agreed priority', 'agreed priorities')}.`
        : `${plural(total, 'action')} under ${plural(priorities.length, 'priority', 'priorities')}, numbered by priority (1.1 is the first action of priority 1). The key below says what each status means.`
  return { intro, statusKey: STATUS_KEY, priorities }
}
