import type { Backup, LibraryStatus } from '../../shared/api/backups'
import type { HandlersFor } from './types'

/** What the backups screen can ask of the open library; the Application implements it. */
export interface LibraryControl {
  status(): LibraryStatus
  listBackups(): Backup[]
  /** Replaces the library with the named backup and reopens it. */
  restore(file: string): { restored: Backup; previousKeptAs: string | null }
}

export function libraryHandlers(library: LibraryControl): HandlersFor<'library'> & HandlersFor<'backups'> {
  return {
    'library.status': () => library.status(),
    'backups.list': () => library.listBackups(),
    'backups.restore': ({ file }) => library.restore(file),
  }
}
