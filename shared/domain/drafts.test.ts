import { describe, expect, it } from 'vitest'
import { DRAFT_MAX_AGE_MS, NOTE_DRAFT_PREFIX, boardAxisKey, packHintKey, decodeDraft, draftKey, encodeDraft, isStale, sameShape, staleDraftKeys, storageKeysOfGoneWorkshops } from './drafts'

const DAY = 24 * 60 * 60 * 1000
const now = Date.UTC(2026, 10, 23, 10)

describe('draftKey', () => {
  it('files a draft by workshop, form and record, with "new" for a form that adds one', () => {
    expect(draftKey({ workshopId: 'w1', form: 'gap', recordId: 'g7' })).toBe('common-ground:draft:w1:gap:g7')
    expect(draftKey({ workshopId: 'w1', form: 'gap' })).toBe('common-ground:draft:w1:gap:new')
  })

  it('keeps places apart even when an id contains the separator', () => {
    const a = draftKey({ workshopId: 'w1:gap', form: 'x' })
    const b = draftKey({ workshopId: 'w1', form: 'gap:x' })
    expect(a).not.toBe(b)
  })
})

describe('decodeDraft', () => {
  it('gives back what was kept while it is fresh', () => {
    const raw = encodeDraft({ title: 'Peer support' }, now - 29 * DAY)
    expect(decodeDraft(raw, now)).toEqual({ savedAt: now - 29 * DAY, value: { title: 'Peer support' } })
  })

  it('drops a draft older than 30 days', () => {
    expect(DRAFT_MAX_AGE_MS).toBe(30 * DAY)
    expect(decodeDraft(encodeDraft({ title: 'Old' }, now - 31 * DAY), now)).toBeUndefined()
    expect(isStale(now - 30 * DAY - 1, now)).toBe(true)
    expect(isStale(now - 30 * DAY, now)).toBe(false)
  })

  it('treats a time in the future as fresh (the clock was put back)', () => {
    expect(isStale(now + DAY, now)).toBe(false)
  })

  it('ignores anything that is not a draft of ours', () => {
    expect(decodeDraft(null, now)).toBeUndefined()
    expect(decodeDraft('not json', now)).toBeUndefined()
    expect(decodeDraft('"text"', now)).toBeUndefined()
    expect(decodeDraft(JSON.stringify({ value: 'no time' }), now)).toBeUndefined()
  })
})

describe('sameShape', () => {
  const empty = { title: '', links: [] as string[], edie: false, source: null as string | null }

  it('accepts a kept value with the same fields and kinds', () => {
    expect(sameShape(empty, { title: 'Peer support', links: ['KP1'], edie: true, source: 'q-12' })).toBe(true)
    expect(sameShape(empty, { title: '', links: [], edie: false, source: null })).toBe(true)
  })

  it('refuses a value from an older form or tampered with', () => {
    expect(sameShape(empty, { title: 'Peer support', links: [], edie: false })).toBe(false)
    expect(sameShape(empty, { title: 3, links: [], edie: false, source: null })).toBe(false)
    expect(sameShape(empty, { title: '', links: 'KP1', edie: false, source: null })).toBe(false)
    expect(sameShape(empty, null)).toBe(false)
    expect(sameShape(empty, [])).toBe(false)
  })

  it('checks the items of a list against the first item of the template', () => {
    const rows = [{ said: '', did: '' }]
    expect(sameShape(rows, [{ said: 'a', did: 'b' }, { said: 'c', did: '' }])).toBe(true)
    expect(sameShape(rows, [{ said: 'a' }])).toBe(false)
  })
})

describe('staleDraftKeys', () => {
  it('lists our stale or unreadable drafts and leaves everything else alone', () => {
    const entries: [string, string | null][] = [
      ['common-ground:draft:w1:gap:new', encodeDraft({ title: 'fresh' }, now - DAY)],
      ['common-ground:draft:w1:action:new', encodeDraft({ action: 'old' }, now - 40 * DAY)],
      ['common-ground:draft:w2:gap:new', 'broken'],
      ['common-ground:note-draft:tab:w1:q:g', encodeDraft({}, now - 40 * DAY)],
      ['something-else', null],
    ]
    expect(staleDraftKeys(entries, now)).toEqual(['common-ground:draft:w1:action:new', 'common-ground:draft:w2:gap:new'])
  })
})

describe('what page storage holds for a deleted workshop', () => {
  const gone = '0b5ad2a4-3c1e-4f27-9d8e-7a6b5c4d3e2f'
  const kept = '7c9e6679-7425-40de-944b-e07fc1f90ae7'
  const keys = [
    draftKey({ workshopId: gone, form: 'gap', recordId: 'new' }),
    draftKey({ workshopId: gone, form: 'action', recordId: 'a1' }),
    `${NOTE_DRAFT_PREFIX}tab-1:${gone}:assess-q-01:group-1`,
    boardAxisKey(gone),
    packHintKey(gone),
    draftKey({ workshopId: kept, form: 'gap' }),
    `${NOTE_DRAFT_PREFIX}tab-1:${kept}:assess-q-01:group-1`,
    boardAxisKey(kept),
    packHintKey(kept),
    draftKey({ workshopId: 'new', form: 'workshop' }),
    'common-ground-tab',
    'someone-elses-key',
  ]

  it('finds its form drafts, note drafts, board setting and pack hint, and nothing of other workshops', () => {
    expect(storageKeysOfGoneWorkshops(keys, { workshopId: gone })).toEqual(keys.slice(0, 5))
  })

  it('finds those of every workshop the library no longer lists, keeping drafts for a workshop not yet created', () => {
    expect(storageKeysOfGoneWorkshops(keys, { liveIds: new Set([kept]) })).toEqual(keys.slice(0, 5))
    expect(storageKeysOfGoneWorkshops(keys, { liveIds: new Set() })).toEqual(keys.slice(0, 9))
  })
})
