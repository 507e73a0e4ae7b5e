import type { Ballot } from '../../shared/domain/voting/settings'
import { contract, type CallInput, type CallName, type CallOutput } from '../../shared/api/contract'
import { MIME } from '../../shared/api/files'
import { formatUkDate } from '../../shared/domain/dates'
import { WORKSHOP_FILE_FORMAT, WORKSHOP_FILE_VERSION, parseWorkshopFile, type WorkshopFile } from '../../shared/domain/workshopFile'
import { reportFileName } from '../../shared/report/model'
import type { Store } from '../store'
import { CallError, existingWorkshop, found, invalid } from './errors'
import type { BaseHandlers as OtherHandlers, Clock, DerivedCall, HandlersFor } from './types'



/** Everything about one workshop, as the portable file holds it. */
export async function exportWorkshop(store: Store, handlers: OtherHandlers, workshopId: string, now: Date): Promise<WorkshopFile> {
  const { id: _id, createdAt: _created, updatedAt: _updated, ...details } = existingWorkshop(store, workshopId, 'workshopId')
  const byWorkshop = { workshopId }
  const [groups, agenda, notes, offer, ratings, liveGaps, priorities, plans, youSaid] = await Promise.all([
    handlers['groups.list'](byWorkshop),
    handlers['agenda.get'](byWorkshop),
    handlers['notes.list'](byWorkshop),
    handlers['offer.list'](byWorkshop),
    handlers['ratings.list'](byWorkshop),
    handlers['gaps.list'](byWorkshop),
    handlers['priorities.get'](byWorkshop),
    handlers['plan.get'](byWorkshop),
    handlers['review.youSaid'](byWorkshop),
  ])
  const rounds = store.voting.listRounds(workshopId).map((round) => ({
    settings: round.settings,
    whoVotes: round.whoVotes,
    gapIds: store.voting.roundGaps(round.id).map((gap) => gap.id),
    status: round.status,
    revealed: round.revealed,
    // The file is the facilitator's own record: ballots travel with it even before a reveal.
    ballots: store.voting.ballots(round.id),
    // One person's ballot travels with their table and role, never their phone's id.
    personBallots: store.voting.personBallots(round.id).map(({ groupId, role, ballot }) => ({ groupId, role, ballot })),
  }))
  // Gaps deleted or merged since, that a round still refers to, travel too so the round stays whole.
  const live = new Set(liveGaps.map((gap) => gap.id))
  const removedIds = [...new Set(rounds.flatMap((round) => round.gapIds))].filter((id) => !live.has(id))
  const removed = removedIds.map((id) => store.gaps.get(id)).filter((gap) => gap !== undefined)
  const gapOut = (gap: (typeof liveGaps)[number], isRemoved: boolean) => ({
    id: gap.id, title: gap.title, detail: gap.detail, links: gap.links, groupIds: gap.groupIds, sourceQuestionId: gap.sourceQuestionId, edie: gap.edie, removed: isRemoved,
  })
  return {
    format: WORKSHOP_FILE_FORMAT,
    version: WORKSHOP_FILE_VERSION,
    exportedAt: now.toISOString(),
    workshop: details,
    groups: groups.map(({ id, name, roles, headCount }) => ({ id, name, roles, headCount })),
    agenda: { ...agenda, customised: store.agenda.get(workshopId)?.customised ?? false },
    notes: notes.filter((note) => note.revision > 0).map(({ questionId, groupId, text }) => ({ questionId, groupId, text })),
    offer: offer.map(({ name, kind, deliveredBy, takeUp, notes: itemNotes, links }) => ({ name, kind, deliveredBy, takeUp, notes: itemNotes, links })),
    ratings: ratings.map(({ tag, groupId, rating, comment }) => ({ tag, groupId, rating, comment })),
    gaps: [...liveGaps.map((gap) => gapOut(gap, false)), ...removed.map((gap) => gapOut(gap, true))],
    rounds,
    priorities: { max: priorities.max, list: priorities.priorities.map(({ gapId, rationale }) => ({ gapId, rationale })) },
    plans: plans.map((plan) => ({
      gapId: plan.gapId,
      plan: { aim: plan.aim, team: plan.team },
      actions: plan.actions.map(({ action, lead, byWhen, originalByWhen, outcome, measure, status, updates }) => ({
        action, lead, byWhen, originalByWhen, outcome, measure, status,
        // Kept oldest first in the file so replaying them ends on the latest status.
        updates: [...updates].reverse().map(({ date, status: updateStatus, text }) => ({ date, status: updateStatus, text })),
      })),
    })),
    youSaid: youSaid.saved,
  }
}

