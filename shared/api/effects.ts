import type { CallName, CallOutput, ParsedInput } from './contract'
import { CHANGE_AREAS, type ChangeArea } from './changesPlain'
import type { PresenterState } from '../domain/presenter'

/**
 * What each call does to the change stream (changes.ts), said once for both sides: the main side
 * turns a successful write into a change event from `writes`; a window refetches a query when an
 * event names one of its `reads`.
 *
 * - `read`: a query a window may hold; the areas whose changes make its answer old.
 * - `write`: the areas it changes, and which workshop (from its input or its answer); null means
 *   the whole library.
 * - `once`: neither: exports and downloads made on request, and the stream's own call.
 */
export type CallEffect<K extends CallName> =
  | { kind: 'read'; reads: readonly ChangeArea[] }
  | {
      kind: 'write'
      writes: readonly ChangeArea[]
      workshop: (input: ParsedInput<K>, output: CallOutput<K>) => string | null
      /** For a write to the shared screen: its new state, from the answer, to carry in the event. */
      presenter?: (output: CallOutput<K>) => PresenterState
    }
  | { kind: 'once' }

/** Any call's effect, for looking one up by name. */
type SomeEffect =
  | { kind: 'read'; reads: readonly ChangeArea[] }
  | { kind: 'write'; writes: readonly ChangeArea[]; workshop: (input: never, output: never) => string | null; presenter?: (output: never) => PresenterState }
  | { kind: 'once' }

const EVERYTHING = CHANGE_AREAS
/** Everything a workshop holds, for a write that makes, replaces or removes one whole. */
const WHOLE_WORKSHOP = CHANGE_AREAS.filter((area) => area !== 'library')

const read = (...reads: ChangeArea[]) => ({ kind: 'read' as const, reads })
const once = { kind: 'once' as const }
const byInput = (input: { workshopId: string }) => input.workshopId
const byAnswer = (_input: unknown, output: { workshopId: string }) => output.workshopId

