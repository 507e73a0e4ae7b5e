import { afterEach, describe, expect, it, vi } from 'vitest'
import { whenIdle } from './idle'

describe('whenIdle', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('runs the work once the browser says it is idle, at most the given wait later', () => {
    const asked: { run: () => void; timeout?: number }[] = []
    vi.stubGlobal('requestIdleCallback', (run: () => void, options?: { timeout?: number }) => asked.push({ run, ...(options?.timeout !== undefined ? { timeout: options.timeout } : {}) }))
    const work = vi.fn()
    whenIdle(work, 250)
    expect(work).not.toHaveBeenCalled()
    expect(asked.map(({ timeout }) => timeout)).toEqual([250])
    asked[0]!.run()
    expect(work).toHaveBeenCalledTimes(1)
  })

  it('without idle callbacks, runs the work in a task of its own; called off, it never runs', async () => {
    vi.stubGlobal('requestIdleCallback', undefined)
    const kept = vi.fn()
    const dropped = vi.fn()
    whenIdle(kept, 250)
    const callOff = whenIdle(dropped, 250)
    callOff()
    expect(kept).not.toHaveBeenCalled()
    await new Promise((resolve) => setTimeout(resolve, 5))
    expect(kept).toHaveBeenCalledTimes(1)
    expect(dropped).not.toHaveBeenCalled()
  })
})
