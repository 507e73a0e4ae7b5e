/**
 * Dates in Common Ground are calendar days (no time, no time zone), stored as ISO
 * `YYYY-MM-DD` and shown the UK way: 23 November 2026.
 */

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

function isRealDay(year: number, month: number, day: number): boolean {
  return year >= 1900 && year <= 2200 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
}

function toIso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** The digit at `index` of `value` as a number, or NaN when it is not one of 0–9. */
function digitAt(value: string, index: number): number {
  const code = value.charCodeAt(index) - 48
  return code >= 0 && code <= 9 ? code : Number.NaN
}

/**
 * True when `value` is an ISO calendar date that exists (no 31 June, no 29 February 2027). Read
 * character by character, not by a regular expression: every date of every row of a list is checked.
 */
export function isIsoDate(value: string): boolean {
  if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false
  const year = digitAt(value, 0) * 1000 + digitAt(value, 1) * 100 + digitAt(value, 2) * 10 + digitAt(value, 3)
  const month = digitAt(value, 5) * 10 + digitAt(value, 6)
  const day = digitAt(value, 8) * 10 + digitAt(value, 9)
  // A NaN (a character that is not a digit) fails every comparison in isRealDay.
  return isRealDay(year, month, day)
}

function monthFromName(name: string): number | null {
  const lower = name.toLowerCase().replace(/\.$/, '')
  if (lower.length < 3) return null
  const index = MONTHS.findIndex((month) => month.toLowerCase().startsWith(lower) && (lower.length >= 3))
  // "Sept" is a common UK abbreviation for September.
  if (index === -1 && lower === 'sept') return 9
  return index === -1 ? null : index + 1
}

/**
 * Reads a date as a UK facilitator would type it: "23 November 2026", "23 Nov 2026",
 * "23/11/2026", "23-11-2026", "23.11.26" or ISO "2026-11-23". Day comes before month.
 * Returns the ISO date, or null when the text is not a real date.
 */
export function parseUkDate(text: string): string | null {
  const value = text.trim().replace(/\s+/g, ' ').replace(/,/g, '')
  if (value === '') return null
  if (ISO_DATE.test(value)) return isIsoDate(value) ? value : null

  const numeric = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(value)
  if (numeric) {
    const day = Number(numeric[1])
    const month = Number(numeric[2])
    const year = numeric[3]!.length === 2 ? 2000 + Number(numeric[3]) : Number(numeric[3])
    return isRealDay(year, month, day) ? toIso(year, month, day) : null
  }

  // Optional weekday first ("Monday 23 November 2026"), ordinal suffixes allowed ("23rd").
  const words = /^(?:[A-Za-z]+ )?(\d{1,2})(?:st|nd|rd|th)? ([A-Za-z]+\.?) (\d{4})$/.exec(value)
  if (words) {
    const day = Number(words[1])
    const month = monthFromName(words[2]!)
    const year = Number(words[3])
    if (month === null) return null
    return isRealDay(year, month, day) ? toIso(year, month, day) : null
  }
  return null
}

/**
 * "2026-11-23" → "23 November 2026". Returns the input unchanged if it is not an ISO date.
 *
 * Written out rather than asked of Intl.DateTimeFormat, which gives the same words (dates.test.ts
 * checks every day from 1900 to 2200 against it): a page's first Intl formatter loads the browser's
 * locale data, 10–25 ms of its main thread on this app's two-core laptops, and a date is on the
 * first screen of nearly every window (the workshops list, every workshop's heading).
 */
export function formatUkDate(iso: string): string {
  const match = ISO_DATE.exec(iso)
  if (!match || !isIsoDate(iso)) return iso
  return `${Number(match[3])} ${MONTHS[Number(match[2]) - 1]} ${Number(match[1])}`
}

/** Today's date in the local calendar as ISO. */
export function todayIso(now: Date = new Date()): string {
  return toIso(now.getFullYear(), now.getMonth() + 1, now.getDate())
}