export const CALL_EFFECTS = {
  'packs.list': read(),
  'packs.get': read(),
  // Which edition a workshop uses is the workshop's.
  'packs.ofWorkshop': read('workshops'),
  'workshops.list': read('workshops', 'groups'),
  'workshops.get': read('workshops'),
  'workshops.create': { kind: 'write', writes: ['workshops'], workshop: (_input, output) => output.id },
  'workshops.update': { kind: 'write', writes: ['workshops'], workshop: (input) => input.id },
  'workshops.delete': { kind: 'write', writes: WHOLE_WORKSHOP, workshop: (input) => input.id },
  'groups.list': read('groups'),
  'groups.add': { kind: 'write', writes: ['groups'], workshop: byInput },
  'groups.update': { kind: 'write', writes: ['groups'], workshop: byAnswer },
  'groups.reorder': { kind: 'write', writes: ['groups'], workshop: byInput },
  // A group's notes, ratings, ballots and gap mentions go with it.
  'groups.remove': { kind: 'write', writes: ['groups', 'notes', 'ratings', 'gaps', 'rounds'], workshop: byAnswer },
  'library.status': read('library'),
  'library.startEmpty': { kind: 'write', writes: EVERYTHING, workshop: () => null },
  'backups.list': read('library'),
  'backups.restore': { kind: 'write', writes: EVERYTHING, workshop: () => null },
  'agenda.get': read('agenda'),
  'agenda.set': { kind: 'write', writes: ['agenda'], workshop: byInput },
  'agenda.setCurrent': { kind: 'write', writes: ['agenda'], workshop: byInput },
  'notes.list': read('notes'),
  'notes.get': read('notes'),
  'notes.save': { kind: 'write', writes: ['notes'], workshop: byInput },
  'offer.list': read('offer'),
  'offer.add': { kind: 'write', writes: ['offer'], workshop: byInput },
  'offer.update': { kind: 'write', writes: ['offer'], workshop: byAnswer },
  'offer.remove': { kind: 'write', writes: ['offer'], workshop: byAnswer },
  'ratings.list': read('ratings'),
  'ratings.set': { kind: 'write', writes: ['ratings'], workshop: byInput },
  'gaps.list': read('gaps'),
  'gaps.create': { kind: 'write', writes: ['gaps'], workshop: byAnswer },
  'gaps.update': { kind: 'write', writes: ['gaps'], workshop: byAnswer },
  'gaps.delete': { kind: 'write', writes: ['gaps'], workshop: (_input, output) => output.deleted.workshopId },
  'gaps.restore': { kind: 'write', writes: ['gaps'], workshop: byAnswer },
  'gaps.merge': { kind: 'write', writes: ['gaps'], workshop: byAnswer },
  'gaps.unmerge': { kind: 'write', writes: ['gaps'], workshop: (_input, output) => output[0]?.workshopId ?? null },
  'report.docx': once,
  'report.csv': once,
  'report.briefing': once,
  'sample.create': { kind: 'write', writes: WHOLE_WORKSHOP, workshop: (_input, output) => output.workshopId },
  'workshopFile.export': once,
  'workshopFile.import': { kind: 'write', writes: WHOLE_WORKSHOP, workshop: (_input, output) => output.id },
  // A round shows its gaps' titles, and its results the groups' names.
  // An each-person round counts the phones in the room among those who can vote.
  'rounds.list': read('rounds', 'gaps', 'groups', 'room'),
  'rounds.get': read('rounds', 'gaps', 'groups', 'room'),
  'rounds.open': { kind: 'write', writes: ['rounds'], workshop: byAnswer },
  'rounds.close': { kind: 'write', writes: ['rounds'], workshop: byAnswer },
  'rounds.reopen': { kind: 'write', writes: ['rounds'], workshop: byAnswer },
  // Revealing also moves the shared screen to the results, unless another view is pinned there.
  'rounds.reveal': { kind: 'write', writes: ['rounds', 'presenter'], workshop: (_input, output) => output.round.workshopId, presenter: (output) => output.presenter },
  'rounds.results': read('rounds', 'gaps', 'groups'),
  'rounds.latestResults': read('rounds', 'gaps', 'groups'),
  'ballots.cast': { kind: 'write', writes: ['rounds'], workshop: byAnswer },
  'ballots.withdraw': { kind: 'write', writes: ['rounds'], workshop: byAnswer },
  'ballots.castForPerson': { kind: 'write', writes: ['rounds'], workshop: byAnswer },
  'ballots.withdrawPerson': { kind: 'write', writes: ['rounds'], workshop: byAnswer },
  'priorities.get': read('priorities', 'gaps'),
  'priorities.set': { kind: 'write', writes: ['priorities'], workshop: byInput },
  'priorities.setMax': { kind: 'write', writes: ['priorities'], workshop: byInput },
  'presenter.get': read('presenter'),
  'presenter.show': { kind: 'write', writes: ['presenter'], workshop: byInput, presenter: (state) => state },
  'presenter.page': { kind: 'write', writes: ['presenter'], workshop: byInput, presenter: (state) => state },
  'presenter.timer': { kind: 'write', writes: ['presenter'], workshop: byInput, presenter: (state) => state },
  'plan.get': read('plan', 'priorities', 'gaps'),
  'plan.savePriority': { kind: 'write', writes: ['plan'], workshop: byInput },
  'plan.removePriority': { kind: 'write', writes: ['plan'], workshop: byInput },
  'actions.add': { kind: 'write', writes: ['plan'], workshop: byInput },
  'actions.update': { kind: 'write', writes: ['plan'], workshop: byAnswer },
  'actions.remove': { kind: 'write', writes: ['plan'], workshop: byAnswer },
  'actions.log': { kind: 'write', writes: ['plan'], workshop: byAnswer },
  'cycles.overview': read('workshops', 'plan', 'priorities', 'gaps'),
  'cycles.list': read('workshops'),
  // The next cycle is a new workshop carrying the last one's open priorities, actions and ratings.
  'cycles.startNext': { kind: 'write', writes: WHOLE_WORKSHOP, workshop: (_input, output) => output.id },
  'review.get': read('workshops', 'groups', 'notes', 'ratings', 'gaps', 'priorities', 'plan'),
  'review.youSaid': read('review', 'priorities', 'plan', 'gaps'),
  'review.saveYouSaid': { kind: 'write', writes: ['review'], workshop: byInput },
  'room.networks': once,
  'room.status': read('room', 'groups'),
  // Opening or closing the room changes who can vote in an each-person round.
  'room.open': { kind: 'write', writes: ['room', 'rounds'], workshop: byInput },
  'room.close': { kind: 'write', writes: ['room', 'rounds'], workshop: byInput },
  'room.newCode': { kind: 'write', writes: ['room'], workshop: byInput },
  'inbox.list': read('inbox'),
  'inbox.accept': { kind: 'write', writes: ['inbox', 'gaps'], workshop: (_input, output) => output.message.workshopId },
  'inbox.merge': { kind: 'write', writes: ['inbox', 'gaps'], workshop: (_input, output) => output.message.workshopId },
  'inbox.dismiss': { kind: 'write', writes: ['inbox'], workshop: byAnswer },
  'changes.since': once,
  'team.settings': read('team'),
  'team.saveSettings': { kind: 'write', writes: ['team'], workshop: () => null },
  // Any write to a linked workshop marks it changed since its revision.
  'team.status': read(...EVERYTHING),
  // Asked of the server each time a screen shows them; refetched after this computer's own team writes.
  'team.check': read('team'),
  'team.list': read('team', 'workshops'),
  'team.partnership': read('team'),
  'team.publish': { kind: 'write', writes: ['team'], workshop: byInput },
  // Brings in (and may replace) several workshops at once: the cycles it continues from too.
  'team.get': { kind: 'write', writes: EVERYTHING, workshop: () => null },
  'team.markRunning': { kind: 'write', writes: ['team'], workshop: byInput },
  'team.partnershipReport': once,
  'log.renderError': once,
} satisfies { [K in CallName]: CallEffect<K> }

