import type { Action } from '../domain/plan/action'
import type { RatingComparison } from '../domain/plan/compare'
import { ACTION_STATUSES, STATUS_WORDS, hasSlipped, isOverdue } from '../domain/plan/status'
import type { Voices } from '../domain/plan/voices'
import { listInWords, plural } from '../domain/voting/words'
import { GROUP_ROLE_LABELS, type Group } from '../domain/workshop'
import type { Finding, ReportPriority, ReportSummary } from './model'
import type { PreviousCycle } from './review'

const lower = (text: string) => text.charAt(0).toLowerCase() + text.slice(1)
const codes = (rows: readonly RatingComparison[]) => (rows.length > 0 ? ` (${rows.map((row) => row.tag).join(', ')})` : '')

function ratingsFinding(ratings: readonly RatingComparison[], previous: PreviousCycle | null): Finding {
  const rated = ratings.filter((row) => row.current !== null)
  const count = (rag: string) => rated.filter((row) => row.current === rag).length
  const now =
    rated.length === 0
      ? 'The room has not rated the Key Principles and Recommendations yet.'
      : `The room rated ${count('green')} green, ${count('amber')} amber and ${count('red')} red.`
  if (!previous) return { label: 'Ratings', text: `This is the first cycle, so there is nothing to compare with yet. ${now}` }
  const better = ratings.filter((row) => row.change === 'better')
  const worse = ratings.filter((row) => row.change === 'worse')
  const stillRed = ratings.filter((row) => row.previous === 'red' && row.current === 'red')
  return {
    label: `Since cycle ${previous.cycle}`,
    text: `${plural(better.length, 'rating')} better${codes(better)}, ${worse.length} worse${codes(worse)} and ${stillRed.length} still red${codes(stillRed)}. ${now}`,
  }
}

function actionsFinding(actions: readonly Action[], today: string): Finding {
  if (actions.length === 0) return { label: 'Actions', text: 'No actions have been planned yet.' }
  const byStatus = ACTION_STATUSES.map((status) => [status, actions.filter((action) => action.status === status).length] as const)
    .filter(([, count]) => count > 0)
    .map(([status, count]) => `${count} ${lower(STATUS_WORDS[status].word)}`)
  const overdue = actions.filter((action) => isOverdue(action, today)).length
  const slipped = actions.filter((action) => hasSlipped(action, today)).length
  return {
    label: 'Actions',
    text: `${plural(actions.length, 'action')}: ${listInWords(byStatus)}. ${overdue === 1 ? '1 is' : `${overdue} are`} overdue and ${slipped === 1 ? '1 has' : `${slipped} have`} slipped (overdue, or the date moved later than first agreed).`,
  }
}

function turnoutFinding(groups: readonly Group[], voices: Voices, previous: PreviousCycle | null, lastPeople: number | null, lastGroups: number | null): Finding {
  if (groups.length === 0) return { label: 'Who took part', text: 'No groups were recorded for this workshop.' }
  const people = groups.reduce((sum, group) => sum + group.headCount, 0)
  const then = previous && lastPeople !== null ? ` (cycle ${previous.cycle}: ${lastPeople} at ${plural(lastGroups ?? 0, 'table')})` : ''
  const roles = voices.roles
    .filter((row) => row.groups > 0 || (row.lastGroups ?? 0) > 0)
    .map((row) => `${lower(GROUP_ROLE_LABELS[row.role])} ${row.people}${previous ? ` (${row.lastPeople ?? 0})` : ''}`)
  const mixed = groups.some((group) => group.roles.length > 1) ? ' A mixed table counts under each of its roles.' : ''
  return { label: 'Who took part', text: `${people} ${people === 1 ? 'person' : 'people'} at ${plural(groups.length, 'table')}${then}. By role: ${roles.join(', ')}${previous ? `, with cycle ${previous.cycle} in brackets` : ''}.${mixed}` }
}

function askFinding(facilitators: string, priorities: readonly ReportPriority[], actions: readonly Action[], today: string): Finding {
  const who = facilitators.trim() ? `the facilitators (${facilitators.trim()})` : 'the facilitators'
  const asks = [`Check that these priorities and actions are what the room agreed, and tell ${who} of anything missing or wrong.`]
  const overdue = actions.filter((action) => isOverdue(action, today)).length
  if (priorities.length > 0 && actions.length === 0) asks.push('Task and Finish groups: plan the actions for each priority.')
  if (actions.length > 0) asks.push('Action leads: record progress on each action before the next review.')
  if (overdue > 0) asks.push(`${overdue === 1 ? 'The overdue action needs' : `The ${overdue} overdue actions need`} a new date or a decision.`)
  return { label: 'What we ask of you', text: asks.join(' ') }
}

export interface SummaryInput {
  priorities: readonly ReportPriority[]
  ratings: readonly RatingComparison[]
  actions: readonly Action[]
  groups: readonly Group[]
  voices: Voices
  previous: PreviousCycle | null
  previousGroups: { people: number; groups: number } | null
  facilitators: string
  today: string
}

/** The first page: the priorities in a line each, what changed, action progress, who took part, and what is asked. */
export function summarySection(input: SummaryInput): ReportSummary {
  return {
    priorities: input.priorities.map(({ position, title, carriedFromCycle }) => ({ position, title, carriedFromCycle })),
    noPriorities: input.priorities.length === 0 ? 'The room has not agreed priorities yet.' : null,
    findings: [
      ratingsFinding(input.ratings, input.previous),
      actionsFinding(input.actions, input.today),
      turnoutFinding(input.groups, input.voices, input.previous, input.previousGroups?.people ?? null, input.previousGroups?.groups ?? null),
      askFinding(input.facilitators, input.priorities, input.actions, input.today),
    ],
  }
}
