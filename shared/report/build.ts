import { tagLabel } from '../content/load'
import type { Pack } from '../content/schema'
import type { TagId } from '../content/blocks'
import { formatUkDate } from '../domain/dates'
import type { Gap } from '../domain/gaps'
import type { GuideTag } from '../domain/links'
import type { Note } from '../domain/notes'
import type { OfferItem } from '../domain/offer'
import type { PlannedPriority } from '../domain/plan/action'
import type { ActionOutcomeRow, RatingComparison } from '../domain/plan/compare'
import type { Voices } from '../domain/plan/voices'
import type { YouSaidRow } from '../domain/plan/youSaid'
import type { Rating } from '../domain/ratings'
import type { Priority } from '../domain/priorities'
import type { RoundResults } from '../domain/voting/results'
import type { Round } from '../domain/voting/rounds'
import { GROUP_ROLE_LABELS, type Group, type Workshop } from '../domain/workshop'
import { actionPlanSection } from './actionPlan'
import { cleanStrings, cleanText } from './clean'
import type { ReportModel, ReportPriority, ReportYouSaidTheme, TagRef } from './model'
import { offerSection } from './offer'
import type { ReportOptions } from './options'
import { plainWords } from './plainWords'
import { reviewSection } from './review'
import { roundSection } from './rounds'
import { summarySection } from './summary'