export type WriteCall = { [K in CallName]: (typeof CALL_EFFECTS)[K] extends { kind: 'write' } ? K : never }[CallName]

/** The areas a call reads (empty for writes and one-off calls). */
export function readsOf(name: CallName): readonly ChangeArea[] {
  const effect: SomeEffect = CALL_EFFECTS[name]
  return effect.kind === 'read' ? effect.reads : []
}

/** The areas a call writes (empty for reads and one-off calls). */
export function writesOf(name: CallName): readonly ChangeArea[] {
  const effect: SomeEffect = CALL_EFFECTS[name]
  return effect.kind === 'write' ? effect.writes : []
}

/**
 * Whether a change to `areas` of `workshopId` makes the answer of `name` (asked with `input`) old.
 * A query that names another workshop is not, except for the list of workshops and cycles, which
 * spans them all; a change to the whole library (null) makes every matching query old.
 */
export function isStaleAfter(name: CallName, input: unknown, change: { workshopId: string | null; areas: readonly ChangeArea[] }): boolean {
  const reads = readsOf(name).filter((area) => change.areas.includes(area))
  if (reads.length === 0) return false
  if (change.workshopId === null || reads.includes('workshops')) return true
  const named = typeof input === 'object' && input !== null && 'workshopId' in input ? input.workshopId : undefined
  return named === undefined || named === change.workshopId
}

/** Which workshop a successful write changed (null: the whole library); undefined for a call that writes nothing. */
export function workshopOfWrite(name: CallName, input: unknown, output: unknown): string | null | undefined {
  const effect: SomeEffect = CALL_EFFECTS[name]
  return effect.kind === 'write' ? (effect.workshop as (input: unknown, output: unknown) => string | null)(input, output) : undefined
}

/** The shared screen's new state after a write to it, to carry in its change event; undefined for every other write. */
export function presenterOfWrite(name: CallName, output: unknown): PresenterState | undefined {
  const effect: SomeEffect = CALL_EFFECTS[name]
  return effect.kind === 'write' && effect.presenter ? (effect.presenter as (output: unknown) => PresenterState)(output) : undefined
}
