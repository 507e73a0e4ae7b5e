// @vitest-environment happy-dom
import { act, Component, type ReactNode } from 'react'
import { createRoot } from 'react-dom/client'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { lazyPart, Loading } from './Loading'

// React's act() warns unless the environment says it is a test.
;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

/** Stands in for the screen's own boundary: says what reached it. */
class Outer extends Component<{ children: ReactNode }, { caught?: string }> {
  override state: { caught?: string } = {}
  static getDerivedStateFromError(error: Error) {
    return { caught: error.message }
  }
  override render() {
    return this.state.caught ? <p>Outer boundary: {this.state.caught}</p> : this.props.children
  }
}

async function show(node: ReactNode): Promise<HTMLElement> {
  const host = document.createElement('div')
  document.body.append(host)
  await act(async () => {
    createRoot(host).render(<Outer>{node}</Outer>)
    // Let the part's import settle and React show what follows.
    await new Promise((resolve) => setTimeout(resolve, 0))
  })
  return host
}

describe('a part loaded on demand', () => {
  afterEach(() => {
    document.body.innerHTML = ''
    vi.restoreAllMocks()
  })

  it('shows the part once its code has arrived', async () => {
    const Part = lazyPart(() => Promise.resolve(({ name }: { name: string }) => <p>Hello {name}</p>))
    const host = await show(<Loading><Part name="Riverside" /></Loading>)
    expect(host.textContent).toBe('Hello Riverside')
  })

  it('says it could not be loaded, with Reload, when its code cannot be fetched', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const Part = lazyPart<object>(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module')))
    const host = await show(<Loading><Part /></Loading>)
    expect(host.querySelector('[role="alert"]')?.textContent).toContain('This part of Common Ground could not be loaded. Nothing you saved is lost.')
    expect(host.querySelector('button')?.textContent).toBe('Reload')
  })

  it('leaves a part’s own render error to the boundary around it', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const Broken = lazyPart<object>(() =>
      Promise.resolve(() => {
        throw new Error('rounds.list answered something that is not a round')
      }),
    )
    const host = await show(<Loading><Broken /></Loading>)
    expect(host.textContent).toBe('Outer boundary: rounds.list answered something that is not a round')
  })
})
