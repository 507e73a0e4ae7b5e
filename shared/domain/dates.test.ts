import fc from 'fast-check'
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

  it('checks ISO dates as a calendar does, character by character', () => {
    // The calendar's own answer: the day exists in 1900–2200 when Date gives it back unchanged.
    const calendar = (value: string) => {
      const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
      if (!match) return false
      const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
      const date = new Date(Date.UTC(year, month - 1, day))
      return year >= 1900 && year <= 2200 && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
    }
    for (const value of ['1900-02-29', '2000-02-29', '2100-02-28', '2100-02-29', '2200-12-31', '2201-01-01', '1899-12-31', '2026-00-10', '2026-13-01', '2026-04-31', '2026-11-00', '2026-11-23T', '2026/11/23', '+026-11-23', '2026-1a-23', '２０２６-11-23']) {
      expect([value, isIsoDate(value)]).toEqual([value, calendar(value)])
    }
    const digits = fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 2, maxLength: 2 })
    fc.assert(
      fc.property(fc.integer({ min: 1850, max: 2250 }), digits, digits, fc.constantFrom('-', '/', '-'), (year, month, day, separator) => {
        const value = `${year}-${month}${separator}${day}`
        expect(isIsoDate(value)).toBe(calendar(value))
      }),
      { numRuns: 3000 },
    )
  })

  it('accepts leap days in leap years only', () => {
    expect(parseUkDate('29 February 2028')).toBe('2028-02-29')
    expect(isIsoDate('2027-02-29')).toBe(false)
  })

  it('shows ISO dates the UK way', () => {
    expect(formatUkDate('2026-11-23')).toBe('23 November 2026')
    expect(formatUkDate('2027-01-05')).toBe('5 January 2027')
    expect(formatUkDate('2026-02-30')).toBe('2026-02-30')
    expect(formatUkDate('23/11/2026')).toBe('23/11/2026')
  })

  it('writes every day from 1900 to 2200 exactly as Intl’s en-GB long date does', () => {
    const intl = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
    const differ: string[] = []
    for (let day = Date.UTC(1900, 0, 1); day <= Date.UTC(2200, 11, 31); day += 86_400_000) {
      const iso = new Date(day).toISOString().slice(0, 10)
      if (formatUkDate(iso) !== intl.format(day)) differ.push(`${iso}: ${formatUkDate(iso)} vs ${intl.format(day)}`)
    }
    expect(differ.slice(0, 5)).toEqual([])
  })

  it('round-trips every day of a year through format and parse', () => {
    for (let day = 0; day < 366; day += 1) {
      const iso = new Date(Date.UTC(2028, 0, 1 + day)).toISOString().slice(0, 10)
      expect(parseUkDate(formatUkDate(iso))).toBe(iso)
    }
  })
})
