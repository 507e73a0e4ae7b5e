import { formatUkDate, todayIso } from '../../../shared/domain/dates'

/** How the team library's moments are said on screen: 23 November 2026 at 10:02 (this computer's time). */
export function formatMoment(iso: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  const time = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' }).format(date)
  return `${formatUkDate(todayIso(date))} at ${time}`
}
