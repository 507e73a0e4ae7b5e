import { formatUkDate } from '../../../../shared/domain/dates'
import type { Backup } from '../../../../shared/api/backups'

/** "23 November 2026 at 14:05", in the computer's own time zone. */
export function formatBackupTime(iso: string): string {
  const when = new Date(iso)
  const day = `${when.getFullYear()}-${String(when.getMonth() + 1).padStart(2, '0')}-${String(when.getDate()).padStart(2, '0')}`
  return `${formatUkDate(day)} at ${String(when.getHours()).padStart(2, '0')}:${String(when.getMinutes()).padStart(2, '0')}`
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
