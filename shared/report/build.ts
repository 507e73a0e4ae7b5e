import { tagLabel } from '../content/load'
import type { Pack, TagId } from '../content/schema'
import { formatUkDate } from '../domain/dates'
import type { Gap } from '../domain/gaps'
import type { Note } from '../domain/notes'
import type { PlannedPriority } from '../domain/plan/action'
import type { RatingComparison } from '../domain/plan/compare'
import type { YouSaidRow } from '../domain/plan/youSaid'
import type { Rating } from '../domain/ratings'
import type { Priority } from '../domain/priorities'
import type { Ordering, RoundResults } from '../domain/voting/results'
import type { Round } from '../domain/voting/rounds'
import { ordinal, plural } from '../domain/voting/words'
import { GROUP_ROLE_LABELS, type Group, type Workshop } from '../domain/workshop'
import type { ReportModel, ReportRound, TagRef } from './model'
import type { ReportOptions } from './options'

/** Everything the report is made from: one workshop, read in one go through the API. */
export interface ReportSource {
  workshop: Workshop
  groups: Group[]
  pack: Pack
  gaps: Gap[]
  /** The room's ratings and any groups' own. */
  ratings: Rating[]
  /** Ratings against the cycle before, when this workshop was started from one. */
  comparison: { cycle: number; rows: RatingComparison[] } | null
  notes: Note[]
  /** Every round, oldest first; results only for rounds the facilitator revealed. */
  rounds: Array<{ round: Round; results: RoundResults | null }>
  priorities: Priority[]
  plan: PlannedPriority[]
  youSaid: YouSaidRow[]
}

/** A tag as the report shows it: its code, the pack's own words, and evidence strength for Recommendations. */
export function tagRef(pack: Pack, tag: TagId): TagRef {
  const principle = pack.keyPrinciples.find((kp) => kp.id === tag)
  if (principle) return { code: tag, words: principle.text, shortName: principle.shortName }
  const recommendation = pack.recommendations.find((rec) => rec.id === tag)
  if (recommendation) return { code: tag, words: recommendation.text, shortName: recommendation.shortName, evidence: recommendation.evidenceStrength }
  return { code: tag === 'ALL_RECS' ? 'ALL RECS' : tag, words: tagLabel(pack, tag) }
}

