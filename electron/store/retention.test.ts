import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { backupsToKeep, RETENTION, type DatedBackup } from './retention'

const DAY = 24 * 60 * 60 * 1000
const NOW = new Date('2027-06-15T12:00:00Z')

/** Backups at the given ages (ms before NOW), newest first, as the backups folder lists them. */
const at = (ages: number[]): DatedBackup[] =>
  [...ages].sort((a, b) => a - b).map((age, index) => ({ file: `b${index}`, createdAt: new Date(NOW.getTime() - age).toISOString() }))

const ages = fc.array(fc.integer({ min: 0, max: 3 * 365 * DAY }), { maxLength: 300 })

describe('backup retention', () => {
  it('always keeps the newest ten, and the newest backup of every day of the last two weeks and every month of the last year', () => {
    fc.assert(
      fc.property(ages, (list) => {
        const backups = at(list)
        const keep = backupsToKeep(backups, NOW, () => false)
        backups.slice(0, RETENTION.newest).forEach((backup) => expect(keep.has(backup.file)).toBe(true))
        const newestOf = new Map<string, string>()
        for (const backup of backups) {
          const age = NOW.getTime() - Date.parse(backup.createdAt)
          if (age <= RETENTION.dailyForDays * DAY && !newestOf.has(`d${backup.createdAt.slice(0, 10)}`)) newestOf.set(`d${backup.createdAt.slice(0, 10)}`, backup.file)
          if (age <= RETENTION.monthlyForDays * DAY && !newestOf.has(`m${backup.createdAt.slice(0, 7)}`)) newestOf.set(`m${backup.createdAt.slice(0, 7)}`, backup.file)
        }
        newestOf.forEach((file) => expect(keep.has(file)).toBe(true))
        // And nothing else: at most ten, fifteen days and thirteen months' worth.
        expect(keep.size).toBeLessThanOrEqual(RETENTION.newest + 15 + 13)
      }),
    )
  })

  it('never prunes the newest backup that holds workshops, however many backups of an empty library follow it', () => {
    fc.assert(
      fc.property(ages, fc.nat(), (list, pick) => {
        const backups = at(list)
        if (backups.length === 0) return
        const holding = backups[pick % backups.length]!
        // Only `holding` and older ones hold workshops; everything newer is of an emptied library.
        const index = backups.indexOf(holding)
        const keep = backupsToKeep(backups, NOW, (backup) => backups.indexOf(backup) >= index)
        expect(keep.has(holding.file)).toBe(true)
      }),
    )
  })

  it('asks about as few backups as it needs, newest first (each answer opens a file)', () => {
    const backups = at([0, DAY, 2 * DAY, 3 * DAY])
    const asked: string[] = []
    backupsToKeep(backups, NOW, (backup) => {
      asked.push(backup.file)
      return backup.file === 'b1'
    })
    expect(asked).toEqual(['b0', 'b1'])
  })
})
