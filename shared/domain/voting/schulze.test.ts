import { describe, expect, it } from 'vitest'
import { schulze } from './schulze'

/** Wikipedia's Schulze method example: 45 voters, five candidates, expanded to one ballot per voter. */
const WIKIPEDIA: Array<[number, string]> = [
  [5, 'ACBED'],
  [5, 'ADECB'],
  [8, 'BEDAC'],
  [3, 'CABED'],
  [7, 'CAEBD'],
  [2, 'CBADE'],
  [7, 'DCEBA'],
  [8, 'EBADC'],
]
const ballots = WIKIPEDIA.flatMap(([count, order]) => Array.from({ length: count }, () => order.split('')))

describe('the Schulze method', () => {
  it('reproduces the pairwise counts, strongest paths and order of the Wikipedia example', () => {
    const outcome = schulze(['A', 'B', 'C', 'D', 'E'], ballots)
    expect(ballots).toHaveLength(45)
    expect(outcome.pairwise).toEqual([
      [0, 20, 26, 30, 22],
      [25, 0, 16, 33, 18],
      [19, 29, 0, 17, 24],
      [15, 12, 28, 0, 14],
      [23, 27, 21, 31, 0],
    ])
    expect(outcome.strongest).toEqual([
      [0, 28, 28, 30, 24],
      [25, 0, 28, 33, 24],
      [25, 29, 0, 29, 24],
      [25, 28, 28, 0, 24],
      [25, 28, 28, 31, 0],
    ])
    expect(outcome.tiers).toEqual([['E'], ['A'], ['C'], ['B'], ['D']])
    expect(outcome.wins).toEqual({ E: 4, A: 3, C: 2, B: 1, D: 0 })
  })

  it('gives the same order whatever order the 45 ballots arrive in', () => {
    expect(schulze(['A', 'B', 'C', 'D', 'E'], [...ballots].reverse()).tiers).toEqual([['E'], ['A'], ['C'], ['B'], ['D']])
  })

  it('names a tie when two gaps split the groups evenly, and treats unranked gaps as below ranked ones', () => {
    const outcome = schulze(['A', 'B', 'C', 'D'], [['A', 'B'], ['B', 'A']])
    expect(outcome.tiers).toEqual([['A', 'B'], ['C', 'D']])
  })

  it('resolves a Condorcet cycle by the strongest paths rather than calling everything a tie', () => {
    // 4 groups A>B>C, 2 groups B>C>A, 3 groups C>A>B: A beats B 7:2, B beats C 6:3, C beats A 5:4 (a cycle).
    // Strongest paths: A to C through B is min(7, 6) = 6, beating C to A's 5, so A comes first, then B, then C.
    const rankings = [
      ...Array.from({ length: 4 }, () => ['A', 'B', 'C']),
      ...Array.from({ length: 2 }, () => ['B', 'C', 'A']),
      ...Array.from({ length: 3 }, () => ['C', 'A', 'B']),
    ]
    const outcome = schulze(['A', 'B', 'C'], rankings)
    expect(outcome.pairwise).toEqual([
      [0, 7, 4],
      [2, 0, 6],
      [5, 3, 0],
    ])
    expect(outcome.strongest).toEqual([
      [0, 7, 6],
      [5, 0, 6],
      [5, 5, 0],
    ])
    expect(outcome.tiers).toEqual([['A'], ['B'], ['C']])
  })
})
