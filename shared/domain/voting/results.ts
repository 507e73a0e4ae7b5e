import { z } from 'zod'
import type { GroupRole } from '../workshop'
import { consensusSchema, midranksFromRanking, midranksFromScores, readConsensus } from './consensus'
import { BORDA_LABEL, SCHULZE_LABEL, describeMethod } from './describe'
import { describeTies, describeWinner, midranksFromTiers, placesFromTiers, tiersFromScores, type Tiers } from './ordering'
import { PERSON_MIX_LABELS, PERSON_MIX_RULE, ROLE_MIX_LABELS, ROLE_MIX_RULE, roleMix, roleMixSchema, type RoleMix } from './roles'
import { schulze } from './schulze'
import { effectiveTopK, votingMethodSchema, type Ballot, type GapRef, type RoundSettings } from './settings'
import { ballotValues, bordaScores, tallyAllocations } from './tally'
import { VOTER_WORDS, whoVotesSchema, type WhoVotes } from './voters'
import { listInWords, plural, quoted } from './words'

export const SCORINGS = ['dots', 'points', 'schulze', 'borda'] as const

export const orderingSchema = z.object({
  scoring: z.enum(SCORINGS),
  label: z.string(),
  /** Every gap of the round, best first, with competition places ("1, 1, 3") and its score (dots, points, Borda points, or Schulze wins). */
  standings: z.array(z.object({ gapId: z.string(), place: z.number().int().min(1), score: z.number() })),
  /** Gap ids of equal rank, best first. */
  tiers: z.array(z.array(z.string())),
  /** "“X” comes first." or "“X” and “Y” share first place." */
  winner: z.string(),
  /** One sentence per tie; empty when there is none. */
  ties: z.array(z.string()),
})
export type Ordering = z.infer<typeof orderingSchema>

export const groupBreakdownSchema = z.object({
  groupId: z.string(),
  groupName: z.string(),
  /** The table's recorded roles, as a side of the carers/professionals comparison. */
  roleMix: roleMixSchema,
  /** Ballots counted at this table: 1 in an each-table round, its people's in an each-person round. */
  voterCount: z.number().int().min(1),
  /**
   * Dots or points per gap, or for a ranking each listed gap's place (1 = first). In an
   * each-person round, the table's people together: their dots or points added up, or each gap's
   * place in the order their rankings give (the Schulze method). One person's ballot is never shown.
   */
  values: z.record(z.string(), z.number()),
})
export type GroupBreakdown = z.infer<typeof groupBreakdownSchema>

export const roleSideSchema = z.object({
  roleMix: z.enum(['carers', 'professionals']),
  label: z.string(),
  /** Ballots on this side: groups' in an each-table round, people's in an each-person round. */
  voterCount: z.number().int().min(0),
  ordering: orderingSchema.nullable(),
})

export const roleSplitSchema = z.object({
  rule: z.string(),
  sides: z.array(roleSideSchema),
  /** Voters on neither side (mixed tables, no roles recorded; people who gave another role or none). */
  leftOut: z.number().int().min(0),
  comparison: z.string(),
  /** Kendall's W between the two sides' orders, when both have voted. */
  agreement: consensusSchema.nullable(),
})
export type RoleSplit = z.infer<typeof roleSplitSchema>

export const roundResultsSchema = z.object({
  method: votingMethodSchema,
  whoVotes: whoVotesSchema,
  description: z.array(z.string()),
  /** Ballots counted: one per table, or one per person. */
  ballotCount: z.number().int().min(0),
  /** The main order first (Schulze for ranked ballots), then any other (Borda). */
  orderings: z.array(orderingSchema).min(1),
  /** For ranked ballots, whether Borda and Schulze agree. */
  methodsCompared: z.string().nullable(),
  /** Each table that voted, in the workshop's order. */
  groups: z.array(groupBreakdownSchema),
  roleSplit: roleSplitSchema,
  consensus: consensusSchema,
})
export type RoundResults = z.infer<typeof roundResultsSchema>

export interface VotingGroup {
  id: string
  name: string
  roles: readonly GroupRole[]
}
export interface CastBallot {
  /** The table the ballot counts with. */
  groupId: string
  /** In an each-person round, who cast it (an id the app made, never a name); a table's own ballot has none. */
  voterId?: string
  /** The role that person chose, or null when they did not say; a table's ballot takes the table's roles. */
  role?: GroupRole | null
  ballot: Ballot
}
export interface ResultsInput {
  settings: RoundSettings
  gaps: readonly GapRef[]
  groups: readonly VotingGroup[]
  ballots: readonly CastBallot[]
  /** Each table (the default) or each person. */
  whoVotes?: WhoVotes
}

/** One counted ballot with what the comparisons need: its table and the roles it speaks for. */
interface Voter {
  key: string
  groupId: string
  roles: readonly GroupRole[]
  ballot: Ballot
}

