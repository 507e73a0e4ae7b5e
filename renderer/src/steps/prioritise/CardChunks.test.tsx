// @vitest-environment happy-dom
import { act } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, describe, expect, it } from 'vitest'
import { TRAY, type ColumnId } from '../../../../shared/domain/board'
import { BoardLink } from './boardLink'
import { CardChunks, firstFrameCards, fitted } from './CardChunks'
import { trayWidthFor } from './trayWidth'
import { testGap as gap } from './boardTestGaps'

;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

const gaps = Array.from({ length: 21 }, (_, index) => gap(index + 1, ['KP2']))
const byId = new Map(gaps.map((one) => [one.id, one]))
const nothing = () => undefined

let root: Root | undefined
afterEach(() => {
  act(() => root?.unmount())
  root = undefined
  document.body.innerHTML = ''
})

function show(column: ColumnId, ids: readonly string[], host: HTMLElement = document.createElement('div'), limit?: number): HTMLElement {
  if (!host.isConnected) document.body.append(host)
  root ??= createRoot(host)
  act(() => root!.render(<CardChunks column={column} ids={ids} limit={limit} byId={byId} options={[]} onMove={nothing} onUnlink={nothing} onOpen={nothing} liftedGap={null} />))
  return host
}

describe('the board’s first frame', () => {
  it('draws as many of a column’s cards as can reach the window below the board’s top, two at the least', () => {
    expect([720, 1080, 1440, 2160].map(firstFrameCards)).toEqual([2, 3, 4, 8])
    expect(firstFrameCards(400)).toBe(2)
  })

  it('draws the first cards and holds the place of the rest, then draws them all in the same places', () => {
    const ids = gaps.map((one) => one.id)
    const host = show('KP2', ids, undefined, 3)
    const titles = () => [...host.querySelectorAll('[role="listitem"] .board-card__title')].map((title) => title.textContent)
    expect(titles()).toEqual(['Gap 1', 'Gap 2', 'Gap 3'])
    const later = host.querySelector<HTMLElement>('.board-column__later')
    // Eighteen cards' typical height, 13rem each and the grid's 0.5rem between them.
    expect(later?.style.blockSize).toBe('243rem')
    expect(later?.getAttribute('role')).toBe('none')
    const first = host.querySelector('[role="listitem"]')
    show('KP2', ids, host)
    expect(titles()).toEqual(gaps.map((one) => one.title))
    expect(host.querySelector('.board-column__later')).toBeNull()
    // The cards already drawn are the same elements (focus on one stays put).
    expect(host.querySelector('[role="listitem"]')).toBe(first)
  })

  it('draws the tray’s first chunk of whole rows, whatever the limit', () => {
    const ids = gaps.map((one) => one.id)
    const host = show(TRAY, ids, undefined, 3)
    const perRow = fitted(trayWidthFor(globalThis.innerWidth))
    expect(host.querySelectorAll('[role="listitem"]')).toHaveLength(Math.min(ids.length, perRow * 2))
  })
})

