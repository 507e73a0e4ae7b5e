import { describe, expect, it } from 'vitest'
import { backupReasonSchema } from '../../../../shared/api/backups'
import { formatBackupTime, formatSize, REASON_WORDS } from './format'

describe('how backups are described', () => {
  it('gives the time a backup was made as a UK date and a 24-hour time, in the computer’s own time zone', () => {
    expect(formatBackupTime(new Date(2026, 10, 23, 14, 5).toISOString())).toBe('23 November 2026 at 14:05')
    expect(formatBackupTime(new Date(2027, 0, 3, 9, 0).toISOString())).toBe('3 January 2027 at 09:00')
  })

  it('gives sizes in KB below a megabyte and in MB with one decimal above, never "0 KB"', () => {
    expect(formatSize(10)).toBe('1 KB')
    expect(formatSize(150 * 1024)).toBe('150 KB')
    expect(formatSize(1023 * 1024)).toBe('1,023 KB')
    expect(formatSize(1024 * 1024)).toBe('1 MB')
    expect(formatSize(12.34 * 1024 * 1024)).toBe('12.3 MB')
  })

  it('has words for every reason a backup is made', () => {
    for (const reason of backupReasonSchema.options) expect(REASON_WORDS[reason]).toMatch(/^[A-Z].+[a-z]$/)
  })
})