function makeOrdering(scoring: Ordering['scoring'], label: string, gaps: readonly GapRef[], scores: Record<string, number>, tiers: Tiers): Ordering {
  const titles = new Map(gaps.map((gap) => [gap.id, gap.title]))
  const titleOf = (id: string) => titles.get(id) ?? 'Unknown gap'
  const places = placesFromTiers(tiers)
  return {
    scoring,
    label,
    standings: tiers.flat().map((gapId) => ({ gapId, place: places.get(gapId)!, score: scores[gapId] ?? 0 })),
    tiers,
    winner: describeWinner(tiers, titleOf),
    ties: scoring === 'schulze' ? withHeadToHeadReasons(tiers, scores, describeTies(tiers, titleOf), titleOf) : describeTies(tiers, titleOf),
  }
}

/**
 * Schulze's score column counts the gaps each one beats, so two gaps can share a place with
 * different counts; such a tie's sentence then says why, in the same line.
 */
function withHeadToHeadReasons(tiers: Tiers, wins: Record<string, number>, sentences: string[], titleOf: (id: string) => string): string[] {
  const tied = tiers.filter((tier) => tier.length > 1)
  return sentences.map((sentence, index) => {
    const tier = tied[index] ?? []
    if (new Set(tier.map((id) => wins[id] ?? 0)).size < 2) return sentence
    const counts = listInWords(tier.map((id) => `${quoted(titleOf(id))} beats ${plural(wins[id] ?? 0, 'gap')}`))
    return `${sentence.replace(/\.$/, '')}: neither beats the other head to head. ${counts}, but a place goes by who beats whom, not by how many gaps each beats.`
  })
}

/** The orders a round's ballots give: one for dots or points, Schulze then Borda for rankings. */
export function orderingsFor(settings: RoundSettings, gaps: readonly GapRef[], ballots: readonly Ballot[]): Ordering[] {
  const gapIds = gaps.map((gap) => gap.id)
  if (settings.method === 'ranked') {
    const rankings = ballots.flatMap((ballot) => (ballot.method === 'ranked' ? [ballot.ranking] : []))
    const outcome = schulze(gapIds, rankings)
    const borda = bordaScores(gapIds, rankings, effectiveTopK(settings, gapIds.length))
    return [
      makeOrdering('schulze', SCHULZE_LABEL, gaps, outcome.wins, outcome.tiers),
      makeOrdering('borda', BORDA_LABEL, gaps, borda, tiersFromScores(gapIds, (id) => borda[id] ?? 0)),
    ]
  }
  const allocations = ballots.flatMap((ballot) => (ballot.method === 'dots' ? [ballot.dots] : ballot.method === 'points' ? [ballot.points] : []))
  const totals = tallyAllocations(gapIds, allocations)
  const scoring = settings.method === 'dots' ? 'dots' : 'points'
  return [makeOrdering(scoring, scoring === 'dots' ? 'Dots' : 'Points', gaps, totals, tiersFromScores(gapIds, (id) => totals[id] ?? 0))]
}

/** One group's ranks of every gap (1 = best, ties averaged), for Kendall's W. */
function groupRanks(gapIds: readonly string[], ballot: Ballot): number[] {
  if (ballot.method === 'ranked') return midranksFromRanking(gapIds, ballot.ranking)
  const values = ballotValues(ballot)
  return midranksFromScores(gapIds, (id) => values[id] ?? 0)
}

function sameTiers(a: Tiers, b: Tiers): boolean {
  return a.length === b.length && a.every((tier, i) => tier.length === b[i]!.length && tier.every((id) => b[i]!.includes(id)))
}

/** The two sides' names in sentences: tables are "carers’ groups", people "foster carers". */
const SIDE_NAMES: Record<WhoVotes, { carers: string; professionals: string }> = {
  tables: { carers: 'carers’ groups', professionals: 'professionals’ groups' },
  people: { carers: 'foster carers', professionals: 'professionals' },
}
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

function compareSides(gaps: readonly GapRef[], carers: Ordering | null, professionals: Ordering | null, whoVotes: WhoVotes): string {
  const names = SIDE_NAMES[whoVotes]
  if (!carers && !professionals) return `No ${names.carers} and no ${names.professionals} have voted yet, so they cannot be compared.`
  if (!carers) return `No ${names.carers} have voted yet, so the two cannot be compared.`
  if (!professionals) return `No ${names.professionals} have voted yet, so the two cannot be compared.`
  const titles = new Map(gaps.map((gap) => [gap.id, gap.title]))
  const firsts = (ordering: Ordering) => listInWords((ordering.tiers[0] ?? []).map((id) => quoted(titles.get(id) ?? 'Unknown gap')))
  const both = `${capitalise(names.carers)} and ${names.professionals}`
  if (sameTiers(carers.tiers, professionals.tiers)) return `${both} put the gaps in the same order, with ${firsts(carers)} first.`
  if (sameTiers(carers.tiers.slice(0, 1), professionals.tiers.slice(0, 1))) {
    return `${both} both put ${firsts(carers)} first, but order the other gaps differently.`
  }
  return `${capitalise(names.carers)} put ${firsts(carers)} first; ${names.professionals} put ${firsts(professionals)} first.`
}

