import { randomUUID } from 'node:crypto'
import { phoneContract, type PhoneInput, type PhoneOutput } from '../../shared/api/phone'
import { isPhoneCallName, type PhoneCallName } from '../../shared/api/phoneCalls'
import { describeInvalid, fail, fieldErrors, ok, type Result } from '../../shared/api/result'
import type { ChangeArea } from '../../shared/api/changes'
import { findQuestion } from '../../shared/content/load'
import type { PhoneState } from '../../shared/domain/room'
import { describeMethod } from '../../shared/domain/voting/describe'
import type { Store } from '../store'
import type { StoredRound } from '../store/voting'
import { CallError, invalid } from './errors'
import { ROOM_CLOSED, WRONG_CODE, type Device, type PhoneRoom } from './room'
import type { Scope } from './scope'
import type { Clock } from './types'
import type { BallotBox } from './voting'
import type { Ballot } from '../../shared/domain/voting/settings'
import type { Group } from '../../shared/domain/workshop'
import { createWriteBatch } from './writeBatch'

export const SIGNED_OUT =
  'This phone is not in the room now: the facilitator may have closed it, or opened it again. Type the code on the shared screen to join.'
const NO_SEAT = 'Choose your table first.'
const VOTING_CLOSED = 'Voting in this round has closed, so votes can no longer be cast or changed.'
const NOT_HERE = 'That voting round is not in this room. Reload the page to see the current one.'

/** What every phone of a workshop's room is shown alike (see `sharedOf`). */
interface SharedView {
  workshopTitle: string
  groups: Group[]
  tables: PhoneState['tables']
  round: StoredRound | undefined
  roundShown: Omit<NonNullable<PhoneState['round']>, 'mine'> | null
  results: PhoneState['results']
  question: PhoneState['question']
}

type PhoneHandler<K extends PhoneCallName> = (input: PhoneInput<K>, device: Device) => PhoneOutput<K> | Promise<PhoneOutput<K>>

export interface PhoneSurfaceDeps {
  store: Store
  clock: Clock
  scope: Scope
  room: PhoneRoom
  box: BallotBox
  /** Tells the facilitator's windows and the phones that something changed. */
  publish: (workshopId: string, areas: readonly ChangeArea[]) => void
  /** The change feed's position: it moves with every write, so what was read at one position holds until it moves. */
  version: () => number
  log: (message: string) => void
}

/**
 * The phones' calls, over the store and the room. Every answer is the phone's whole state, so a
 * phone never has to piece anything together. Ballots go through the same rules as the
 * facilitator's (voting.ts ballotBox); no answer carries another table's or person's ballot, and
 * none a tally before the reveal.
 */
