import { describe, expect, it } from 'vitest'
import { boardFromGaps, linksAfterDrop, previewDrop, TRAY } from './board'

const gaps = [
  { id: 'a', links: ['KP3' as const, 'R1' as const] },
  { id: 'b', links: ['R2' as const] },
  { id: 'c', links: ['KP1' as const, 'KP3' as const] },
]

describe('the map board', () => {
  it('puts a card in every column it links to and the rest in the tray', () => {
    const kp = boardFromGaps(gaps, 'kp')
    expect(kp.KP3).toEqual(['a', 'c'])
    expect(kp.KP1).toEqual(['c'])
    expect(kp[TRAY]).toEqual(['b'])
    const r = boardFromGaps(gaps, 'r')
    expect(r[TRAY]).toEqual(['c'])
    expect(Object.keys(r)).toEqual([TRAY, 'R1', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7'])
  })

  it('previews a link from the tray without touching the snapshot, and back again leaves it as it was', () => {
    const snapshot = boardFromGaps(gaps, 'kp')
    const over = previewDrop(snapshot, 'b', TRAY, 'KP2')
    expect(over.KP2).toEqual(['b'])
    expect(over[TRAY]).toEqual([])
    expect(snapshot.KP2).toEqual([])
    expect(previewDrop(snapshot, 'b', TRAY, TRAY)).toEqual(snapshot)
    expect(previewDrop(snapshot, 'b', TRAY, null)).toEqual(snapshot)
  })

  it('a drop from one column to another moves the link; "also" keeps the first; the tray takes a card only when nothing is left', () => {
    const snapshot = boardFromGaps(gaps, 'kp')
    const moved = previewDrop(snapshot, 'c', 'KP1', 'KP5')
    expect(moved.KP1).toEqual([])
    expect(moved.KP5).toEqual(['c'])
    expect(previewDrop(snapshot, 'c', 'KP1', 'KP5', 'also').KP1).toEqual(['c'])
    expect(previewDrop(snapshot, 'a', 'KP3', TRAY)[TRAY]).toEqual(['b', 'a'])
    expect(previewDrop(snapshot, 'c', 'KP3', TRAY)[TRAY]).toEqual(['b'])
    expect(linksAfterDrop(['KP1', 'KP3'], 'KP1', 'KP5')).toEqual(['KP3', 'KP5'])
    expect(linksAfterDrop(['KP1', 'KP3'], 'KP1', 'KP5', 'also')).toEqual(['KP1', 'KP3', 'KP5'])
    expect(linksAfterDrop(['R2'], TRAY, 'KP5')).toEqual(['KP5', 'R2'])
    // Moved onto a column it is already in: the link it came from goes.
    expect(linksAfterDrop(['KP1', 'KP3'], 'KP1', 'KP3')).toEqual(['KP3'])
    expect(linksAfterDrop(['KP1', 'KP3'], 'KP1', 'KP3', 'also')).toBeNull()
    expect(linksAfterDrop(['KP3', 'R1'], 'KP3', TRAY)).toEqual(['R1'])
    expect(linksAfterDrop(['KP3'], TRAY, 'KP3')).toBeNull()
    expect(linksAfterDrop(['KP3'], 'KP3', 'KP3')).toBeNull()
  })
})