describe('a column’s cards drawn in chunks', () => {
  it('is one list of every card in order, in chunks of eight that are not list items themselves', () => {
    const host = show('KP2', gaps.map((one) => one.id))
    const lists = host.querySelectorAll('[role="list"]')
    expect(lists).toHaveLength(1)
    expect([...lists[0]!.querySelectorAll('[role="listitem"] .board-card__title')].map((title) => title.textContent)).toEqual(gaps.map((one) => one.title))
    const chunks = [...host.querySelectorAll<HTMLElement>('.board-column__chunk')]
    expect(chunks.map((chunk) => chunk.querySelectorAll('[role="listitem"]').length)).toEqual([8, 8, 5])
    expect(chunks.every((chunk) => chunk.getAttribute('role') === 'none')).toBe(true)
    // A chunk not yet drawn takes the height of its cards: eight column cards and the gaps between them.
    expect(chunks[0]!.style.getPropertyValue('contain-intrinsic-block-size')).toBe('auto 107.5rem')
    expect(chunks[2]!.style.getPropertyValue('contain-intrinsic-block-size')).toBe('auto 67rem')
  })

  it('keeps every card already shown when a drag’s preview joins the end of the column (focus and place stay put)', () => {
    const host = show('KP2', gaps.slice(0, 20).map((one) => one.id))
    const before = [...host.querySelectorAll('[role="listitem"]')]
    show('KP2', gaps.map((one) => one.id), host)
    const after = [...host.querySelectorAll('[role="listitem"]')]
    expect(after).toHaveLength(21)
    expect(after.slice(0, 20).every((card, index) => card === before[index])).toBe(true)
  })

  it('shows the card being dragged faded, and only that one', () => {
    const host = document.createElement('div')
    document.body.append(host)
    root = createRoot(host)
    act(() => root!.render(<CardChunks column="KP2" ids={gaps.map((one) => one.id)} byId={byId} options={[]} onMove={nothing} onUnlink={nothing} onOpen={nothing} liftedGap="gap-12" />))
    expect([...host.querySelectorAll('.board-card--lifted .board-card__title')].map((title) => title.textContent)).toEqual(['Gap 12'])
  })

  it('puts whole rows of the tray’s grid in a chunk, however wide the window', () => {
    // The tray's cards are at least 240 px wide with 8 px between them.
    expect(fitted(1850)).toBe(7)
    expect(fitted(1190)).toBe(4)
    expect(fitted(239)).toBe(1)
    // happy-dom lays nothing out: the browser's ResizeObserver reports the tray's list 1,420 px wide, five cards to a row.
    const real = globalThis.ResizeObserver
    const observers: Array<{ report: (width: number) => void }> = []
    globalThis.ResizeObserver = class {
      constructor(private readonly callback: ResizeObserverCallback) {}
      observe(target: Element) {
        observers.push({ report: (width) => this.callback([{ target, contentRect: { width } } as unknown as ResizeObserverEntry], this) })
      }
      unobserve() {}
      disconnect() {}
    }
    try {
      const innerWidth = globalThis.innerWidth
      const host = show(TRAY, gaps.map((one) => one.id))
      const sizes = () => [...host.querySelectorAll('.board-column__chunk')].map((chunk) => chunk.querySelectorAll('[role="listitem"]').length)
      // Before the first layout, a guess from the window's width; no layout is asked for to make it.
      const guess = fitted(trayWidthFor(innerWidth)) * 2
      expect(sizes()[0]).toBe(Math.min(guess, 21))
      expect(observers).toHaveLength(1)
      act(() => observers[0]!.report(1420))
      expect(sizes()).toEqual([10, 10, 1])
      // The window made narrower: three to a row.
      act(() => observers[0]!.report(750))
      expect(sizes()).toEqual([6, 6, 6, 3])
    } finally {
      globalThis.ResizeObserver = real
    }
  })
})

describe('the board’s link between its columns and dnd-kit', () => {
  it('tells its readers when the card moves over another column, and not when nothing changed', () => {
    const link = new BoardLink('board-1')
    let told = 0
    link.subscribe(() => (told += 1))
    link.setOver('KP1')
    link.setOver('KP1')
    expect([link.isOver('KP1'), link.isOver('KP2'), told]).toEqual([true, false, 1])
    link.setWords({ from: 'KP1', mode: 'also' })
    link.setWords({ from: 'KP1', mode: 'also' })
    expect([link.dragWords(), told]).toEqual([{ from: 'KP1', mode: 'also' }, 2])
    link.setWords(null)
    expect(link.dragWords()).toEqual({ from: TRAY, mode: 'move' })
    // A press before the board's dnd-kit is on the page wakes it first, then goes to its draggable.
    const pressed: string[] = []
    const handle = document.createElement('button')
    link.setWaker(() => link.setStarter((id) => pressed.push(id)))
    link.start('KP1::gap-1', null, handle, {} as never, 'onKeyDown')
    link.setWaker(() => pressed.push('woken again'))
    link.start('KP1::gap-2', null, handle, {} as never, 'onKeyDown')
    expect(pressed).toEqual(['KP1::gap-1', 'KP1::gap-2'])
    expect(link.describedBy).toBe('board-1')
  })
})
