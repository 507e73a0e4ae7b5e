import { describe, expect, it } from 'vitest'
import { formatUkDate, isIsoDate, parseUkDate } from './dates'

describe('UK dates', () => {
  it('reads the ways a facilitator types a date, day before month', () => {
    expect(parseUkDate('23 November 2026')).toBe('2026-11-23')
    expect(parseUkDate('23 Nov 2026')).toBe('2026-11-23')
    expect(parseUkDate('  23rd  November, 2026 ')).toBe('2026-11-23')
    expect(parseUkDate('Monday 23 November 2026')).toBe('2026-11-23')
    expect(parseUkDate('23/11/2026')).toBe('2026-11-23')
    expect(parseUkDate('3/2/2026')).toBe('2026-02-03')
    expect(parseUkDate('23.11.26')).toBe('2026-11-23')
    expect(parseUkDate('2026-11-23')).toBe('2026-11-23')
    expect(parseUkDate('1 Sept 2026')).toBe('2026-09-01')
  })

  it('refuses days that do not exist and text that is not a date', () => {
    expect(parseUkDate('31 June 2026')).toBeNull()
    expect(parseUkDate('29/02/2027')).toBeNull()
    expect(parseUkDate('2026-02-30')).toBeNull()
    expect(parseUkDate('11/23/2026')).toBeNull()
    expect(parseUkDate('next Tuesday')).toBeNull()
    expect(parseUkDate('23 Smarch 2026')).toBeNull()
    expect(parseUkDate('')).toBeNull()
  })

  it('accepts leap days in leap years only', () => {
    expect(parseUkDate('29 February 2028')).toBe('2028-02-29')
    expect(isIsoDate('2027-02-29')).toBe(false)
  })

  it('shows ISO dates the UK way', () => {
    expect(formatUkDate('2026-11-23')).toBe('23 November 2026')
    expect(formatUkDate('2027-01-05')).toBe('5 January 2027')
  })

  it('round-trips every day of a year through format and parse', () => {
    for (let day = 0; day < 366; day += 1) {
      const iso = new Date(Date.UTC(2028, 0, 1 + day)).toISOString().slice(0, 10)
      expect(parseUkDate(formatUkDate(iso))).toBe(iso)
    }
  })
})
