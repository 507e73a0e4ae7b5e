import type { Backup, LibraryStatus } from '../../shared/api/backups'
import type { ForgetOutcome } from '../store/forgetInBackups'
import type { HandlersFor } from './types'

/** What the backups screen can ask of the open library; the Application implements it. */
export interface LibraryControl {
  status(): LibraryStatus
  listBackups(): Backup[]
  /** Replaces the library with the named backup and reopens it. */
  restore(file: string): { restored: Backup; previousKeptAs: string | null }
  /** When the library is missing: start a new, empty one instead of restoring a backup. */
  startEmpty(): LibraryStatus
  /** After a workshop is deleted: compact the file, and rewrite the backups without it when asked. */
  afterWorkshopDeleted(workshopId: string, removeFromBackups: boolean): ForgetOutcome | null
}

export function libraryHandlers(library: LibraryControl): HandlersFor<'library'> & HandlersFor<'backups'> {
  return {
    'library.status': () => library.status(),
    'library.startEmpty': () => library.startEmpty(),
    'backups.list': () => library.listBackups(),
    'backups.restore': ({ file }) => library.restore(file),
  }
}
