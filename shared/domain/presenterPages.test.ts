import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { boardPages, CONTENT_HEIGHT, linesOf, pageBy, prioritiesPages, resultsPages, shownPage, votingPages } from './presenterPages'

describe('the shared screen’s pages', () => {
  it('keeps every item once, in order, on pages no taller than they may be (an item taller than a page on a page of its own)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 400 }), { maxLength: 60 }), fc.integer({ min: 100, max: 900 }), (heights, capacity) => {
        const pages = pageBy(heights, capacity)
        expect(pages.flat()).toEqual(heights.map((_, index) => index))
        for (const page of pages) {
          const used = page.reduce((sum, index) => sum + heights[index]!, 0)
          expect(page.length === 1 || used <= capacity).toBe(true)
        }
        // Greedy: nothing that would have fitted was pushed on.
        pages.slice(1).forEach((page, at) => {
          const before = pages[at]!.reduce((sum, index) => sum + heights[index]!, 0)
          expect(before + heights[page[0]!]!).toBeGreaterThan(capacity)
        })
      }),
    )
  })

  it('counts lines from the characters a line holds, paragraph by paragraph', () => {
    expect(linesOf('Respite', 640, 32)).toBe(1)
    expect(linesOf('x'.repeat(33), 640, 32)).toBe(2)
    expect(linesOf('one\ntwo\nthree', 640, 32)).toBe(3)
  })

  it('has one page for a short list and more for a long one, and shows the last page when asked for one past it', () => {
    expect(resultsPages(['Respite breaks', 'Peer mentoring'])).toEqual([[0, 1]])
    const long = resultsPages(Array.from({ length: 30 }, (_, index) => `Gap ${index}`))
    expect(long.length).toBeGreaterThan(1)
    expect(long.flat()).toHaveLength(30)
    expect(votingPages(Array.from({ length: 100 }, (_, index) => `Table ${index}`)).flat()).toHaveLength(100)
    expect(prioritiesPages([{ title: 'Respite', rationale: 'x'.repeat(5_000) }, { title: 'Peer mentoring', rationale: '' }])).toEqual([[0], [1]])
    expect(shownPage(5, 2)).toBe(1)
    expect(shownPage(0, 1)).toBe(0)
    expect(CONTENT_HEIGHT).toBeGreaterThan(800)
  })

  it('lays the board out as columns four to a row, cutting a long column and the unlinked gaps over pages', () => {
    const gaps = Array.from({ length: 30 }, (_, index) => ({ id: `g${index}`, title: `Gap number ${index} with a title of some length`, links: index < 20 ? ['KP1' as const] : index < 24 ? ['KP3' as const] : [], edie: index === 3 }))
    const pages = boardPages(gaps, 'kp', (column) => `${column} A Key Principle`)
    const placed = pages.flatMap((page) => [...page.rows.flat().flatMap((block) => block.gapIds), ...(page.tray?.gapIds ?? [])])
    expect(placed.sort()).toEqual(gaps.map((gap) => gap.id).sort())
    const kp1 = pages.flatMap((page) => page.rows.flat()).filter((block) => block.column === 'KP1')
    expect(kp1.length).toBeGreaterThan(1)
    expect(kp1.slice(1).every((block) => block.continued)).toBe(true)
    expect(pages.flatMap((page) => page.rows).every((row) => row.length <= 4)).toBe(true)
    expect(boardPages([], 'r', () => 'R')).toEqual([{ rows: [], tray: null }])
  })
})