export function phoneSurface({ store, clock, scope, room, box, publish, version, log }: PhoneSurfaceDeps) {
  const now = () => clock.now().toISOString()
  const batch = createWriteBatch(store, log)

  /** The round phones see: the open one if any (the latest open), else the latest. */
  const currentRound = (workshopId: string): StoredRound | undefined => {
    const rounds = store.voting.listRounds(workshopId)
    return rounds.filter((round) => round.status === 'open').at(-1) ?? rounds.at(-1)
  }

  /**
   * What every phone in a workshop's room is shown alike (its title, tables, round, question and
   * results), read once per change rather than once per phone: sixty ballots answered in one batch,
   * or sixty phones asking after a reveal, read and tally it once. Keyed on the rows this
   * connection has ever changed (SQLite's total_changes, which moves with a write the moment it is
   * made, before its change event) and the change feed's position (which moves with every write
   * announced, whichever connection made it), so no answer is older than the last write. The round
   * alone is read at first, since a ballot's change event asks only that of it (`hasNews`).
   */
  const rowsChanged = store.db.prepare('SELECT total_changes()').pluck()
  let shared: { key: string; round: StoredRound | undefined; rest?: SharedView | null } | undefined
  const sharedOf = (workshopId: string) => {
    const key = `${workshopId}:${version()}:${String(rowsChanged.get())}`
    if (shared?.key !== key) shared = { key, round: currentRound(workshopId) }
    return shared
  }
  function viewOf(workshopId: string): SharedView {
    const entry = sharedOf(workshopId)
    if (entry.rest === undefined) entry.rest = readShared(workshopId, entry.round)
    if (entry.rest === null) throw new CallError('signed_out', SIGNED_OUT)
    return entry.rest
  }
  function readShared(workshopId: string, round: StoredRound | undefined): SharedView | null {
    const workshop = store.workshops.get(workshopId)
    if (!workshop) return null
    const groups = store.groups.listForWorkshop(workshopId)
    let question: PhoneState['question'] = null
    const currentId = store.agenda.get(workshopId)?.currentQuestionId
    if (currentId) {
      const found = findQuestion(scope.scope(workshopId).pack, currentId)
      if (found) question = { text: found.text, tags: [...found.tags] }
    }
    return {
      workshopTitle: workshop.title,
      groups,
      tables: groups.map((group) => ({ id: group.id, name: group.name })),
      round,
      roundShown: round
        ? {
            id: round.id,
            number: round.number,
            method: round.method,
            settings: round.settings,
            whoVotes: round.whoVotes,
            status: round.status,
            revealed: round.revealed,
            gaps: store.voting.roundGaps(round.id).map(({ id, title }) => ({ id, title })),
            description: describeMethod(round.settings, 'rules', round.whoVotes),
          }
        : null,
      results: round?.revealed ? box.resultsOf(round).results : null,
      question,
    }
  }

  /** What a phone shows of its seat and the voting, as a key (see `hasNews`). */
  const keyOf = (device: Device, round: StoredRound | undefined, mine: Ballot | undefined) =>
    JSON.stringify([device.groupId, device.role, round?.id, round?.status, round?.revealed, round?.settings, round?.whoVotes, mine ?? null])
  /** That key as of the last state each phone was answered with. */
  const told = new WeakMap<Device, string>()
  const mineIn = (device: Device, round: StoredRound | undefined) =>
    !round ? undefined : round.whoVotes === 'people' ? store.voting.personBallotOf(round.id, device.id) : device.groupId ? store.voting.ballotOf(round.id, device.groupId) : undefined

  /** One phone's whole state: the room's shared view, and its own seat, ballot and messages sent. */
  function state(device: Device): PhoneState {
    const { workshopTitle, groups, tables, round, roundShown, results, question } = viewOf(device.workshopId)
    const table = groups.find((group) => group.id === device.groupId)
    // A table removed by the facilitator: the phone chooses again.
    if (device.groupId !== null && !table) device.groupId = null
    const mine = mineIn(device, round)
    told.set(device, keyOf(device, round, mine))
    return {
      workshopTitle,
      tables,
      seat: table ? { groupId: table.id, groupName: table.name, role: device.role } : null,
      round: roundShown ? { ...roundShown, mine: mine ?? null } : null,
      results,
      question,
      sent: device.sent,
    }
  }

  const allow = (device: Device, kind: 'write' | 'message') => {
    const allowed = room.allow(device, kind)
    if (!allowed.ok) {
      throw new CallError('too_many', `That is a lot in a short time: wait ${allowed.retryAfter} ${allowed.retryAfter === 1 ? 'second' : 'seconds'} and try again.`)
    }
  }

  const handlers: { [K in Exclude<PhoneCallName, 'phone.join'>]: PhoneHandler<K> } = {
    'phone.state': (_input, device) => state(device),

    'phone.seat': ({ groupId, role }, device) => {
      allow(device, 'write')
      const group = store.groups.get(groupId)
      if (!group || group.workshopId !== device.workshopId) throw invalid('That table is not in this workshop. Choose one from the list.', 'groupId')
      room.seat(device, groupId, role)
      return state(device)
    },

    'phone.cast': async ({ roundId, ballot }, device) => {
      const groupId = device.groupId
      if (groupId === null) throw invalid(NO_SEAT, 'groupId')
      const round = store.voting.getRound(roundId)
      if (!round || round.workshopId !== device.workshopId) throw new CallError('not_found', NOT_HERE, { roundId: NOT_HERE })
      if (round.status === 'closed') throw new CallError('conflict', VOTING_CLOSED, { roundId: VOTING_CLOSED })
      allow(device, 'write')
      // Saved with the other phones' ballots of this moment, in one commit; one change event for them all.
      await batch.run(
        () => {
          if (round.whoVotes === 'people') box.recordForPerson({ roundId, voterId: device.id, groupId, role: device.role, ballot })
          else box.recordForTable(roundId, groupId, ballot)
          // Its answer will carry this: the change event that follows has nothing new for this phone.
          const now = currentRound(device.workshopId)
          told.set(device, keyOf(device, now, mineIn(device, now)))
        },
        { key: `rounds:${device.workshopId}`, hook: () => publish(device.workshopId, ['rounds']) },
      )
      return state(device)
    },

    'phone.send': async ({ kind, text, detail }, device) => {
      if (device.groupId === null) throw invalid(NO_SEAT, 'groupId')
      allow(device, 'message')
      await batch.run(
        () =>
          store.inbox.insert({
          id: randomUUID(),
          workshopId: device.workshopId,
          groupId: device.groupId,
          kind,
          text,
          detail,
          questionId: store.agenda.get(device.workshopId)?.currentQuestionId ?? null,
            createdAt: now(),
          }),
        { key: `inbox:${device.workshopId}`, hook: () => publish(device.workshopId, ['inbox']) },
      )
      device.sent += 1
      return state(device)
    },
  }

  /** Validates, runs and checks one call as the handlers of the facilitator's calls are (dispatch.ts). */
  async function run<K extends PhoneCallName>(name: K, raw: unknown, work: (input: PhoneInput<K>) => PhoneOutput<K> | Promise<PhoneOutput<K>>): Promise<Result<PhoneOutput<K>>> {
    const call = phoneContract[name]
    const parsed = call.input.safeParse(raw ?? {})
    if (!parsed.success) return fail('invalid', describeInvalid(parsed.error), fieldErrors(parsed.error))
    try {
      const value = await work(parsed.data as PhoneInput<K>)
      const checked = call.output.safeParse(value)
      if (!checked.success) {
        log(`Output of ${name} did not match the phone contract: ${describeInvalid(checked.error)}`)
        return fail('internal', 'Something went wrong on the facilitator’s laptop. Try again.')
      }
      return ok(checked.data as PhoneOutput<K>)
    } catch (error) {
      if (error instanceof CallError) return fail(error.code, error.message, error.fields)
      log(`Phone call ${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
      return fail('internal', 'Something went wrong on the facilitator’s laptop. Try again.')
    }
  }

  return {
    /**
     * Whether a change to the rounds or the room moved what this phone shows of its seat and the
     * voting since it was last answered: the LAN listener tells its stream only then, so another
     * person's ballot, a phone joining, or its own ballot (whose answer carried its state) does not
     * send sixty phones to ask for their state. The round is read once per change however many
     * phones follow it (`sharedOf`).
     */
    hasNews(device: Device): boolean {
      const { round } = sharedOf(device.workshopId)
      return keyOf(device, round, mineIn(device, round)) !== told.get(device)
    },

    /** `phone.join`: on success the LAN listener sets the device's cookie from `token`. */
    async join(raw: unknown, clientAddress: string): Promise<{ result: Result<PhoneState>; token?: string }> {
      let token: string | undefined
      const result = await run('phone.join', raw, ({ code }) => {
        const outcome = room.join(code, clientAddress)
        if (!outcome.ok) {
          if (outcome.reason === 'closed') throw new CallError('conflict', ROOM_CLOSED)
          if (outcome.reason === 'limited') throw new CallError('too_many', `Too many wrong codes from this phone. Wait ${outcome.retryAfter} seconds and try again.`, { code: 'Too many wrong codes.' })
          throw new CallError('invalid', WRONG_CODE, { code: WRONG_CODE })
        }
        token = outcome.token
        return state(outcome.device)
      })
      return token && result.ok ? { result, token } : { result }
    },

    /** Any other phone call, as the device its cookie names (undefined: not in the room). */
    call(name: string, raw: unknown, device: Device | undefined): Promise<Result<unknown>> {
      if (!isPhoneCallName(name) || name === 'phone.join') return Promise.resolve(fail('unknown_call', 'Not found.'))
      if (!device) return Promise.resolve(fail('signed_out', SIGNED_OUT))
      const handler = handlers[name] as PhoneHandler<typeof name>
      return run(name, raw, (input) => handler(input as never, device))
    },
  }
}
export type PhoneSurface = ReturnType<typeof phoneSurface>