/** Names groups as the facilitator chose: their own names, or "Group 1", "Group 2"… in workshop order. */
export function groupNamer(groups: readonly Group[], includeNames: boolean): (groupId: string) => string {
  const names = new Map(groups.map((group, index) => [group.id, includeNames ? group.name : `Group ${index + 1}`]))
  return (groupId) => names.get(groupId) ?? 'A group since removed'
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

const SCORE_UNITS = { dots: 'dot', points: 'point', borda: 'Borda point', schulze: 'head-to-head win' } as const

function ballotText(results: RoundResults, values: Record<string, number>, titleOf: (gapId: string) => string): string {
  const entries = Object.entries(values)
  if (entries.length === 0) return 'No votes placed'
  if (results.method === 'ranked') {
    return entries
      .sort(([, a], [, b]) => a - b)
      .map(([gapId, place]) => `${place}. ${titleOf(gapId)}`)
      .join('; ')
  }
  const unit = results.method === 'dots' ? 'dot' : 'point'
  return entries
    .filter(([, value]) => value > 0)
    .sort(([, a], [, b]) => b - a)
    .map(([gapId, value]) => `${titleOf(gapId)}: ${plural(value, unit)}`)
    .join('; ')
}

function roundSection(round: Round, results: RoundResults | null, nameOf: (groupId: string) => string): ReportRound {
  const titles = new Map(round.gaps.map((gap) => [gap.id, gap.title]))
  const titleOf = (gapId: string) => titles.get(gapId) ?? 'A gap since removed'
  const title = `Round ${round.number}`
  if (!results) {
    return {
      title,
      method: round.description.join(' '),
      ballots: round.votedGroupIds.map((groupId) => ({ group: nameOf(groupId), ballot: 'Voted; the results were not revealed.' })),
      result: [],
      ties: [],
      alsoCounted: [],
      consensus: 'The results of this round were not revealed, so they are not reported.',
    }
  }
  const [main, ...others] = results.orderings as [Ordering, ...Ordering[]]
  const standings = (ordering: Ordering) =>
    ordering.standings.map((standing) => ({ place: capitalise(ordinal(standing.place)), gap: titleOf(standing.gapId), score: plural(standing.score, SCORE_UNITS[ordering.scoring]) }))
  return {
    title: `${title}: ${main.label}`,
    method: [...results.description, ...(results.methodsCompared ? [results.methodsCompared] : [])].join(' '),
    ballots: results.groups.map((group) => ({ group: nameOf(group.groupId), ballot: ballotText(results, group.values, titleOf) })),
    result: standings(main),
    ties: main.ties,
    alsoCounted: others.map((ordering) => ({ label: ordering.label, result: standings(ordering), ties: ordering.ties })),
    consensus: [results.consensus.reading, results.roleSplit.comparison].filter((text) => text.trim() !== '').join(' '),
  }
}

/** The report model for the sections the facilitator chose. */
export function buildReportModel(source: ReportSource, options: ReportOptions, producedOn: string): ReportModel {
  const { workshop, groups, pack } = source
  const include = new Set(options.sections)
  const nameOf = groupNamer(groups, options.includeGroupNames)
  const tags = (ids: readonly TagId[]) => ids.map((id) => tagRef(pack, id))
  const gapsById = new Map(source.gaps.map((gap) => [gap.id, gap]))
  const model: ReportModel = {
    title: workshop.title,
    localArea: workshop.localArea,
    date: formatUkDate(workshop.date),
    venue: workshop.venue,
    facilitators: workshop.facilitators,
    cycle: workshop.cycle,
    producedOn: formatUkDate(producedOn),
    source: {
      toolTitle: pack.title,
      publisher: pack.guide.publisher,
      guideTitle: pack.guide.title,
      guideUrl: pack.guide.url,
      attribution: pack.attribution,
    },
  }

  if (include.has('priorities')) {
    model.priorities = source.priorities.map((priority) => ({
      position: priority.position,
      title: priority.title,
      links: tags(gapsById.get(priority.gapId)?.links ?? []),
      rationale: priority.rationale,
    }))
  }

  if (include.has('decisions')) model.decisions = source.rounds.map(({ round, results }) => roundSection(round, results, nameOf))

  if (include.has('gaps')) {
    model.gaps = source.gaps.map((gap) => ({
      title: gap.title,
      detail: gap.detail,
      links: tags(gap.links),
      groups: gap.groupIds.map(nameOf),
      edie: gap.edie,
    }))
  }

  if (include.has('ratings')) {
    const room = new Map(source.ratings.filter((rating) => rating.groupId === null).map((rating) => [rating.tag, rating]))
    const previous = new Map(source.comparison?.rows.map((row) => [row.tag, row.previous]) ?? [])
    const guideTags = [...pack.keyPrinciples.map((kp) => kp.id), ...pack.recommendations.map((rec) => rec.id)]
    model.ratings = {
      comparedWithCycle: source.comparison?.cycle ?? null,
      rows: guideTags
        .filter((tag) => room.has(tag) || previous.has(tag))
        .map((tag) => ({ tag: tagRef(pack, tag), rating: room.get(tag)?.rating ?? null, previous: previous.get(tag) ?? null, comment: room.get(tag)?.comment ?? '' })),
    }
  }

  if (include.has('record')) {
    model.record = {
      groups: groups.map((group) => ({ name: nameOf(group.id), roles: group.roles.map((role) => GROUP_ROLE_LABELS[role]).join(', '), headCount: group.headCount })),
      notes: workshop.notes,
    }
  }

  if (include.has('actions')) {
    model.actions = source.plan.flatMap((priority) =>
      priority.actions.map((action) => ({
        priority: priority.title,
        action: action.action,
        lead: action.lead,
        byWhen: formatUkDate(action.byWhen),
        outcome: [action.outcome, action.measure && `Measured by: ${action.measure}`].filter(Boolean).join('\n'),
        // Updates are kept newest first; the report reads oldest to newest, like a log.
        update: [...action.updates].reverse().map((update) => `${formatUkDate(update.date)}: ${update.text}`).join('\n'),
        status: action.status,
      })),
    )
  }

  if (include.has('youSaid')) model.youSaid = source.youSaid.filter((row) => row.youSaid || row.weDid || row.nowWeWill)

  if (include.has('notes')) {
    const byQuestion = new Map<string, Note[]>()
    for (const note of source.notes) if (note.text.trim()) byQuestion.set(note.questionId, [...(byQuestion.get(note.questionId) ?? []), note])
    const groupOrder = new Map(groups.map((group, index) => [group.id, index]))
    const questions = pack.steps.flatMap((step) => step.sections.flatMap((section) => section.items.filter((item) => item.kind === 'question')))
    model.notes = questions
      .filter((question) => byQuestion.has(question.id))
      .map((question) => ({
        question: question.text,
        tags: tags(question.tags),
        notes: byQuestion
          .get(question.id)!
          .sort((a, b) => (groupOrder.get(a.groupId) ?? 99) - (groupOrder.get(b.groupId) ?? 99))
          .map((note) => ({ group: nameOf(note.groupId), text: note.text })),
      }))
  }
  return model
}
