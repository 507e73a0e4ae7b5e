import { randomUUID } from 'node:crypto'
import type { Round } from '../../shared/domain/voting/rounds'
import { describeMethod } from '../../shared/domain/voting/describe'
import { computeResults } from '../../shared/domain/voting/results'
import { presenterAfterReveal } from '../../shared/domain/presenter'
import { ballotProblems } from '../../shared/domain/voting/validate'
import type { Ballot } from '../../shared/domain/voting/settings'
import type { WhoVotes } from '../../shared/domain/voting/voters'
import type { GroupRole } from '../../shared/domain/workshop'
import type { Store } from '../store'
import type { StoredRound } from '../store/voting'
import { CallError, existingWorkshop, found, invalid } from './errors'
import type { Clock, HandlersFor } from './types'

const MISSING_ROUND = 'That voting round no longer exists. It may have been deleted with its workshop.'
const MISSING_GROUP = 'That group is not in this workshop. It may have been removed in another window.'
const CLOSED = 'This round is closed, so ballots cannot be recorded or changed. Reopen the round to correct a ballot.'
const HIDDEN = 'The results of this round are hidden until the facilitator reveals them.'
const PEOPLE_VOTE = 'In this round each person votes: record a ballot for one person at this table instead.'
const TABLES_VOTE = 'In this round each table votes: record the table’s ballot instead.'

/** Who is in the room to vote in an each-person round: the phones joined to it (services/phones.ts). */
export interface RoomPeople {
  /** The voter ids of the phones joined to this workshop's room now; empty when it is closed. */
  joined(workshopId: string): readonly string[]
}
const NOBODY: RoomPeople = { joined: () => [] }

interface PersonCast {
  roundId: string
  voterId: string
  groupId: string
  role: GroupRole | null
  ballot: Ballot
}

/**
 * The rules of rounds and ballots, for the facilitator's calls and the phones' alike: how a round
 * is shown (who has voted, never what), who may cast into it, and its results once revealed.
 */
export function ballotBox(store: Store, clock: Clock, people: RoomPeople = NOBODY) {
  const { voting } = store
  const now = () => clock.now().toISOString()
  const tableOrder = (workshopId: string) => store.groups.listForWorkshop(workshopId).map((group) => group.id)

  /** How a round is shown; `groupOrder` (the workshop's tables in order) when the caller has it already. */
  const view = (round: StoredRound, groupOrder = tableOrder(round.workshopId)): Round => {
    const byGroup = round.whoVotes === 'people' ? voting.peopleVoted(round.id) : new Map<string, number>()
    const peopleVoted = [...byGroup.values()].reduce((sum, count) => sum + count, 0)
    const expected = round.whoVotes === 'people' ? new Set([...voting.personVoterIds(round.id), ...people.joined(round.workshopId)]).size : 0
    return {
      ...round,
      gaps: voting.roundGaps(round.id).map(({ id, title }) => ({ id, title })),
      votedGroupIds: round.whoVotes === 'people' ? groupOrder.filter((id) => (byGroup.get(id) ?? 0) > 0) : voting.voterIds(round.id),
      peopleVoted,
      peopleVotedByGroup: Object.fromEntries(byGroup),
      peopleExpected: expected,
      description: describeMethod(round.settings, 'rules', round.whoVotes),
    }
  }
  /** Every round of a workshop as shown. The presenter asks again after every ballot: the tables are read once for all of them. */
  const viewAll = (workshopId: string): Round[] => {
    const groupOrder = tableOrder(workshopId)
    return voting.listRounds(workshopId).map((round) => view(round, groupOrder))
  }
  const getRound = (id: string, field = 'id') => found(voting.getRound(id), MISSING_ROUND, field)

  const castable = (roundId: string, groupId: string, whoVotes: WhoVotes) => {
    const round = getRound(roundId, 'roundId')
    if (round.status === 'closed') throw new CallError('conflict', CLOSED, { roundId: CLOSED })
    if (round.whoVotes !== whoVotes) throw new CallError('conflict', round.whoVotes === 'people' ? PEOPLE_VOTE : TABLES_VOTE, { roundId: round.whoVotes === 'people' ? PEOPLE_VOTE : TABLES_VOTE })
    const group = store.groups.get(groupId)
    if (!group || group.workshopId !== round.workshopId) throw invalid(MISSING_GROUP, 'groupId')
    return round
  }
  const check = (round: StoredRound, ballot: Ballot) => {
    const problems = ballotProblems(round.settings, voting.roundGaps(round.id), ballot, round.whoVotes)
    if (problems.length > 0) {
      const fields = Object.fromEntries(problems.map((problem) => [`ballot.${problem.path}`, problem.message]))
      throw new CallError('invalid', problems[0]!.message, fields)
    }
  }
  const receipt = (round: StoredRound, groupId: string) => ({ roundId: round.id, workshopId: round.workshopId, groupId, votedGroupIds: view(round).votedGroupIds })
  const personReceipt = (round: StoredRound, groupId: string, voterId: string) => {
    const shown = view(round)
    return { roundId: round.id, workshopId: round.workshopId, groupId, voterId, votedGroupIds: shown.votedGroupIds, peopleVoted: shown.peopleVoted }
  }
  const recordForTable = (roundId: string, groupId: string, ballot: Ballot): StoredRound =>
    store.transaction(() => {
      const round = castable(roundId, groupId, 'tables')
      check(round, ballot)
      voting.saveBallot(roundId, groupId, ballot, now())
      return round
    })
  const recordForPerson = (cast: PersonCast): StoredRound =>
    store.transaction(() => {
      const round = castable(cast.roundId, cast.groupId, 'people')
      check(round, cast.ballot)
      voting.savePersonBallot({ ...cast, at: now() })
      return round
    })
  const resultsOf = (round: StoredRound) => {
    const roundView = view(round)
    const results = computeResults({
      settings: round.settings,
      gaps: roundView.gaps,
      groups: store.groups.listForWorkshop(round.workshopId),
      ballots: round.whoVotes === 'people' ? voting.personBallots(round.id) : voting.ballots(round.id),
      whoVotes: round.whoVotes,
    })
    return { round: roundView, results }
  }

  return {
    view,
    viewAll,
    getRound,
    resultsOf,
    /**
     * A table's own ballot (each table votes), checked against its round; replaces one cast before.
     * `recordForTable` saves it only (a phone is answered with its own state, not this receipt).
     */
    recordForTable,
    castForTable: (roundId: string, groupId: string, ballot: Ballot) => receipt(recordForTable(roundId, groupId, ballot), groupId),
    withdrawForTable: (roundId: string, groupId: string) => {
      return store.transaction(() => {
        const round = castable(roundId, groupId, 'tables')
        voting.deleteBallot(roundId, groupId)
        return receipt(round, groupId)
      })
    },
    /** One person's ballot (each person votes), kept with their table and role; replaces theirs cast before. */
    recordForPerson,
    castForPerson: (cast: PersonCast) => personReceipt(recordForPerson(cast), cast.groupId, cast.voterId),
  }
}
export type BallotBox = ReturnType<typeof ballotBox>

