import type { Backup } from '../../../../shared/api/backups'

const BACKUP_TIME = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short' })

/** "23 November 2026 at 14:05", in the computer's own time zone. */
export function formatBackupTime(iso: string): string {
  return BACKUP_TIME.format(new Date(iso))
}

export const REASON_WORDS: Record<Backup['reason'], string> = {
  open: 'When Common Ground opened',
  'before-migration': 'Before an update changed the library',
  'before-restore': 'Before a backup was restored',
}

export function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024)).toLocaleString('en-GB')} KB`
  return `${(bytes / (1024 * 1024)).toLocaleString('en-GB', { maximumFractionDigits: 1 })} MB`
}

export function workshopsPhrase(count: number | null): string {
  if (count === null) return 'cannot be read'
  return count === 1 ? '1 workshop' : `${count.toLocaleString('en-GB')} workshops`
}
