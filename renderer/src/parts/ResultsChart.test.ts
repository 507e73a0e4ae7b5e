import { describe, expect, it } from 'vitest'
import { headline, type ResultRow } from './ResultsChart'

const row = (title: string, place: string, value: number): ResultRow => ({ gapId: title, title, place, tie: place.startsWith('='), value })

describe('the results headline', () => {
  it('names the top three, with = and the word tie for a shared place', () => {
    expect(headline([row('Respite breaks', '1', 6), row('Peer mentoring', '=2', 4), row('Out-of-hours support', '=2', 4), row('Training', '4', 1)])).toBe(
      '1 Respite breaks · =2 Peer mentoring (tie) · =2 Out-of-hours support (tie)',
    )
  })

  it('says how many more share the third place when a tie runs past it, so none of them seems to lose', () => {
    const rows = [row('Short breaks', '1', 4), row('Behaviour support', '=2', 3), row('First-year offer', '=2', 3), row('Interpreters', '=2', 3), row('Peer groups', '=5', 1)]
    expect(headline(rows)).toBe('1 Short breaks · =2 Behaviour support (tie) · =2 First-year offer (tie) · and 1 more at =2')
  })

  it('is just what there is for a round of one or two gaps', () => {
    expect(headline([row('Respite breaks', '1', 6)])).toBe('1 Respite breaks')
    expect(headline([])).toBe('')
  })
})
