import type { Db } from './db'
import { groupsRepo, type GroupsRepo } from './groups'
import { workshopsRepo, type WorkshopsRepo } from './workshops'

export { openDb, DatabaseDamagedError, type Db } from './db'

/** All repositories over one database; services take this, never the file path. */
export interface Store {
  db: Db
  workshops: WorkshopsRepo
  groups: GroupsRepo
  /** Runs `work` as one transaction: every user action is all or nothing. */
  transaction<T>(work: () => T): T
}

export function createStore(db: Db): Store {
  return {
    db,
    workshops: workshopsRepo(db),
    groups: groupsRepo(db),
    transaction: (work) => db.transaction(work)(),
  }
}
