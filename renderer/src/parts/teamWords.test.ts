import { describe, expect, it } from 'vitest'
import { formatMoment } from './teamWords'

describe('the team library’s moments', () => {
  it('says the day as every date in the app is said, and the time on this computer’s clock', () => {
    const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })
    const time = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' })
    for (const iso of ['2026-11-23T10:02:00.000Z', '2026-01-01T00:30:00.000Z', '2027-06-30T23:59:00.000Z']) {
      const at = new Date(iso)
      expect(formatMoment(iso)).toBe(`${day.format(at)} at ${time.format(at)}`)
    }
    expect(formatMoment('not a moment')).toBe('not a moment')
  })
})
