import { describe, expect, it } from 'vitest'
import { isPresenterUrl, presenterWindowOptions } from './presenter'

const ID = '0b5ad2a4-3c1e-4f27-9d8e-7a6b5c4d3e2f'

describe('the presenter window', () => {
  it('may open only our own page at a workshop’s presenter route', () => {
    expect(isPresenterUrl(`app://common-ground/index.html#/workshops/${ID}/present`)).toBe(true)
    expect(isPresenterUrl(`app://common-ground/#/workshops/${ID}/present`)).toBe(true)
    expect(isPresenterUrl(`app://common-ground/index.html#/workshops/${ID}/setup`)).toBe(false)
    expect(isPresenterUrl(`app://common-ground/index.html?x=1#/workshops/${ID}/present`)).toBe(false)
    expect(isPresenterUrl(`app://elsewhere/index.html#/workshops/${ID}/present`)).toBe(false)
    expect(isPresenterUrl(`https://example.org/index.html#/workshops/${ID}/present`)).toBe(false)
    expect(isPresenterUrl(`app://common-ground/other.html#/workshops/${ID}/present`)).toBe(false)
    expect(isPresenterUrl('not a url')).toBe(false)
  })

  it('keeps the main window’s locked-down preferences and can go full screen', () => {
    const options = presenterWindowOptions({ sandbox: true, contextIsolation: true, nodeIntegration: false })
    expect(options).toMatchObject({ fullscreenable: true, webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false } })
  })
})
