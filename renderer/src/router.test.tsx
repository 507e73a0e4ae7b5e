// @vitest-environment happy-dom
import { act } from 'react'
import { createRoot } from 'react-dom/client'
import { afterEach, describe, expect, it } from 'vitest'
import { navigate, parseRoute, routeHref, useRoute, WORKSHOP_STEPS, type Route } from './router'

// React's act() warns unless the environment says it is a test.
;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

const ROUTES: Route[] = [
  { screen: 'start' },
  { screen: 'backups' },
  { screen: 'present', workshopId: 'w1' },
  ...WORKSHOP_STEPS.map((step) => ({ screen: 'workshop' as const, workshopId: 'w1', step })),
]

describe('the router', () => {
  afterEach(() => {
    window.location.hash = ''
  })

  it.each(ROUTES.map((route) => [routeHref(route), route] as const))('reads %s back as the route it was made from', (href, route) => {
    expect(parseRoute(href)).toEqual(route)
  })

  it('opens a workshop on Set-up when the address names no step, or one that does not exist', () => {
    expect(parseRoute('#/workshops/w1')).toEqual({ screen: 'workshop', workshopId: 'w1', step: 'setup' })
    expect(parseRoute('#/workshops/w1/nonsense')).toEqual({ screen: 'workshop', workshopId: 'w1', step: 'setup' })
  })

  it('opens the start screen for an empty or unknown address', () => {
    for (const hash of ['', '#', '#/', '#/nowhere', '#/workshops']) expect(parseRoute(hash)).toEqual({ screen: 'start' })
  })

  it('reads an assess sub-view address as the Assess step', () => {
    expect(parseRoute('#/workshops/w1/assess/gaps')).toEqual({ screen: 'workshop', workshopId: 'w1', step: 'assess' })
  })

  it('follows the address as it changes, and navigate() changes it', () => {
    const seen: Route[] = []
    function Probe() {
      seen.push(useRoute())
      return null
    }
    const root = createRoot(document.createElement('div'))
    act(() => {
      root.render(<Probe />)
    })
    expect(seen.at(-1)).toEqual({ screen: 'start' })

    act(() => {
      navigate({ screen: 'workshop', workshopId: 'w2', step: 'plan' })
      window.dispatchEvent(new HashChangeEvent('hashchange'))
    })
    expect(window.location.hash).toBe('#/workshops/w2/plan')
    expect(seen.at(-1)).toEqual({ screen: 'workshop', workshopId: 'w2', step: 'plan' })
    act(() => {
      root.unmount()
    })
  })
})
