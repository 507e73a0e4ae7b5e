import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { computeResults } from './results'
import { schulze } from './schulze'
import { effectiveTopK, type Ballot, type GapRef, type RoundSettings } from './settings'
import { bordaScores, tallyAllocations } from './tally'
import { ballotProblems } from './validate'

const uuid = (prefix: number, n: number) => `00000000-0000-4000-8${prefix}00-${String(n).padStart(12, '0')}`
const gapsOf = (count: number): GapRef[] => Array.from({ length: count }, (_, i) => ({ id: uuid(0, i), title: `Gap ${i + 1}` }))
const groupsOf = (count: number) =>
  Array.from({ length: count }, (_, i) => ({
    id: uuid(1, i),
    name: `Table ${i + 1}`,
    roles: i % 3 === 0 ? (['foster_carers'] as const) : i % 3 === 1 ? (['supervising_social_workers'] as const) : (['foster_carers', 'managers_leaders'] as const),
  }))

/** A ranking of up to `k` distinct gaps out of `ids`. */
const rankingOf = (ids: readonly string[], k: number) => fc.shuffledSubarray([...ids], { minLength: 1, maxLength: Math.min(k, ids.length) }).chain((subset) => fc.shuffledSubarray(subset, { minLength: subset.length, maxLength: subset.length }))

/** Dots (at most `total`, at least one) spread over the gaps. */
const dotsOf = (ids: readonly string[], total: number) =>
  fc.array(fc.constantFrom(...ids), { minLength: 1, maxLength: total }).map((picks) => {
    const dots: Record<string, number> = {}
    for (const id of picks) dots[id] = (dots[id] ?? 0) + 1
    return dots
  })

/** Exactly 100 points spread over the gaps: cut points on 0..100. */
const pointsOf = (ids: readonly string[]) =>
  fc.array(fc.integer({ min: 0, max: 100 }), { minLength: ids.length - 1, maxLength: ids.length - 1 }).map((cuts) => {
    const edges = [0, ...cuts.sort((a, b) => a - b), 100]
    return Object.fromEntries(ids.map((id, i) => [id, edges[i + 1]! - edges[i]!]))
  })

/** A round (settings, gaps, groups) with a valid ballot from each of some of its groups. */
const roundWithBallots = fc
  .record({ gapCount: fc.integer({ min: 2, max: 7 }), groupCount: fc.integer({ min: 1, max: 8 }), method: fc.constantFrom('dots', 'ranked', 'points'), n: fc.integer({ min: 1, max: 5 }) })
  .chain(({ gapCount, groupCount, method, n }) => {
    const gaps = gapsOf(gapCount)
    const ids = gaps.map((gap) => gap.id)
    const settings: RoundSettings =
      method === 'dots' ? { method, dotsPerGroup: n, capPerGap: null } : method === 'ranked' ? { method, topK: Math.min(n, gapCount) } : { method: 'points' }
    const ballot: fc.Arbitrary<Ballot> =
      settings.method === 'dots'
        ? dotsOf(ids, settings.dotsPerGroup).map((dots) => ({ method: 'dots' as const, dots }))
        : settings.method === 'ranked'
          ? rankingOf(ids, settings.topK).map((ranking) => ({ method: 'ranked' as const, ranking }))
          : pointsOf(ids).map((points) => ({ method: 'points' as const, points }))
    const groups = groupsOf(groupCount)
    return fc.tuple(fc.constant(settings), fc.constant(gaps), fc.constant(groups), fc.array(ballot, { minLength: groupCount, maxLength: groupCount }))
  })
  .map(([settings, gaps, groups, ballots]) => ({ settings, gaps, groups, ballots: ballots.map((ballot, i) => ({ groupId: groups[i]!.id, ballot })) }))

