import { randomUUID } from 'node:crypto'
import type { Round } from '../../shared/domain/voting/rounds'
import { describeMethod } from '../../shared/domain/voting/describe'
import { computeResults } from '../../shared/domain/voting/results'
import { presenterAfterReveal } from '../../shared/domain/presenter'
import { ballotProblems } from '../../shared/domain/voting/validate'
import type { Store } from '../store'
import type { StoredRound } from '../store/voting'
import { CallError, existingWorkshop, found, invalid } from './errors'
import type { Clock, HandlersFor } from './types'

const MISSING_ROUND = 'That voting round no longer exists. It may have been deleted with its workshop.'
const MISSING_GROUP = 'That group is not in this workshop. It may have been removed in another window.'
const CLOSED = 'This round is closed, so ballots cannot be recorded or changed. Reopen the round to correct a ballot.'
const HIDDEN = 'The results of this round are hidden until the facilitator reveals them.'

/** Voting rounds and ballots. No answer reveals a ballot's contents until its round is revealed. */
export function votingHandlers(store: Store, clock: Clock): HandlersFor<'rounds' | 'ballots'> {
  const { voting } = store
  const now = () => clock.now().toISOString()

  const view = (round: StoredRound): Round => ({
    ...round,
    gaps: voting.roundGaps(round.id).map(({ id, title }) => ({ id, title })),
    votedGroupIds: voting.voterIds(round.id),
    description: describeMethod(round.settings, 'rules'),
  })
  const getRound = (id: string, field = 'id') => found(voting.getRound(id), MISSING_ROUND, field)

  const castable = (roundId: string, groupId: string) => {
    const round = getRound(roundId, 'roundId')
    if (round.status === 'closed') throw new CallError('conflict', CLOSED, { roundId: CLOSED })
    const group = store.groups.get(groupId)
    if (!group || group.workshopId !== round.workshopId) throw invalid(MISSING_GROUP, 'groupId')
    return round
  }
  const receipt = (round: StoredRound, groupId: string) => ({ roundId: round.id, workshopId: round.workshopId, groupId, votedGroupIds: voting.voterIds(round.id) })
  const resultsOf = (round: StoredRound) => {
    const roundView = view(round)
    const results = computeResults({
      settings: round.settings,
      gaps: roundView.gaps,
      groups: store.groups.listForWorkshop(round.workshopId),
      ballots: voting.ballots(round.id),
    })
    return { round: roundView, results }
  }

  return {
    'rounds.list': ({ workshopId }) => {
      existingWorkshop(store, workshopId, 'workshopId')
      return voting.listRounds(workshopId).map(view)
    },

    'rounds.get': ({ id }) => view(getRound(id)),

    'rounds.open': ({ workshopId, gapIds, settings }) =>
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
        voting.insertRound({ id, workshopId, settings, gapIds, createdAt: now() })
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

    'ballots.cast': ({ roundId, groupId, ballot }) =>
      store.transaction(() => {
        const round = castable(roundId, groupId)
        const problems = ballotProblems(round.settings, voting.roundGaps(roundId), ballot)
        if (problems.length > 0) {
          const fields = Object.fromEntries(problems.map((problem) => [`ballot.${problem.path}`, problem.message]))
          throw new CallError('invalid', problems[0]!.message, fields)
        }
        voting.saveBallot(roundId, groupId, ballot, now())
        return receipt(round, groupId)
      }),

    'ballots.withdraw': ({ roundId, groupId }) =>
      store.transaction(() => {
        const round = castable(roundId, groupId)
        voting.deleteBallot(roundId, groupId)
        return receipt(round, groupId)
      }),
  }
}