/** Voting rounds and ballots. No answer reveals a ballot's contents until its round is revealed. */
export function votingHandlers(store: Store, clock: Clock, people: RoomPeople = NOBODY): HandlersFor<'rounds' | 'ballots'> {
  const { voting } = store
  const now = () => clock.now().toISOString()
  const { view, viewAll, getRound, resultsOf, castForTable, withdrawForTable, castForPerson } = ballotBox(store, clock, people)

  return {
    'rounds.list': ({ workshopId }) => {
      existingWorkshop(store, workshopId, 'workshopId')
      return viewAll(workshopId)
    },

    'rounds.get': ({ id }) => view(getRound(id)),

    'rounds.open': ({ workshopId, gapIds, settings, whoVotes }) =>
      store.transaction(() => {
        existingWorkshop(store, workshopId, 'workshopId')
        gapIds.forEach((gapId, index) => {
          const gap = voting.gap(gapId)
          if (!gap || gap.workshopId !== workshopId || gap.deleted) {
            throw invalid('One of the chosen gaps is not in this workshop, or has been deleted or merged. Reload the gaps and choose again.', `gapIds.${index}`)
          }
        })
        if (settings.method === 'ranked' && settings.topK > gapIds.length) {
          throw invalid(`Groups cannot rank more gaps than the round has: choose ${gapIds.length} or fewer.`, 'settings.topK')
        }
        const id = randomUUID()
        voting.insertRound({ id, workshopId, settings, whoVotes, gapIds, createdAt: now() })
        return view(getRound(id))
      }),

    'rounds.close': ({ id }) =>
      store.transaction(() => {
        const round = getRound(id)
        if (round.status === 'open') voting.setStatus(id, { status: 'closed', closedAt: now(), revealed: round.revealed, revealedAt: round.revealedAt })
        return view(getRound(id))
      }),

    'rounds.reopen': ({ id }) =>
      store.transaction(() => {
        getRound(id)
        // Reopening means voting again, so what was revealed is hidden until the next reveal.
        voting.setStatus(id, { status: 'open', closedAt: null, revealed: false, revealedAt: null })
        return view(getRound(id))
      }),

    'rounds.reveal': ({ id }) =>
      store.transaction(() => {
        const round = getRound(id)
        const at = now()
        const shown = store.presenter.get(round.workshopId, at)
        if (round.revealed) return { ...resultsOf(round), presenter: shown }
        voting.setStatus(id, { status: 'closed', closedAt: round.closedAt ?? at, revealed: true, revealedAt: at })
        const presenter = presenterAfterReveal(shown, id, at)
        if (presenter !== shown) store.presenter.save(presenter)
        return { ...resultsOf(getRound(id)), presenter }
      }),

    'rounds.results': ({ id }) => {
      const round = getRound(id)
      if (!round.revealed) throw new CallError('conflict', HIDDEN, { id: HIDDEN })
      return resultsOf(round)
    },

    'rounds.latestResults': ({ workshopId }) => {
      existingWorkshop(store, workshopId, 'workshopId')
      const latest = voting.listRounds(workshopId).at(-1)
      return latest?.revealed ? resultsOf(latest) : null
    },

    'ballots.cast': ({ roundId, groupId, ballot }) => castForTable(roundId, groupId, ballot),

    'ballots.withdraw': ({ roundId, groupId }) => withdrawForTable(roundId, groupId),

    'ballots.castForPerson': ({ roundId, groupId, role, ballot }) => castForPerson({ roundId, voterId: randomUUID(), groupId, role, ballot }),

    'ballots.withdrawPerson': ({ roundId, voterId }) =>
      store.transaction(() => {
        const round = getRound(roundId, 'roundId')
        if (round.status === 'closed') throw new CallError('conflict', CLOSED, { roundId: CLOSED })
        const ballot = voting.personBallots(roundId).find((cast) => cast.voterId === voterId)
        if (!ballot) throw invalid('That person’s ballot is not in this round; it may have been taken back already.', 'voterId')
        voting.deletePersonBallot(roundId, voterId)
        const shown = view(round)
        return { roundId, workshopId: round.workshopId, groupId: ballot.groupId, voterId, votedGroupIds: shown.votedGroupIds, peopleVoted: shown.peopleVoted }
      }),
  }
}
