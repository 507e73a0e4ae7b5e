// @vitest-environment happy-dom
import type { ClientRect, CollisionDetection, DroppableContainer, KeyboardCoordinateGetter } from '@dnd-kit/core'
import { describe, expect, it } from 'vitest'
import { columnCoordinates, cornerOrPointer } from './columnCoordinates'

/** Three columns in a row and a tray under them, as a wide board lays them out. */
const rect = (left: number, top: number, width: number, height: number): ClientRect => ({ left, top, width, height, right: left + width, bottom: top + height })
const RECTS = new Map<string, ClientRect>([
  ['KP1', rect(0, 0, 200, 400)],
  ['KP2', rect(210, 0, 200, 150)],
  ['KP3', rect(420, 0, 200, 400)],
  ['tray', rect(0, 410, 620, 100)],
])
const ORDER = ['tray', 'KP1', 'KP2', 'KP3']

type Args = Parameters<KeyboardCoordinateGetter>[1]
function press(code: string, over: string | null, active = 'tray:g1') {
  const event = new KeyboardEvent('keydown', { code, cancelable: true })
  const getter = columnCoordinates(() => ORDER, (id) => id.split(':')[0]!)
  const context = { over: over === null ? null : { id: over }, droppableRects: RECTS } as unknown as Args['context']
  const next = getter(event, { active, currentCoordinates: { x: 5, y: 5 }, context })
  return { next, prevented: event.defaultPrevented }
}

describe('keyboard moves across the board', () => {
  it('moves right or down to the next target in reading order, just inside its top-left corner', () => {
    expect(press('ArrowRight', 'KP1')).toEqual({ next: { x: 218, y: 8 }, prevented: true })
    expect(press('ArrowDown', 'KP2')).toEqual({ next: { x: 428, y: 8 }, prevented: true })
  })

  it('moves left or up to the previous target', () => {
    expect(press('ArrowLeft', 'KP3').next).toEqual({ x: 218, y: 8 })
    expect(press('ArrowUp', 'KP1').next).toEqual({ x: 8, y: 418 })
  })

  it('starts from the column the card was picked up in, and stops at either end', () => {
    expect(press('ArrowRight', null, 'tray:g1').next).toEqual({ x: 8, y: 8 })
    expect(press('ArrowLeft', 'tray').next).toEqual({ x: 8, y: 418 })
    expect(press('ArrowRight', 'KP3').next).toEqual({ x: 428, y: 8 })
  })

  it('leaves every other key to dnd-kit (Space to drop, Escape to cancel)', () => {
    expect(press('Space', 'KP1')).toEqual({ next: undefined, prevented: false })
    expect(press('Escape', 'KP1')).toEqual({ next: undefined, prevented: false })
  })
})

describe('which column a card is over', () => {
  const containers = [...RECTS.keys()].map((id) => ({ id, data: { current: undefined } }) as unknown as DroppableContainer)
  type CollisionArgs = Parameters<CollisionDetection>[0]
  const collide = (collisionRect: ClientRect, pointerCoordinates: { x: number; y: number } | null) =>
    cornerOrPointer({ active: { id: 'tray:g1' }, collisionRect, droppableRects: RECTS, droppableContainers: containers, pointerCoordinates } as unknown as CollisionArgs).map((hit) => hit.id)

  it('with the keyboard: the column holding the card’s top-left corner, even when the card is taller than that column', () => {
    expect(collide(rect(218, 8, 180, 300), null)).toEqual(['KP2'])
    expect(collide(rect(8, 418, 180, 60), null)).toEqual(['tray'])
  })

  it('with a pointer: the column under the pointer, wherever the card’s corner is', () => {
    expect(collide(rect(218, 8, 180, 300), { x: 500, y: 100 })).toEqual(['KP3'])
  })

  it('with the keyboard outside every column: the column the card overlaps most', () => {
    expect(collide(rect(412, 20, 100, 100), null)[0]).toBe('KP3')
  })
})
