/**
 * Which backups to keep, by age and by what they hold rather than by how often the app was opened:
 * opening the app twelve times in an afternoon must not push last month's library out.
 */
export const RETENTION = {
  /** The newest backups, whatever their age. */
  newest: 10,
  /** The newest backup of each day, for this many days back. */
  dailyForDays: 14,
  /** The newest backup of each month, for this many days back. */
  monthlyForDays: 365,
} as const

const DAY_MS = 24 * 60 * 60 * 1000

export interface DatedBackup {
  file: string
  /** ISO date and time, UTC. */
  createdAt: string
}

/**
 * The files to keep out of `backups` (newest first): the newest ten, the newest of each day for two
 * weeks, the newest of each month for a year, and the newest backup that holds any workshops, so a
 * run of backups of an empty library (a library file that was lost, then opened again and again)
 * never prunes the last one with the service's workshops in it. `holdsWorkshops` is asked about as
 * few backups as it takes, newest first, since answering means opening the file.
 */
export function backupsToKeep(backups: readonly DatedBackup[], now: Date, holdsWorkshops: (backup: DatedBackup) => boolean): Set<string> {
  const keep = new Set<string>()
  backups.slice(0, RETENTION.newest).forEach((backup) => keep.add(backup.file))
  const newestOf = (days: number, period: (iso: string) => string) => {
    const seen = new Set<string>()
    for (const backup of backups) {
      const age = now.getTime() - Date.parse(backup.createdAt)
      if (age > days * DAY_MS) continue
      const key = period(backup.createdAt)
      if (seen.has(key)) continue
      seen.add(key)
      keep.add(backup.file)
    }
  }
  newestOf(RETENTION.dailyForDays, (iso) => iso.slice(0, 10))
  newestOf(RETENTION.monthlyForDays, (iso) => iso.slice(0, 7))
  const withWorkshops = backups.find(holdsWorkshops)
  if (withWorkshops) keep.add(withWorkshops.file)
  return keep
}