/**
 * Makes a new workshop from a file by replaying it through the same calls (and checks) as the
 * screens use, inside one transaction: a file that fails anywhere changes nothing.
 */
function importWorkshop(store: Store, handlers: OtherHandlers, file: WorkshopFile): CallOutput<'workshops.get'> {
  const call = <K extends Exclude<CallName, DerivedCall>>(name: K, input: CallInput<K>): CallOutput<K> => {
    const parsed = contract[name].input.safeParse(input)
    if (!parsed.success) throw invalid(`The workshop file has a problem (${name}): ${parsed.error.issues[0]?.message ?? 'not valid'}`)
    const value = (handlers[name] as (input: unknown) => unknown)(parsed.data)
    if (value instanceof Promise) throw new Error(`${name} is asynchronous and cannot be replayed in one transaction.`)
    return value as CallOutput<K>
  }
  return store.transaction(() => {
    const workshop = call('workshops.create', file.workshop)
    const workshopId = workshop.id
    const groupIds = new Map<string, string>()
    for (const { id, ...details } of file.groups) groupIds.set(id, call('groups.add', { workshopId, details }).id)
    const group = (id: string) => {
      const mapped = groupIds.get(id)
      if (!mapped) throw invalid('The workshop file refers to a group it does not contain.')
      return mapped
    }
    if (file.agenda.customised) call('agenda.set', { workshopId, questionIds: file.agenda.questionIds })
    if (file.agenda.currentQuestionId) call('agenda.setCurrent', { workshopId, questionId: file.agenda.currentQuestionId })
    for (const note of file.notes) call('notes.save', { workshopId, questionId: note.questionId, groupId: group(note.groupId), text: note.text, baseRevision: 0 })
    for (const details of file.offer) call('offer.add', { workshopId, details })
    for (const rating of file.ratings) {
      call('ratings.set', { workshopId, tag: rating.tag, groupId: rating.groupId === null ? null : group(rating.groupId), rating: rating.rating, comment: rating.comment })
    }
    const gapIds = new Map<string, string>()
    for (const { id, removed: _removed, ...details } of file.gaps) {
      gapIds.set(id, call('gaps.create', { workshopId, details: { ...details, groupIds: details.groupIds.map(group) } }).id)
    }
    const gap = (id: string) => {
      const mapped = gapIds.get(id)
      if (!mapped) throw invalid('The workshop file refers to a gap it does not contain.')
      return mapped
    }
    for (const round of file.rounds) {
      const opened = call('rounds.open', { workshopId, gapIds: round.gapIds.map(gap), settings: round.settings, whoVotes: round.whoVotes ?? 'tables' })
      const mapped = (ballot: Ballot): Ballot =>
        ballot.method === 'ranked'
          ? { ...ballot, ranking: ballot.ranking.map(gap) }
          : ballot.method === 'dots'
            ? { ...ballot, dots: Object.fromEntries(Object.entries(ballot.dots).map(([id, count]) => [gap(id), count])) }
            : { ...ballot, points: Object.fromEntries(Object.entries(ballot.points).map(([id, count]) => [gap(id), count])) }
      for (const { groupId, ballot } of round.ballots) call('ballots.cast', { roundId: opened.id, groupId: group(groupId), ballot: mapped(ballot) })
      for (const { groupId, role, ballot } of round.personBallots ?? []) {
        call('ballots.castForPerson', { roundId: opened.id, groupId: group(groupId), role, ballot: mapped(ballot) })
      }
      if (round.revealed) call('rounds.reveal', { id: opened.id })
      else if (round.status === 'closed') call('rounds.close', { id: opened.id })
    }
    call('priorities.setMax', { workshopId, max: file.priorities.max })
    call('priorities.set', { workshopId, priorities: file.priorities.list.map((priority) => ({ gapId: gap(priority.gapId), rationale: priority.rationale })) })
    for (const { gapId, plan, actions } of file.plans) {
      call('plan.savePriority', { workshopId, gapId: gap(gapId), plan })
      for (const { updates, originalByWhen, ...details } of actions) {
        // Added with the date first agreed, then moved to the current one, so a slipped date stays slipped.
        const added = call('actions.add', { workshopId, gapId: gap(gapId), details: { ...details, byWhen: originalByWhen ?? details.byWhen } })
        for (const update of updates) call('actions.log', { id: added.id, update })
        // The file's status wins over the last logged one (an action can be edited after its last update).
        if (updates.length > 0 || added.byWhen !== details.byWhen) call('actions.update', { id: added.id, details })
      }
    }
    if (file.youSaid.length > 0) call('review.saveYouSaid', { workshopId, rows: file.youSaid })
    // Gaps removed since a round used them are removed again, now that the rounds are in place.
    for (const removedGap of file.gaps.filter((item) => item.removed)) call('gaps.delete', { id: gap(removedGap.id) })
    return found(store.workshops.get(workshopId), 'The imported workshop could not be read back.')
  })
}

