// @vitest-environment happy-dom
import { act } from 'react'
import { createRoot } from 'react-dom/client'
import { afterEach, describe, expect, it } from 'vitest'
import { parseRoute } from '../../router'
import { ASSESS_VIEWS, assessHref, parseAssessView, useAssessView, type AssessView } from './subview'

// React's act() warns unless the environment says it is a test.
;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

describe('the views inside Assess', () => {
  afterEach(() => {
    window.location.hash = ''
  })

  it.each([...ASSESS_VIEWS, 'present' as const])('addresses %s inside the Assess step, and reads it back', (view) => {
    const href = assessHref('w1', view)
    expect(parseAssessView(href)).toBe(view)
    expect(parseRoute(href)).toEqual({ screen: 'workshop', workshopId: 'w1', step: 'assess' })
  })

  it('opens on the agenda when the address names no view, or one that does not exist', () => {
    expect(parseAssessView('#/workshops/w1/assess')).toBe('agenda')
    expect(parseAssessView('#/workshops/w1/assess/elsewhere')).toBe('agenda')
  })

  it('follows the address as it changes', () => {
    const seen: AssessView[] = []
    function Probe() {
      seen.push(useAssessView())
      return null
    }
    window.location.hash = assessHref('w1', 'ratings')
    const root = createRoot(document.createElement('div'))
    act(() => {
      root.render(<Probe />)
    })
    expect(seen.at(-1)).toBe('ratings')
    act(() => {
      window.location.hash = assessHref('w1', 'gaps')
      window.dispatchEvent(new HashChangeEvent('hashchange'))
    })
    expect(seen.at(-1)).toBe('gaps')
    act(() => {
      root.unmount()
    })
  })
})