describe('voting invariants (property tests)', () => {
  it('the generated ballots are all valid for their rounds', () => {
    fc.assert(
      fc.property(roundWithBallots, ({ settings, gaps, ballots }) => {
        for (const cast of ballots) expect(ballotProblems(settings, gaps, cast.ballot)).toEqual([])
      }),
    )
  })

  it('reordering the groups’ ballots never changes a result', () => {
    fc.assert(
      fc.property(
        roundWithBallots.chain((round) => fc.tuple(fc.constant(round), fc.shuffledSubarray(round.ballots, { minLength: round.ballots.length, maxLength: round.ballots.length }))),
        ([round, shuffled]) => {
          expect(computeResults({ ...round, ballots: shuffled })).toEqual(computeResults(round))
        },
      ),
    )
  })

  it('an each-person round with one person per table counts as its tables would', () => {
    fc.assert(
      fc.property(roundWithBallots, (round) => {
        const people = round.ballots.map((cast, i) => ({ ...cast, voterId: uuid(2, i), role: null }))
        const asPeople = computeResults({ ...round, ballots: people, whoVotes: 'people' })
        const asTables = computeResults(round)
        expect(asPeople.orderings).toEqual(asTables.orderings)
        expect(asPeople.consensus.w).toEqual(asTables.consensus.w)
      }),
    )
  })

  it('reordering the people’s ballots never changes an each-person result, and each table counts its people', () => {
    fc.assert(
      fc.property(
        roundWithBallots.chain((round) => {
          // Several people at a few tables: each ballot goes to table i mod 3.
          const people = round.ballots.map((cast, i) => ({ ...cast, groupId: round.groups[i % Math.min(3, round.groups.length)]!.id, voterId: uuid(2, i), role: i % 2 === 0 ? ('foster_carers' as const) : null }))
          return fc.tuple(fc.constant({ ...round, ballots: people, whoVotes: 'people' as const }), fc.shuffledSubarray(people, { minLength: people.length, maxLength: people.length }))
        }),
        ([round, shuffled]) => {
          const results = computeResults(round)
          expect(computeResults({ ...round, ballots: shuffled })).toEqual(results)
          expect(results.groups.reduce((sum, group) => sum + group.voterCount, 0)).toBe(round.ballots.length)
          expect(results.consensus.groupCount).toBe(round.ballots.length)
        },
      ),
    )
  })

  it('a Condorcet winner always wins under Schulze, alone', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 6 }).chain((gapCount) => {
          const ids = gapsOf(gapCount).map((gap) => gap.id)
          return fc.tuple(
            fc.constant(ids),
            fc.constantFrom(...ids),
            fc.array(rankingOf(ids, gapCount), { maxLength: 6 }),
            fc.array(rankingOf(ids, gapCount), { minLength: 7, maxLength: 9 }),
          )
        }),
        ([ids, winner, others, backers]) => {
          // Backers put the winner first and outnumber all other ballots, so it beats every gap head to head.
          const rankings = [...others, ...backers.map((ranking) => [winner, ...ranking.filter((id) => id !== winner)])]
          const outcome = schulze(ids, rankings)
          const i = ids.indexOf(winner)
          ids.forEach((_id, j) => j !== i && expect(outcome.pairwise[i]![j]!).toBeGreaterThan(outcome.pairwise[j]![i]!))
          expect(outcome.tiers[0]).toEqual([winner])
        },
      ),
    )
  })

  it('whenever random ballots happen to have a Condorcet winner, Schulze puts it first', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 6 }).chain((gapCount) => {
          const ids = gapsOf(gapCount).map((gap) => gap.id)
          return fc.tuple(fc.constant(ids), fc.array(rankingOf(ids, gapCount), { minLength: 1, maxLength: 9 }))
        }),
        ([ids, rankings]) => {
          const outcome = schulze(ids, rankings)
          const condorcet = ids.findIndex((_id, i) => ids.every((_other, j) => i === j || outcome.pairwise[i]![j]! > outcome.pairwise[j]![i]!))
          if (condorcet >= 0) expect(outcome.tiers[0]).toEqual([ids[condorcet]])
          // Every gap appears exactly once across the tiers.
          expect(outcome.tiers.flat().sort()).toEqual([...ids].sort())
        },
      ),
    )
  })

  it('unanimous ballots give Kendall’s W = 1', () => {
    fc.assert(
      fc.property(roundWithBallots, fc.integer({ min: 2, max: 8 }), ({ settings, gaps, ballots }, copies) => {
        const groups = groupsOf(copies)
        const same = groups.map((group) => ({ groupId: group.id, ballot: ballots[0]!.ballot }))
        const { consensus } = computeResults({ settings, gaps, groups, ballots: same })
        const values = Object.values(computeResults({ settings, gaps, groups, ballots: same.slice(0, 1) }).groups[0]!.values)
        const everyGapEqual = settings.method !== 'ranked' && values.length === gaps.length && values.every((value) => value === values[0])
        if (everyGapEqual) expect(consensus.w).toBeNull()
        else expect(consensus.w).toBe(1)
      }),
    )
  })

  it('tallies conserve dots and points, and Borda gives away K + (K − 1) + … per listed gap', () => {
    fc.assert(
      fc.property(roundWithBallots, ({ settings, gaps, groups, ballots }) => {
        const ids = gaps.map((gap) => gap.id)
        const results = computeResults({ settings, gaps, groups, ballots })
        const sum = (scores: Record<string, number>) => Object.values(scores).reduce((total, value) => total + value, 0)
        const standingsTotal = (index: number) => results.orderings[index]!.standings.reduce((total, standing) => total + standing.score, 0)
        if (settings.method === 'dots') {
          const placed = ballots.reduce((total, cast) => total + (cast.ballot.method === 'dots' ? sum(cast.ballot.dots) : 0), 0)
          expect(standingsTotal(0)).toBe(placed)
          expect(sum(tallyAllocations(ids, ballots.map((cast) => (cast.ballot.method === 'dots' ? cast.ballot.dots : {}))))).toBe(placed)
        } else if (settings.method === 'points') {
          expect(standingsTotal(0)).toBe(100 * ballots.length)
        } else {
          const k = effectiveTopK(settings, ids.length)
          const rankings = ballots.map((cast) => (cast.ballot.method === 'ranked' ? cast.ballot.ranking : []))
          const expected = rankings.reduce((total, ranking) => total + ranking.reduce((points, _id, i) => points + (k - i), 0), 0)
          expect(sum(bordaScores(ids, rankings, k))).toBe(expected)
          expect(standingsTotal(1)).toBe(expected)
          // Full-length ballots give away exactly K(K + 1)/2 each.
          const full = rankings.map((ranking) => [...ranking, ...ids.filter((id) => !ranking.includes(id))].slice(0, k))
          expect(sum(bordaScores(ids, full, k))).toBe((ballots.length * k * (k + 1)) / 2)
        }
      }),
    )
  })

  it('every gap gets a place, and places run 1, 1, 3 around ties', () => {
    fc.assert(
      fc.property(roundWithBallots, (round) => {
        for (const ordering of computeResults(round).orderings) {
          expect(ordering.standings.map((standing) => standing.gapId).sort()).toEqual(round.gaps.map((gap) => gap.id).sort())
          let ahead = 0
          for (const tier of ordering.tiers) {
            for (const gapId of tier) expect(ordering.standings.find((standing) => standing.gapId === gapId)!.place).toBe(ahead + 1)
            ahead += tier.length
          }
          expect(ordering.ties).toHaveLength(ordering.tiers.filter((tier) => tier.length > 1).length)
        }
      }),
    )
  })
})
