import type { Db } from './sqlite'
import { groupsRepo, type GroupsRepo } from './groups'
import { workshopsRepo, type WorkshopsRepo } from './workshops'
import { agendaRepo, type AgendaRepo } from './agenda'
import { notesRepo, type NotesRepo } from './notes'
import { offerRepo, type OfferRepo } from './offer'
import { ratingsRepo, type RatingsRepo } from './ratings'
import { gapsRepo, type GapsRepo } from './gaps'
import { votingRepo, type VotingRepo } from './voting'
import { prioritiesRepo, type PrioritiesRepo } from './priorities'
import { presenterRepo, type PresenterRepo } from './presenter'
import { planRepo, type PlanRepo } from './plan'
import { inboxRepo, type InboxRepo } from './inbox'
import { teamRepo, type TeamRepo } from './team'

export { openDb, DatabaseDamagedError } from './db'
export type { Db } from './sqlite'

/** All repositories over one database; services take this, never the file path. */
export interface Store {
  db: Db
  workshops: WorkshopsRepo
  groups: GroupsRepo
  agenda: AgendaRepo
  notes: NotesRepo
  offer: OfferRepo
  ratings: RatingsRepo
  gaps: GapsRepo
  voting: VotingRepo
  priorities: PrioritiesRepo
  presenter: PresenterRepo
  plan: PlanRepo
  inbox: InboxRepo
  team: TeamRepo
  /** Runs `work` as one transaction: every user action is all or nothing. */
  transaction<T>(work: () => T): T
}

export function createStore(db: Db): Store {
  return {
    db,
    workshops: workshopsRepo(db),
    groups: groupsRepo(db),
    agenda: agendaRepo(db),
    notes: notesRepo(db),
    offer: offerRepo(db),
    ratings: ratingsRepo(db),
    gaps: gapsRepo(db),
    voting: votingRepo(db),
    priorities: prioritiesRepo(db),
    presenter: presenterRepo(db),
    plan: planRepo(db),
    inbox: inboxRepo(db),
    team: teamRepo(db),
    transaction: (work) => db.transaction(work)(),
  }
}
