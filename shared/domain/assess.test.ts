import { describe, expect, it } from 'vitest'
import { loadPackOrThrow } from '../content/load'
import packJson from '../../resources/packs/foster-care-reflective-tool.json'
import { defaultAgenda, keepCurrent, stepAgenda } from './agenda'
import { GUIDE_TAGS } from './links'
import { coverage, uncovered } from './offer'
import { ratingsDiffer } from './ratings'

const pack = loadPackOrThrow(packJson)

describe('agenda', () => {
  it('starts with every Assess question in the tool’s order', () => {
    const agenda = defaultAgenda(pack)
    expect(agenda).toHaveLength(77)
    expect(agenda[0]).toBe('assess-knowing-your-foster-carers-strategic-01')
    expect(agenda.every((id) => id.startsWith('assess-'))).toBe(true)
  })

  it('steps within the agenda and never past either end', () => {
    const agenda = { questionIds: ['a', 'b', 'c'], currentQuestionId: 'b' }
    expect(stepAgenda(agenda, 1)).toBe('c')
    expect(stepAgenda({ ...agenda, currentQuestionId: 'c' }, 1)).toBe('c')
    expect(stepAgenda({ ...agenda, currentQuestionId: 'a' }, -1)).toBe('a')
    expect(stepAgenda({ ...agenda, currentQuestionId: null }, 1)).toBe('a')
    expect(stepAgenda({ questionIds: [], currentQuestionId: null }, 1)).toBeNull()
  })

  it('keeps the current question when the agenda changes, or moves to the one now in its place', () => {
    const before = { questionIds: ['a', 'b', 'c'], currentQuestionId: 'b' }
    expect(keepCurrent(before, ['c', 'b'])).toBe('b')
    expect(keepCurrent(before, ['a', 'c'])).toBe('c')
    expect(keepCurrent(before, ['a'])).toBe('a')
    expect(keepCurrent(before, [])).toBeNull()
  })
})

describe('coverage of the support offer', () => {
  it('lists what is mapped to each Key Principle and Recommendation and which have nothing', () => {
    const rows = coverage(GUIDE_TAGS, [
      { name: 'Mockingbird', links: ['KP3', 'R7'] },
      { name: 'Fostering Changes', links: ['R2', 'KP3'] },
    ])
    expect(rows.find((row) => row.tag === 'KP3')?.items).toEqual(['Mockingbird', 'Fostering Changes'])
    expect(uncovered(rows)).toEqual(GUIDE_TAGS.filter((tag) => !['KP3', 'R2', 'R7'].includes(tag)))
  })
})

describe('ratings', () => {
  it('says where groups differ from each other or from the room', () => {
    expect(ratingsDiffer('amber', ['amber', 'amber', null])).toBe(false)
    expect(ratingsDiffer('amber', ['red', 'amber'])).toBe(true)
    expect(ratingsDiffer('green', ['red'])).toBe(true)
    expect(ratingsDiffer(null, ['red'])).toBe(false)
    expect(ratingsDiffer(null, [])).toBe(false)
  })
})