/** Everything the report is made from: one workshop, read in one go through the API. */
export interface ReportSource {
  workshop: Workshop
  groups: Group[]
  pack: Pack
  gaps: Gap[]
  /** The room's ratings and any groups' own. */
  ratings: Rating[]
  notes: Note[]
  offer: OfferItem[]
  /** Every round, oldest first; results only for rounds the facilitator revealed. */
  rounds: Array<{ round: Round; results: RoundResults | null }>
  priorities: Priority[]
  plan: PlannedPriority[]
  youSaid: YouSaidRow[]
  /** What the Review step computes: ratings against the last cycle, what became of its actions, whose voice is missing. */
  review: { ratings: RatingComparison[]; actions: ActionOutcomeRow[]; voices: Voices }
  /** The cycle before, when this workshop was started from one. */
  previous: { cycle: number; date: string; groups: Group[]; ratings: Rating[]; priorityTitles: string[] } | null
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

export const OTHER_THEME = 'Other things you told us'

/** Rows under their themes, in the order each theme first appears; rows with no theme go last. */
export function youSaidByTheme(rows: readonly YouSaidRow[]): ReportYouSaidTheme[] {
  const themes = new Map<string, ReportYouSaidTheme>()
  for (const row of rows.filter((item) => item.youSaid || item.weDid || item.nowWeWill)) {
    const theme = row.theme.trim() || OTHER_THEME
    const entry = themes.get(theme) ?? { theme, rows: [] }
    entry.rows.push({ youSaid: row.youSaid, weDid: row.weDid, nowWeWill: row.nowWeWill })
    themes.set(theme, entry)
  }
  const other = themes.get(OTHER_THEME)
  themes.delete(OTHER_THEME)
  return [...themes.values(), ...(other ? [other] : [])]
}

const sameTitle = (title: string) => title.trim().toLowerCase()

/**
 * The cycle a priority was carried forward from: "Start the next cycle" copies open priorities with
 * their open actions (which keep a link to the action they continue) and their titles.
 */
function carriedFromCycle(source: ReportSource): (priority: { gapId: string; title: string }) => number | null {
  const previous = source.previous
  if (!previous) return () => null
  const titles = new Set(previous.priorityTitles.map(sameTitle))
  const carriedGaps = new Set(source.plan.filter((priority) => priority.actions.some((action) => action.carriedFromId !== null)).map((priority) => priority.gapId))
  return (priority) => (carriedGaps.has(priority.gapId) || titles.has(sameTitle(priority.title)) ? previous.cycle : null)
}

/** The report model for the sections the facilitator chose; every string cleaned of control characters. */
export function buildReportModel(source: ReportSource, options: ReportOptions, producedOn: string): ReportModel {
  const { workshop, groups, pack } = source
  const include = new Set(options.sections)
  const nameOf = groupNamer(groups, options.includeGroupNames)
  const ref = (tag: TagId) => tagRef(pack, tag)
  const gapsById = new Map(source.gaps.map((gap) => [gap.id, gap]))
  const carried = carriedFromCycle(source)
  const previous = source.previous && { cycle: source.previous.cycle, date: source.previous.date }
  const guideTags = [...pack.keyPrinciples.map((kp) => kp.id), ...pack.recommendations.map((rec) => rec.id)] as GuideTag[]
  const actions = source.plan.flatMap((priority) => priority.actions)

  const priorities: ReportPriority[] = source.priorities.map((priority) => ({
    position: priority.position,
    title: priority.title,
    links: (gapsById.get(priority.gapId)?.links ?? []).map(ref),
    rationale: priority.rationale,
    carriedFromCycle: carried(priority),
  }))

  const model: ReportModel = {
    title: workshop.title,
    localArea: workshop.localArea,
    date: formatUkDate(workshop.date),
    venue: workshop.venue,
    facilitators: workshop.facilitators,
    cycle: workshop.cycle,
    producedOn: formatUkDate(producedOn),
    source: { toolTitle: pack.title, publisher: pack.guide.publisher, guideTitle: pack.guide.title, guideUrl: pack.guide.url, attribution: pack.attribution },
    plainWords: plainWords(new Set(include.has('decisions') ? source.rounds.map(({ round }) => round.method) : [])),
  }

  if (include.has('summary')) {
    const previousGroups = source.previous && { people: source.previous.groups.reduce((sum, group) => sum + group.headCount, 0), groups: source.previous.groups.length }
    model.summary = summarySection({
      priorities,
      ratings: source.review.ratings,
      actions,
      groups,
      voices: source.review.voices,
      previous,
      previousGroups,
      facilitators: workshop.facilitators,
      today: producedOn,
    })
  }

  if (include.has('review')) model.review = reviewSection(workshop.cycle, previous, source.review.voices, source.review.actions, options.includeGroupNames)

  if (include.has('priorities')) model.priorities = priorities

  if (include.has('decisions')) model.decisions = source.rounds.map(({ round, results }) => roundSection(round, results, nameOf))

  if (include.has('ratings')) {
    const room = new Map(source.ratings.filter((rating) => rating.groupId === null).map((rating) => [rating.tag, rating]))
    const before = new Map(source.review.ratings.map((row) => [row.tag, row.previous]))
    const beforeComments = new Map((source.previous?.ratings ?? []).filter((rating) => rating.groupId === null).map((rating) => [rating.tag, rating.comment]))
    const byGroup = (tag: GuideTag) =>
      groups.flatMap((group) => {
        const own = source.ratings.find((rating) => rating.tag === tag && rating.groupId === group.id)
        return own ? [{ group: nameOf(group.id), rating: own.rating, comment: own.comment }] : []
      })
    model.ratings = {
      comparedWithCycle: source.previous?.cycle ?? null,
      rows: guideTags
        .filter((tag) => room.has(tag) || (before.get(tag) ?? null) !== null)
        .map((tag) => ({
          tag: ref(tag),
          rating: room.get(tag)?.rating ?? null,
          previous: before.get(tag) ?? null,
          comment: room.get(tag)?.comment ?? '',
          previousComment: beforeComments.get(tag) ?? '',
          groups: byGroup(tag),
        })),
    }
  }

  if (include.has('offer')) model.offer = offerSection(source.offer, guideTags, ref)

  if (include.has('record')) {
    model.record = {
      groups: groups.map((group) => ({ name: nameOf(group.id), roles: group.roles.map((role) => GROUP_ROLE_LABELS[role]).join(', '), headCount: group.headCount })),
      notes: workshop.notes,
    }
  }

  if (include.has('actions')) {
    model.actions = actionPlanSection(source.plan, (priority) => priority.links.map(ref), carried, producedOn)
  }

  if (include.has('youSaid')) model.youSaid = youSaidByTheme(source.youSaid)

  if (include.has('gaps')) {
    model.gaps = source.gaps.map((gap) => ({ title: gap.title, detail: gap.detail, links: gap.links.map(ref), groups: gap.groupIds.map(nameOf), edie: gap.edie }))
  }

  if (include.has('notes')) {
    const byQuestion = new Map<string, Note[]>()
    for (const note of source.notes) if (note.text.trim()) byQuestion.set(note.questionId, [...(byQuestion.get(note.questionId) ?? []), note])
    const groupOrder = new Map(groups.map((group, index) => [group.id, index]))
    const questions = pack.steps.flatMap((step) => step.sections.flatMap((section) => section.items.filter((item) => item.kind === 'question').map((question) => ({ section: section.title ?? step.title, question }))))
    model.notes = questions
      .filter(({ question }) => byQuestion.has(question.id))
      .map(({ section, question }) => ({
        section,
        question: question.text,
        tags: question.tags.map(ref),
        notes: byQuestion
          .get(question.id)!
          .sort((a, b) => (groupOrder.get(a.groupId) ?? 99) - (groupOrder.get(b.groupId) ?? 99))
          .map((note) => ({ group: nameOf(note.groupId), lines: cleanText(note.text).split('\n').map((line) => line.trim()).filter(Boolean) })),
      }))
  }
  return cleanStrings(model)
}
