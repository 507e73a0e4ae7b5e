import { describe, expect, it } from 'vitest'
import { kendallsW, midranksFromRanking, readConsensus } from './consensus'
import { describeMethod } from './describe'
import { computeResults } from './results'
import { roleMix } from './roles'
import { roundSettingsSchema, type GapRef, type RoundSettings } from './settings'
import { bordaScores } from './tally'
import { ballotProblems } from './validate'

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`
const gaps: GapRef[] = [
  { id: id(1), title: 'Respite breaks' },
  { id: id(2), title: 'Out-of-hours support' },
  { id: id(3), title: 'Training on trauma' },
  { id: id(4), title: 'Peer mentoring' },
]
const [A, B, C, D] = gaps.map((gap) => gap.id) as [string, string, string, string]
const group = (n: number, name: string, roles: Array<'foster_carers' | 'supervising_social_workers' | 'managers_leaders' | 'partner_agencies' | 'others'>) => ({
  id: id(100 + n),
  name,
  roles,
})
const groups = [
  group(1, 'Carers A', ['foster_carers']),
  group(2, 'Carers B', ['foster_carers', 'others']),
  group(3, 'Social workers', ['supervising_social_workers']),
  group(4, 'Leaders', ['managers_leaders', 'partner_agencies']),
  group(5, 'Table 5', ['foster_carers', 'supervising_social_workers']),
]
const dots = (dotsPerGroup: number, capPerGap: number | null = null): RoundSettings => ({ method: 'dots', dotsPerGroup, capPerGap })

describe('round settings', () => {
  it('refuses a cap on one gap above the dots a group has', () => {
    const result = roundSettingsSchema.safeParse({ method: 'dots', dotsPerGroup: 3, capPerGap: 4 })
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]).toMatchObject({ path: ['capPerGap'], message: 'The most dots on one gap cannot be more than the dots each group has.' })
    expect(roundSettingsSchema.safeParse({ method: 'ranked', topK: 0 }).error?.issues[0]?.message).toBe('Gaps each group ranks must be 1 or more.')
    expect(roundSettingsSchema.safeParse({ method: 'raffle' }).error?.issues[0]?.message).toBe('Method must be dot votes, a ranked ballot or 100 points.')
  })
})

describe('ballot validation', () => {
  it('accepts ballots that fit their round', () => {
    expect(ballotProblems(dots(3, 2), gaps, { method: 'dots', dots: { [A]: 2, [B]: 1 } })).toEqual([])
    expect(ballotProblems(dots(3), gaps, { method: 'dots', dots: { [A]: 1 } })).toEqual([])
    expect(ballotProblems({ method: 'points' }, gaps, { method: 'points', points: { [A]: 60, [C]: 40 } })).toEqual([])
    expect(ballotProblems({ method: 'ranked', topK: 3 }, gaps, { method: 'ranked', ranking: [C, A] })).toEqual([])
  })

  it.each([
    ['more dots than allowed', dots(3), { method: 'dots', dots: { [A]: 3, [B]: 2 } }, 'dots', 'This ballot places 5 dots, but each group has 3 dots.'],
    ['too many dots on one gap', dots(3, 2), { method: 'dots', dots: { [A]: 3 } }, `dots.${A}`, '“Respite breaks” has 3 dots, but at most 2 dots can go on one gap.'],
    ['no dots at all', dots(3), { method: 'dots', dots: {} }, 'dots', 'Place at least one dot.'],
    ['dots on a gap outside the round', dots(3), { method: 'dots', dots: { [id(99)]: 1 } }, `dots.${id(99)}`, 'Some dots are on a gap that is not in this round.'],
    ['points short of 100', { method: 'points' }, { method: 'points', points: { [A]: 50, [B]: 40 } }, 'points', 'The points add up to 90; they must add up to exactly 100 (10 still to place).'],
    ['points over 100', { method: 'points' }, { method: 'points', points: { [A]: 70, [B]: 40 } }, 'points', 'The points add up to 110; they must add up to exactly 100 (10 too many).'],
    ['a ranking with a duplicate', { method: 'ranked', topK: 3 }, { method: 'ranked', ranking: [A, B, A] }, 'ranking.2', '“Respite breaks” is listed more than once; each gap can be ranked once.'],
    ['a ranking with an unknown gap', { method: 'ranked', topK: 3 }, { method: 'ranked', ranking: [A, id(99)] }, 'ranking.1', 'The ranking includes a gap that is not in this round.'],
    ['a ranking longer than K', { method: 'ranked', topK: 2 }, { method: 'ranked', ranking: [A, B, C] }, 'ranking', 'This ranking lists 3 gaps, but each group ranks its top 2.'],
    ['an empty ranking', { method: 'ranked', topK: 2 }, { method: 'ranked', ranking: [] }, 'ranking', 'Put at least one gap in the ranking.'],
    ['a ballot of the wrong kind', dots(3), { method: 'points', points: { [A]: 100 } }, 'method', 'This round uses dot votes, so the ballot must too.'],
  ] as const)('refuses %s in plain words', (_label, settings, ballot, path, message) => {
    expect(ballotProblems(settings as RoundSettings, gaps, ballot as never)).toContainEqual({ path, message })
  })
})

describe('tallies and Borda', () => {
  it('adds up dots and orders gaps, naming a tie for a place', () => {
    const results = computeResults({
      settings: dots(3),
      gaps,
      groups,
      ballots: [
        { groupId: groups[0]!.id, ballot: { method: 'dots', dots: { [A]: 2, [B]: 1 } } },
        { groupId: groups[1]!.id, ballot: { method: 'dots', dots: { [B]: 2, [C]: 1 } } },
        { groupId: groups[2]!.id, ballot: { method: 'dots', dots: { [A]: 1, [C]: 1, [D]: 1 } } },
      ],
    })
    const [ordering] = results.orderings
    expect(ordering!.standings).toEqual([
      { gapId: A, place: 1, score: 3 },
      { gapId: B, place: 1, score: 3 },
      { gapId: C, place: 3, score: 2 },
      { gapId: D, place: 4, score: 1 },
    ])
    expect(ordering!.winner).toBe('“Respite breaks” and “Out-of-hours support” share first place.')
    expect(ordering!.ties).toEqual(['“Respite breaks” and “Out-of-hours support” tie for first place.'])
  })

  it('scores a first choice K points, down to 1 for the Kth, and nothing for unranked gaps', () => {
    // Hand count: A 3+2+2 = 7, B 2+3+1 = 6, C 1+3 = 4, D 1 = 1.
    expect(bordaScores([A, B, C, D], [[A, B, C], [B, A, D], [C, A, B]], 3)).toEqual({ [A]: 7, [B]: 6, [C]: 4, [D]: 1 })
  })

  it('names ties in a ranked round under both Schulze and Borda', () => {
    const results = computeResults({
      settings: { method: 'ranked', topK: 2 },
      gaps,
      groups,
      ballots: [
        { groupId: groups[0]!.id, ballot: { method: 'ranked', ranking: [A, B] } },
        { groupId: groups[2]!.id, ballot: { method: 'ranked', ranking: [B, A] } },
      ],
    })
    expect(results.orderings.map((ordering) => ordering.label)).toEqual(['Schulze method', 'Borda count'])
    for (const ordering of results.orderings) {
      expect(ordering.tiers).toEqual([[A, B], [C, D]])
      expect(ordering.ties).toEqual([
        '“Respite breaks” and “Out-of-hours support” tie for first place.',
        '“Training on trauma” and “Peer mentoring” tie for third place.',
      ])
    }
    expect(results.methodsCompared).toBe('The Schulze method and Borda count give the same order.')
  })

  it('says in one line why two gaps tie under Schulze with different head-to-head wins', () => {
    const results = computeResults({
      settings: { method: 'ranked', topK: 2 },
      gaps: gaps.slice(0, 3),
      groups,
      ballots: [
        { groupId: groups[0]!.id, ballot: { method: 'ranked', ranking: [A, C] } },
        { groupId: groups[2]!.id, ballot: { method: 'ranked', ranking: [B] } },
      ],
    })
    const schulze = results.orderings[0]!
    expect(schulze.tiers).toEqual([[A, B], [C]])
    expect(schulze.standings.map((standing) => standing.score)).toEqual([1, 0, 0])
    expect(schulze.ties).toEqual([
      '“Respite breaks” and “Out-of-hours support” tie for first place: neither beats the other head to head. “Respite breaks” beats 1 gap and “Out-of-hours support” beats 0 gaps, but a place goes by who beats whom, not by how many gaps each beats.',
    ])
  })

  it('says when every gap ties', () => {
    const results = computeResults({ settings: { method: 'points' }, gaps: gaps.slice(0, 3), groups, ballots: [] })
    expect(results.orderings[0]!.ties).toEqual(['All 3 gaps tie for first place: “Respite breaks”, “Out-of-hours support” and “Training on trauma”.'])
  })
})

describe('Kendall’s W', () => {
  it('matches a hand-worked example without ties', () => {
    // Rank sums 4, 6, 8, 12; mean 7.5; S = 35; W = 12·35 / (3²·(4³ − 4)) = 420 / 540.
    expect(kendallsW([[1, 2, 3, 4], [2, 1, 3, 4], [1, 3, 2, 4]])).toBeCloseTo(420 / 540, 10)
  })

  it('applies the tie correction', () => {
    // Rank sums 2, 4.5, 5.5; mean 4; S = 6.5; T = 2³ − 2 = 6; W = 78 / (4·24 − 2·6) = 78 / 84.
    expect(kendallsW([[1, 2.5, 2.5], [1, 2, 3]])).toBeCloseTo(78 / 84, 10)
  })

  it('is 0 for exactly opposed groups and cannot be measured with one group', () => {
    expect(kendallsW([[1, 2, 3], [3, 2, 1]])).toBe(0)
    expect(readConsensus([[1, 2, 3]]).reading).toBe('Agreement between groups can be measured once at least two groups have voted.')
  })

  it('reads W in plain English at the stated thresholds', () => {
    expect(readConsensus([[1, 2, 3, 4], [2, 1, 3, 4], [1, 3, 2, 4]])).toEqual({
      w: 420 / 540,
      level: 'very_strong',
      reading: 'Kendall’s W is 0.78: very strong agreement between the 3 groups.',
      groupCount: 3,
    })
    const moderate = readConsensus([[1, 2, 3, 4], [4, 1, 2, 3]])
    expect(moderate.w).toBeCloseTo(0.4, 10)
    expect(moderate.reading).toBe('Kendall’s W is 0.40: moderate agreement between the 2 groups.')
  })

  it('ties every unranked gap at the mean of the remaining ranks', () => {
    expect(midranksFromRanking([A, B, C, D], [C])).toEqual([3, 3, 1, 3])
  })
})

describe('carers’ and professionals’ groups', () => {
  it('sorts groups by the roles recorded at the table', () => {
    expect(roleMix(['foster_carers'])).toBe('carers')
    expect(roleMix(['foster_carers', 'others'])).toBe('carers')
    expect(roleMix(['supervising_social_workers'])).toBe('professionals')
    expect(roleMix(['managers_leaders', 'partner_agencies', 'others'])).toBe('professionals')
    expect(roleMix(['foster_carers', 'managers_leaders'])).toBe('mixed')
    expect(roleMix([])).toBe('not_recorded')
    expect(roleMix(['others'])).toBe('not_recorded')
  })

  it('compares the two sides’ orders and leaves mixed tables out', () => {
    const results = computeResults({
      settings: dots(2),
      gaps,
      groups,
      ballots: [
        { groupId: groups[0]!.id, ballot: { method: 'dots', dots: { [A]: 2 } } },
        { groupId: groups[1]!.id, ballot: { method: 'dots', dots: { [A]: 1, [B]: 1 } } },
        { groupId: groups[2]!.id, ballot: { method: 'dots', dots: { [C]: 2 } } },
        { groupId: groups[3]!.id, ballot: { method: 'dots', dots: { [C]: 1, [D]: 1 } } },
        { groupId: groups[4]!.id, ballot: { method: 'dots', dots: { [D]: 2 } } },
      ],
    })
    expect(results.roleSplit.sides.map((side) => [side.label, side.voterCount, side.ordering?.tiers[0]])).toEqual([
      ['Carers’ groups', 2, [A]],
      ['Professionals’ groups', 2, [C]],
    ])
    expect(results.roleSplit.leftOut).toBe(1)
    expect(results.roleSplit.comparison).toBe('Carers’ groups put “Respite breaks” first; professionals’ groups put “Training on trauma” first.')
    expect(results.groups.map((breakdown) => [breakdown.groupName, breakdown.roleMix, breakdown.values])).toEqual([
      ['Carers A', 'carers', { [A]: 2 }],
      ['Carers B', 'carers', { [A]: 1, [B]: 1 }],
      ['Social workers', 'professionals', { [C]: 2 }],
      ['Leaders', 'professionals', { [C]: 1, [D]: 1 }],
      ['Table 5', 'mixed', { [D]: 2 }],
    ])
  })

  it('says which side has not voted', () => {
    const results = computeResults({ settings: dots(2), gaps, groups, ballots: [{ groupId: groups[0]!.id, ballot: { method: 'dots', dots: { [A]: 2 } } }] })
    expect(results.roleSplit.comparison).toBe('No professionals’ groups have voted yet, so the two cannot be compared.')
    expect(results.roleSplit.agreement).toBeNull()
  })
})

describe('describing the method', () => {
  it('says in plain words what each method did', () => {
    expect(describeMethod(dots(3, 2))[0]).toBe('Each group placed up to 3 dots on the gaps it most wants to act on first, with no more than 2 dots on any one gap.')
    expect(describeMethod({ method: 'ranked', topK: 3 })).toEqual([
      'Each group put up to 3 gaps in order, its first choice first. The order is worked out in two ways, and both are shown.',
      expect.stringMatching(/^Schulze method: every pair of gaps is compared/),
      'Borda count: a group’s first choice gets 3 points, its second 2, and so on down to 1 point for its third choice; gaps a group did not rank get none. The gap with the most points comes first.',
    ])
    expect(describeMethod({ method: 'points' })[0]).toBe('Each group shared 100 points among the gaps, giving more points to what matters more to it.')
  })

  it('says what a round allows before it is counted', () => {
    expect(describeMethod(dots(3, 2), 'rules')[0]).toBe('Each group has 3 dots to place on the gaps it most wants to act on first, with no more than 2 dots on any one gap.')
    expect(describeMethod(dots(3), 'rules')[0]).toBe('Each group has 3 dots to place on the gaps it most wants to act on first, and can put several on one gap.')
    expect(describeMethod({ method: 'ranked', topK: 3 }, 'rules')[0]).toBe('Each group puts up to 3 gaps in order, its first choice first. The order is worked out in two ways, and both are shown.')
    expect(describeMethod({ method: 'points' }, 'rules')[0]).toBe('Each group shares 100 points among the gaps, giving more points to what matters more to it.')
  })
})

describe('each person votes', () => {
  const person = (n: number, table: number, role: 'foster_carers' | 'supervising_social_workers' | 'others' | null, ballot: Record<string, number>) => ({
    groupId: groups[table]!.id,
    voterId: id(500 + n),
    role,
    ballot: { method: 'dots' as const, dots: ballot },
  })
  const ballots = [
    person(1, 0, 'foster_carers', { [A]: 2 }),
    person(2, 0, 'foster_carers', { [A]: 1, [B]: 1 }),
    person(3, 0, 'supervising_social_workers', { [C]: 2 }),
    person(4, 2, 'supervising_social_workers', { [C]: 1, [D]: 1 }),
    person(5, 2, null, { [D]: 2 }),
    person(6, 4, 'others', { [B]: 2 }),
  ]
  const results = computeResults({ settings: dots(2), gaps, groups, ballots, whoVotes: 'people' })

  it('counts persons, not tables', () => {
    expect(results.whoVotes).toBe('people')
    expect(results.ballotCount).toBe(6)
    expect(results.orderings[0]!.standings.map((standing) => [standing.gapId, standing.score])).toEqual([[A, 3], [B, 3], [C, 3], [D, 3]])
    expect(results.description.at(-1)).toBe('Each person votes for themselves, from their phone or keyed in by the facilitator; each ballot counts with its table and the role its holder chose.')
    expect(results.description[0]).toBe('Each person placed up to 2 dots on the gaps they most want to act on first, and could put several on one gap.')
  })

  it('shows each table’s people together, never one person’s ballot', () => {
    expect(results.groups.map((group) => [group.groupName, group.voterCount, group.values])).toEqual([
      ['Carers A', 3, { [A]: 3, [C]: 2, [B]: 1 }],
      ['Social workers', 2, { [D]: 3, [C]: 1 }],
      ['Table 5', 1, { [B]: 2 }],
    ])
  })

  it('splits by the role each person chose, whatever their table', () => {
    expect(results.roleSplit.sides.map((side) => [side.label, side.voterCount, side.ordering?.tiers[0]])).toEqual([
      ['Foster carers', 2, [A]],
      ['Professionals', 2, [C]],
    ])
    expect(results.roleSplit.leftOut).toBe(2)
    expect(results.roleSplit.comparison).toBe('Foster carers put “Respite breaks” first; professionals put “Training on trauma” first.')
    expect(results.roleSplit.rule).toMatch(/^Each person counts on the side of the role they chose/)
  })

  it('measures Kendall’s W over persons, in words about people', () => {
    expect(results.consensus.groupCount).toBe(6)
    expect(results.consensus.reading).toMatch(/between the 6 people\.$/)
    const one = computeResults({ settings: dots(2), gaps, groups, ballots: ballots.slice(0, 1), whoVotes: 'people' })
    expect(one.consensus.reading).toBe('Agreement between people can be measured once at least two people have voted.')
  })

  it('places a table’s gaps by its people’s rankings together in a ranked round', () => {
    const ranked = computeResults({
      settings: { method: 'ranked', topK: 2 },
      gaps,
      groups,
      whoVotes: 'people',
      ballots: [
        { groupId: groups[0]!.id, voterId: id(601), role: null, ballot: { method: 'ranked', ranking: [B, A] } },
        { groupId: groups[0]!.id, voterId: id(602), role: null, ballot: { method: 'ranked', ranking: [B, C] } },
        { groupId: groups[0]!.id, voterId: id(603), role: null, ballot: { method: 'ranked', ranking: [A, B] } },
      ],
    })
    expect(ranked.groups[0]!.values).toEqual({ [B]: 1, [A]: 2, [C]: 3, [D]: 4 })
    expect(ranked.description[2]).toBe('Borda count: a person’s first choice gets 2 points, their second 1 point; gaps a person did not rank get none. The gap with the most points comes first.')
  })

  it('says a person’s limits in words about one person', () => {
    expect(ballotProblems(dots(3), gaps, { method: 'dots', dots: { [A]: 3, [B]: 2 } }, 'people')).toContainEqual({ path: 'dots', message: 'This ballot places 5 dots, but each person has 3 dots.' })
    expect(describeMethod({ method: 'points' }, 'rules', 'people')[0]).toBe('Each person shares 100 points among the gaps, giving more points to what matters more to them.')
  })
})