/** The workshops already in the library, by what a person recognises them by. */
export type ExistingWorkshop = { title: string; date: string }

/** Refuses a second import of the same workshop unless a separate copy was asked for. */
export function refuseDuplicate(existing: readonly ExistingWorkshop[], title: string, date: string, asCopy: boolean): void {
  if (!asCopy && existing.some((summary) => summary.title === title && summary.date === date)) {
    throw new CallError('conflict', `You already have “${title}” on ${formatUkDate(date)}. Import the file as a separate copy? Your existing workshop will not be changed.`)
  }
}

/** Checks a workshop file and replays it into `store` as a new workshop: what an import does, wherever it runs. */
export function importWorkshopFile(store: Store, handlers: OtherHandlers, text: string, asCopy: boolean, existing: readonly ExistingWorkshop[]): CallOutput<'workshops.get'> {
  const parsed = parseWorkshopFile(text)
  if (!parsed.ok) throw new CallError('invalid', parsed.message, { text: parsed.message })
  refuseDuplicate(existing, parsed.file.workshop.title, parsed.file.workshop.date, asCopy)
  return importWorkshop(store, handlers, parsed.file)
}

/** Runs an import somewhere other than this thread (a worker with its own connection; importRunner.ts). */
export type WorkshopImporter = (text: string, asCopy: boolean) => Promise<CallOutput<'workshops.get'>>

export function workshopFileHandlers(store: Store, handlers: OtherHandlers, clock: Clock, importer?: WorkshopImporter): HandlersFor<'workshopFile'> {
  return {
    'workshopFile.export': async ({ workshopId }) => {
      const file = await exportWorkshop(store, handlers, workshopId, clock.now())
      const name = reportFileName(file.workshop.title, formatUkDate(file.workshop.date), 'json')
      return { fileName: name.replace(/\.json$/, ' (workshop file).json'), mimeType: MIME.json, base64: Buffer.from(JSON.stringify(file, null, 2), 'utf8').toString('base64') }
    },
    'workshopFile.import': ({ text, asCopy }) =>
      importer ? importer(text, asCopy ?? false) : importWorkshopFile(store, handlers, text, asCopy ?? false, store.workshops.listSummaries()),
  }
}
