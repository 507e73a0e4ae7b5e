import { describe, expect, it } from 'vitest'
import { CALL_NAMES } from '../../shared/api/calls'
import { CALL_EFFECTS, isStaleAfter } from '../../shared/api/effects'
import { createChangeFeed } from './changes'

const A = '0b5ad2a4-3c1e-4f27-9d8e-7a6b5c4d3e2f'
const B = '1c6be3b5-4d2f-4038-8e9f-8b7c6d5e4f30'

describe('the change feed', () => {
  it('keeps a revision per workshop, announces writes only, and names the window that wrote', () => {
    const feed = createChangeFeed({ stream: 'run1' })
    const heard: unknown[] = []
    const stop = feed.subscribe((event) => heard.push(event))
    expect(feed.record('gaps.list', { workshopId: A }, [], null)).toBeUndefined()
    feed.record('agenda.setCurrent', { workshopId: A, questionId: 'q' }, {}, 'window-one-1')
    feed.record('groups.add', { workshopId: B, details: {} }, {}, null)
    const shown = { workshopId: A, view: 'board', roundId: null, pinned: false, page: 0, timer: { durationMs: 600_000, elapsedMs: 0, runningSince: null, sound: false }, version: 4, updatedAt: '2026-11-23T10:00:00.000Z' }
    feed.record('presenter.show', { workshopId: A, view: 'board' }, shown, null)
    feed.record('backups.restore', { file: 'x' }, {}, null)
    expect(heard).toEqual([
      { type: 'change', stream: 'run1', sequence: 1, workshopId: A, areas: ['agenda'], revision: 1, origin: 'window-one-1' },
      { type: 'change', stream: 'run1', sequence: 2, workshopId: B, areas: ['groups'], revision: 1, origin: null },
      // A change to the shared screen carries its new state: what the room sees, and its own revision.
      { type: 'change', stream: 'run1', sequence: 3, workshopId: A, areas: ['presenter'], revision: 2, origin: null, presenter: shown },
      expect.objectContaining({ sequence: 4, workshopId: null, revision: 1 }),
    ])
    stop()
    feed.record('agenda.set', { workshopId: A, questionIds: [] }, {}, null)
    expect(heard).toHaveLength(4)
    expect(feed.position()).toEqual({ stream: 'run1', sequence: 5 })
  })

  it('catches up from a position it still holds, and says reset for one it no longer holds', () => {
    const feed = createChangeFeed({ stream: 'run2', kept: 3 })
    for (let i = 0; i < 5; i += 1) feed.record('agenda.set', { workshopId: A, questionIds: [] }, {}, null)
    expect(feed.since('run2.5')).toEqual({ reset: false, events: [] })
    expect(feed.since('run2.2').events.map((event) => event.sequence)).toEqual([3, 4, 5])
    expect(feed.since('run2.1')).toEqual({ reset: true, events: [] })
    expect(feed.since('run1.4')).toEqual({ reset: true, events: [] })
    expect(feed.since('run2.9')).toEqual({ reset: true, events: [] })
    expect(feed.since(null)).toEqual({ reset: false, events: [] })
  })

  it('keeps telling the other listeners when one of them fails', () => {
    const logged: string[] = []
    const feed = createChangeFeed({ log: (line) => logged.push(line) })
    let heard = 0
    feed.subscribe(() => {
      throw new Error('window gone')
    })
    feed.subscribe(() => (heard += 1))
    feed.record('ratings.set', { workshopId: A }, {}, null)
    expect(heard).toBe(1)
    expect(logged).toEqual([expect.stringContaining('window gone')])
  })
})

describe('what each call reads and writes', () => {
  it('says it for every call of the contract', () => {
    expect(Object.keys(CALL_EFFECTS).sort()).toEqual([...CALL_NAMES].sort())
  })

  it('makes old only the queries that read a changed area of the same workshop (or of every workshop)', () => {
    const change = { workshopId: A, areas: ['gaps'] as const }
    expect(isStaleAfter('gaps.list', { workshopId: A }, change)).toBe(true)
    expect(isStaleAfter('gaps.list', { workshopId: B }, change)).toBe(false)
    expect(isStaleAfter('priorities.get', { workshopId: A }, change)).toBe(true)
    expect(isStaleAfter('rounds.get', { id: B }, change)).toBe(true)
    expect(isStaleAfter('groups.list', { workshopId: A }, change)).toBe(false)
    expect(isStaleAfter('packs.get', { id: 'pack' }, change)).toBe(false)
    expect(isStaleAfter('workshops.list', {}, { workshopId: B, areas: ['workshops'] })).toBe(true)
    expect(isStaleAfter('groups.list', { workshopId: B }, { workshopId: null, areas: ['groups'] })).toBe(true)
  })
})
