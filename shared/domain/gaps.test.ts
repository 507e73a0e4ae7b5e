import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { countGapsByTag, filterGaps, gapDetailsSchema, gapFromQuestion, mergeGapDetails, type GapDetails } from './gaps'
import { GUIDE_TAGS, type GuideTag } from './links'

const GROUP_A = '00000000-0000-4000-8000-00000000000a'
const GROUP_B = '00000000-0000-4000-8000-00000000000b'
const GROUP_C = '00000000-0000-4000-8000-00000000000c'

const gap = (change: Partial<GapDetails>): GapDetails => ({ title: 'Gap', detail: '', links: [], groupIds: [], sourceQuestionId: null, edie: false, ...change })

describe('gaps', () => {
  it('prefills a gap from a question: its KP and Recommendation tags as links, EDIE as the flag, blanket tags not expanded', () => {
    expect(gapFromQuestion({ id: 'q-1', tags: ['R2', 'KP5', 'EDIE', 'ALL_RECS'] })).toEqual({ links: ['KP5', 'R2'], sourceQuestionId: 'q-1', edie: true })
    expect(gapFromQuestion({ id: 'q-2', tags: ['ALL'] })).toEqual({ links: [], sourceQuestionId: 'q-2', edie: false })
  })

  it('merges two gaps keeping every link and every group, and both details', () => {
    const merged = mergeGapDetails(
      gap({ title: 'No peer support at weekends', detail: 'Carers A said so.', links: ['KP3', 'R7'], groupIds: [GROUP_A], edie: false }),
      gap({ title: 'Carers feel alone', detail: 'Table 2 agreed.', links: ['KP3', 'KP4'], groupIds: [GROUP_B, GROUP_A], sourceQuestionId: 'q-9', edie: true }),
      'Peer support when carers need it',
    )
    expect(merged).toEqual({
      title: 'Peer support when carers need it',
      detail: 'Carers A said so.\n\nTable 2 agreed.',
      links: ['KP3', 'KP4', 'R7'],
      groupIds: [GROUP_A, GROUP_B],
      sourceQuestionId: 'q-9',
      edie: true,
    })
  })

  it('never loses a link or a group when merging (any two gaps)', () => {
    const tags = fc.subarray([...GUIDE_TAGS] as GuideTag[])
    const groups = fc.subarray([GROUP_A, GROUP_B, GROUP_C])
    fc.assert(
      fc.property(tags, tags, groups, groups, (linksA, linksB, groupsA, groupsB) => {
        const merged = mergeGapDetails(gap({ links: linksA, groupIds: groupsA }), gap({ links: linksB, groupIds: groupsB }), 'Merged')
        expect(new Set(merged.links)).toEqual(new Set([...linksA, ...linksB]))
        expect(new Set(merged.groupIds)).toEqual(new Set([...groupsA, ...groupsB]))
        expect(new Set(merged.links).size).toBe(merged.links.length)
        expect(gapDetailsSchema.safeParse(merged).success).toBe(true)
      }),
    )
  })

  it('counts gaps per Key Principle and Recommendation, and filters by link, group and EDIE', () => {
    const gaps = [
      gap({ links: ['KP1', 'R2'], groupIds: [GROUP_A], edie: true }),
      gap({ links: ['KP1'], groupIds: [GROUP_B] }),
      gap({ links: ['R2'], groupIds: [GROUP_A, GROUP_B] }),
    ]
    expect(countGapsByTag(gaps, ['KP1', 'KP2', 'R2'])).toEqual([
      { tag: 'KP1', count: 2 },
      { tag: 'KP2', count: 0 },
      { tag: 'R2', count: 2 },
    ])
    expect(filterGaps(gaps, { tag: 'KP1' })).toHaveLength(2)
    expect(filterGaps(gaps, { groupId: GROUP_A, tag: 'R2' })).toHaveLength(2)
    expect(filterGaps(gaps, { edie: true })).toEqual([gaps[0]])
    expect(filterGaps(gaps, {})).toHaveLength(3)
  })

  it('refuses empty titles, unknown Key Principles and repeated links with plain messages', () => {
    const result = gapDetailsSchema.safeParse(gap({ title: '  ', links: ['KP9' as GuideTag] }))
    expect(result.success).toBe(false)
    const messages = result.error?.issues.map((issue) => issue.message)
    expect(messages).toContain('Title cannot be empty.')
    expect(messages).toContain('“KP9” is not a Key Principle or Recommendation: link to KP1 to KP8 or R1 to R7.')
    expect(gapDetailsSchema.safeParse(gap({ links: ['KP1', 'KP1'] })).error?.issues[0]?.message).toBe('Each Key Principle or Recommendation can be linked only once.')
  })
})
