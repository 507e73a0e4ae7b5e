import { formatUkDate } from '../domain/dates'
import { countOutcomes, OUTCOME_WORDS, type ActionOutcomeRow } from '../domain/plan/compare'
import type { Voices } from '../domain/plan/voices'
import { listInWords, plural } from '../domain/voting/words'
import { GROUP_ROLE_LABELS } from '../domain/workshop'
import { movedDate } from './actionPlan'
import type { ReportReview } from './model'

export interface PreviousCycle {
  cycle: number
  /** ISO date of that cycle's workshop. */
  date: string
}

const lower = (text: string) => text.charAt(0).toLowerCase() + text.slice(1)

function voiceSentences(voices: Voices, previous: PreviousCycle | null, includeGroupNames: boolean): string[] {
  const out: string[] = []
  const core = voices.roles.filter((row) => row.role !== 'others')
  const missing = core.filter((row) => row.missing).map((row) => lower(GROUP_ROLE_LABELS[row.role]))
  if (missing.length > 0) out.push(`Not in the room this time: ${missing.join('; ')}.`)
  for (const row of core.filter((item) => item.fewer && !item.missing)) {
    out.push(`Fewer ${lower(GROUP_ROLE_LABELS[row.role])} than in cycle ${previous?.cycle}: ${row.people}, against ${row.lastPeople}.`)
  }
  if (previous) {
    const names = (list: string[]) => (includeGroupNames ? `: ${listInWords(list)}` : '')
    if (voices.groupsNotBack.length > 0) out.push(`${plural(voices.groupsNotBack.length, 'group')} from cycle ${previous.cycle} did not come back${names(voices.groupsNotBack)}.`)
    if (voices.groupsNew.length > 0) out.push(`${plural(voices.groupsNew.length, 'group is', 'groups are')} new this cycle${names(voices.groupsNew)}.`)
  }
  if (out.length === 0) out.push(previous ? `Every role took part, and no role had fewer people than in cycle ${previous.cycle}.` : 'Every role took part.')
  return out
}

function actionsIntro(previous: PreviousCycle | null, rows: readonly ActionOutcomeRow[]): string {
  if (!previous) return 'There is no earlier cycle, so there are no earlier actions to follow up.'
  if (rows.length === 0) return `Cycle ${previous.cycle} had no actions to follow up.`
  const counts = countOutcomes(rows)
  const parts = [
    `${counts.completed} completed`,
    `${counts.slipped} slipped (overdue, or the date moved later)`,
    `${counts.dropped} dropped`,
    `${counts.carried} carried forward on time`,
  ]
  return `What became of cycle ${previous.cycle}’s ${plural(rows.length, 'action')}: ${listInWords(parts)}.`
}

/**
 * The review of the last cycle, as the Review step computes it: whose voice is missing (turnout by
 * role against the last cycle, groups new and not back, EDIE questions not discussed) and what
 * became of the last cycle's actions, with any moved dates.
 */
export function reviewSection(
  cycle: number,
  previous: PreviousCycle | null,
  voices: Voices,
  pastActions: readonly ActionOutcomeRow[],
  includeGroupNames: boolean,
): ReportReview {
  return {
    previousCycle: previous?.cycle ?? null,
    intro: previous
      ? `This is cycle ${cycle}. It follows cycle ${previous.cycle}, held on ${formatUkDate(previous.date)}: who took part then and now, and what became of that cycle’s actions.`
      : 'This is the first cycle, so there is no earlier cycle to review. Who took part this time is the baseline for the next review.',
    turnout: voices.roles
      .filter((row) => row.groups > 0 || (row.lastGroups ?? 0) > 0)
      .map((row) => ({ role: GROUP_ROLE_LABELS[row.role], groups: row.groups, people: row.people, lastGroups: row.lastGroups, lastPeople: row.lastPeople })),
    voices: voiceSentences(voices, previous, includeGroupNames),
    edieNotDiscussed: voices.edieNotDiscussed.map((question) => question.text),
    actionsIntro: actionsIntro(previous, pastActions),
    actions: pastActions.map((row) => ({
      priority: row.priority,
      action: row.action,
      outcome: OUTCOME_WORDS[row.outcome],
      status: row.status,
      dates: movedDate(row.originalByWhen, row.byWhen) || `Due ${formatUkDate(row.byWhen)}`,
    })),
  }
}
