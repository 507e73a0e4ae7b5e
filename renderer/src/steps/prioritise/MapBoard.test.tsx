// @vitest-environment happy-dom
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { act } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { QueryClientProvider } from '@tanstack/react-query'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { tempApplication, tempDir } from '../../../../tests/fixtures/app'
import { createHostAuth } from '../../../../electron/host/auth'
import { startHost, type RunningHost } from '../../../../electron/host/server'
import { loadPackOrThrow } from '../../../../shared/content/load'
import type * as Queries from '../../api/queries'
import type * as Board from './MapBoard'
import type { Gap } from '../../../../shared/domain/gaps'
import { testGap as gap } from './boardTestGaps'

;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

const pack = loadPackOrThrow(readFileSync(join(process.cwd(), 'resources/packs/foster-care-reflective-tool.json'), 'utf8'))
const gaps = [gap(1, ['KP1']), gap(2, ['KP2']), gap(3, [])]

// The page's API client signs in to a real host as it loads, as in the app (it is not called here).
const TOKEN = 'map-board-test-token-0123456789'
let app: ReturnType<typeof tempApplication>
let rendererDir: ReturnType<typeof tempDir>
let host: RunningHost
let queryClient: typeof Queries.queryClient
let MapBoard: typeof Board.MapBoard
beforeAll(async () => {
  app = tempApplication()
  rendererDir = tempDir()
  host = await startHost({ handlers: app.handlers, rendererDir: rendererDir.path, auth: createHostAuth(TOKEN), log: () => undefined, changes: app.changes })
  ;(window as unknown as { happyDOM: { setURL: (url: string) => void } }).happyDOM.setURL(`http://127.0.0.1:${host.port}/?token=${TOKEN}#/`)
  ;({ queryClient } = await import('../../api/queries'))
  ;({ MapBoard } = await import('./MapBoard'))
})
afterAll(async () => {
  await host.close()
  app.dispose()
  rendererDir.remove()
})

let root: Root | undefined
afterEach(() => {
  act(() => root?.unmount())
  root = undefined
  document.body.innerHTML = ''
})

function showBoard(shown: readonly Gap[] = gaps): HTMLElement {
  const host = document.createElement('div')
  document.body.append(host)
  root = createRoot(host)
  act(() =>
    root!.render(
      <QueryClientProvider client={queryClient}>
        <MapBoard workshopId="workshop-1" pack={pack} gaps={shown} axis="kp" onAxis={() => undefined} />
      </QueryClientProvider>,
    ),
  )
  return host
}

/** What a handle is described by, as a screen reader finds it (null while nothing has that id). */
const description = (handle: Element) => document.getElementById(handle.getAttribute('aria-describedby') ?? '')?.textContent ?? null
const INSTRUCTIONS = /^To move a gap card, press space or enter to pick it up\./
const idle = () => act(() => new Promise((resolve) => setTimeout(resolve, 20)))

describe('the map board’s first frame', () => {
  it('draws the cards a window can show, then every card right after it is painted', async () => {
    // A window 768 pixels tall shows a column's first two cards.
    const long = Array.from({ length: 7 }, (_, index) => gap(index + 1, ['KP1']))
    const host = showBoard(long)
    const titles = () => [...host.querySelectorAll('[data-column="KP1"] .board-card__title')].map((title) => title.textContent)
    expect(titles()).toEqual(['Gap 1', 'Gap 2'])
    expect(host.querySelector('[data-column="KP1"] .board-column__count')?.textContent).toBe('7 gaps')
    await act(() => new Promise((resolve) => setTimeout(resolve, 100)))
    expect(titles()).toEqual(long.map((one) => one.title))
    expect(host.querySelector('.board-column__later')).toBeNull()
  })
})

describe('the map board’s dnd-kit, put on the page after its cards', () => {
  it('draws every card first and mounts dnd-kit (its instructions for the handles) once the page is idle', async () => {
    const host = showBoard()
    const handles = host.querySelectorAll('.board-card__handle')
    expect(handles).toHaveLength(3)
    expect(description(handles[0]!)).toBeNull()
    await idle()
    for (const handle of handles) expect(description(handle)).toMatch(INSTRUCTIONS)
  })

  it('takes a key press on a handle that comes before then: the card is picked up at once, not on a second press', async () => {
    const host = showBoard()
    const handle = host.querySelector<HTMLButtonElement>('[data-card="KP1::gap-1"] .board-card__handle')!
    expect(description(handle)).toBeNull()
    handle.focus()
    act(() => {
      handle.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', code: 'Space', bubbles: true, cancelable: true }))
    })
    expect(description(handle)).toMatch(INSTRUCTIONS)
    // Picked up: the card stays where it was, dimmed, its handle pressed, and focus still on it.
    expect(host.querySelector('[data-card="KP1::gap-1"]')?.classList.contains('board-card--lifted')).toBe(true)
    expect(handle.getAttribute('aria-pressed')).toBe('true')
    expect(document.activeElement).toBe(handle)
    // Escape (heard once the sensor listens, a moment after the pick-up) puts it back down.
    await idle()
    act(() => {
      handle.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', code: 'Escape', bubbles: true, cancelable: true }))
    })
    expect(host.querySelector('[data-card="KP1::gap-1"]')?.classList.contains('board-card--lifted')).toBe(false)
  })

  it('puts dnd-kit on the page as soon as a handle takes focus, before any key is pressed', () => {
    const host = showBoard()
    const handle = host.querySelector<HTMLButtonElement>('[data-card="KP2::gap-2"] .board-card__handle')!
    expect(description(handle)).toBeNull()
    act(() => handle.focus())
    // Its instructions and live region are on the page before the press that reads them out.
    expect(description(handle)).toMatch(INSTRUCTIONS)
    expect(document.querySelector('[id^="DndLiveRegion-"]')).not.toBeNull()
  })
})