/**
 * A table's people together, for the breakdown of an each-person round: their dots or points
 * added up, or for rankings each gap's place in the order their rankings give.
 */
function tableValues(settings: RoundSettings, gaps: readonly GapRef[], ballots: readonly Ballot[]): Record<string, number> {
  const { standings } = orderingsFor(settings, gaps, ballots)[0]!
  if (settings.method === 'ranked') return Object.fromEntries(standings.map((standing) => [standing.gapId, standing.place]))
  return Object.fromEntries(standings.filter((standing) => standing.score > 0).map((standing) => [standing.gapId, standing.score]))
}

/**
 * Everything the results screen and the report show for a round: the combined order(s) with
 * ties named, each group's ballot, the carers/professionals comparison and Kendall's W.
 * Pure and independent of the order ballots are given in.
 */
export function computeResults({ settings, gaps, groups, ballots, whoVotes = 'tables' }: ResultsInput): RoundResults {
  const gapIds = gaps.map((gap) => gap.id)
  const groupOrder = new Map(groups.map((group, index) => [group.id, index]))
  const groupById = new Map(groups.map((group) => [group.id, group]))
  const tableRoles = (groupId: string) => groupById.get(groupId)?.roles ?? []
  const voters: Voter[] = ballots.map((cast) => ({
    key: cast.voterId ?? cast.groupId,
    groupId: cast.groupId,
    roles: whoVotes === 'people' ? (cast.role ? [cast.role] : []) : tableRoles(cast.groupId),
    ballot: cast.ballot,
  }))
  // Sorting by the workshop's group order (then id) makes every output independent of arrival order.
  const sorted = voters.sort(
    (a, b) =>
      (groupOrder.get(a.groupId) ?? Infinity) - (groupOrder.get(b.groupId) ?? Infinity) ||
      (a.groupId < b.groupId ? -1 : a.groupId > b.groupId ? 1 : 0) ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  )
  const words = VOTER_WORDS[whoVotes]
  const labels = whoVotes === 'people' ? PERSON_MIX_LABELS : ROLE_MIX_LABELS
  const orderings = orderingsFor(settings, gaps, sorted.map((voter) => voter.ballot))

  const side = (mix: 'carers' | 'professionals') => {
    const own = sorted.filter((voter) => roleMix(voter.roles) === mix)
    return {
      roleMix: mix,
      label: labels[mix],
      voterCount: own.length,
      ordering: own.length > 0 ? orderingsFor(settings, gaps, own.map((voter) => voter.ballot))[0]! : null,
    }
  }
  const carers = side('carers')
  const professionals = side('professionals')
  const names = SIDE_NAMES[whoVotes]
  const agreement =
    carers.ordering && professionals.ordering
      ? readConsensus([midranksFromTiers(gapIds, carers.ordering.tiers), midranksFromTiers(gapIds, professionals.ordering.tiers)], `${names.carers} and ${names.professionals}`)
      : null

  let methodsCompared: string | null = null
  if (settings.method === 'ranked' && orderings.length === 2) {
    methodsCompared = sameTiers(orderings[0]!.tiers, orderings[1]!.tiers)
      ? 'The Schulze method and Borda count give the same order.'
      : 'The Schulze method and Borda count give different orders; both are shown. Schulze is listed first because it respects head-to-head majorities.'
  }

  const tables = new Map<string, Voter[]>()
  for (const voter of sorted) tables.set(voter.groupId, [...(tables.get(voter.groupId) ?? []), voter])
  const breakdown = [...tables].map(([groupId, own]) => ({
    groupId,
    groupName: groupById.get(groupId)?.name ?? 'A group that has been removed',
    roleMix: roleMix(tableRoles(groupId)) satisfies RoleMix,
    voterCount: own.length,
    values: whoVotes === 'people' ? tableValues(settings, gaps, own.map((voter) => voter.ballot)) : ballotValues(own[0]!.ballot),
  }))

  return {
    method: settings.method,
    whoVotes,
    description: describeMethod(settings, 'counted', whoVotes),
    ballotCount: sorted.length,
    orderings,
    methodsCompared,
    groups: breakdown,
    roleSplit: {
      rule: whoVotes === 'people' ? PERSON_MIX_RULE : ROLE_MIX_RULE,
      sides: [carers, professionals],
      leftOut: sorted.length - carers.voterCount - professionals.voterCount,
      comparison: compareSides(gaps, carers.ordering, professionals.ordering, whoVotes),
      agreement,
    },
    consensus: readConsensus(sorted.map((voter) => groupRanks(gapIds, voter.ballot)), undefined, words),
  }
}
