import { z } from 'zod'
import { idSchema } from '../domain/text'
import { ballotSchema } from '../domain/voting/settings'
import { openRoundSchema, roundSchema } from '../domain/voting/rounds'
import { roundResultsSchema } from '../domain/voting/results'
import { presenterStateSchema } from '../domain/presenter'
import { groupRoleSchema } from '../domain/workshop'
import { byId, byWorkshop } from './inputs'

/** Who has voted in a round (never what), as answered when a ballot is recorded or withdrawn. */
export const ballotReceiptSchema = z.object({ roundId: idSchema, workshopId: idSchema, groupId: idSchema, votedGroupIds: z.array(idSchema) })

/** Who has voted in an each-person round (how many, never what), as answered for one person's ballot. */
export const personReceiptSchema = ballotReceiptSchema.extend({ voterId: idSchema, peopleVoted: z.number().int().min(0) })

/** A revealed round and its results: what rounds.results answers, and rounds.latestResults for the latest round. */
const shownResultsSchema = z.object({ round: roundSchema, results: roundResultsSchema })

/**
 * Prioritise: voting rounds and ballots.
 *
 * The rule every call keeps: until a round is revealed, nothing returns what any group voted —
 * only which groups have voted. Revealing closes the round; reopening hides the results again.
 * Spread into `contract`; every name is also listed in calls.ts.
 */
export const votingContract = {
  'rounds.list': {
    /** Every round of the workshop, oldest first: re-run votes keep earlier rounds as history. */
    input: byWorkshop,
    output: z.array(roundSchema),
  },
  'rounds.get': {
    input: byId,
    output: roundSchema,
  },
  'rounds.open': {
    input: openRoundSchema.strict(),
    output: roundSchema,
  },
  'rounds.close': {
    input: byId,
    output: roundSchema,
  },
  'rounds.reopen': {
    /** Hides the results again until the next reveal. */
    input: byId,
    output: roundSchema,
  },
  'rounds.reveal': {
    /**
     * Closes the round if it is open and shows the results. Answers with them and with the shared
     * screen's state, which moves to these results unless the facilitator pinned another view there.
     */
    input: byId,
    output: shownResultsSchema.extend({ presenter: presenterStateSchema }),
  },
  'rounds.results': {
    /** Refused until the round is revealed. */
    input: byId,
    output: shownResultsSchema,
  },
  /**
   * The results of the workshop's latest round (the last of rounds.list) once it is revealed; null
   * while it is hidden, or when there is no round. The page opening on the Prioritise step asks for
   * them beside the rounds (renderer/src/boot/run.ts), not after their answer has named the round.
   */
  'rounds.latestResults': {
    input: byWorkshop,
    output: shownResultsSchema.nullable(),
  },
  'ballots.cast': {
    /** Records a group's ballot, or replaces it (a correction) while the round is open. */
    input: z.object({ roundId: idSchema, groupId: idSchema, ballot: ballotSchema }).strict(),
    output: ballotReceiptSchema,
  },
  'ballots.withdraw': {
    input: z.object({ roundId: idSchema, groupId: idSchema }).strict(),
    output: ballotReceiptSchema,
  },
  'ballots.castForPerson': {
    /**
     * In an each-person round, records the ballot of one person at a table without a phone,
     * keyed in by the facilitator: a new voter each time (its id, made here, is in the answer).
     */
    input: z.object({ roundId: idSchema, groupId: idSchema, role: groupRoleSchema.nullable(), ballot: ballotSchema }).strict(),
    output: personReceiptSchema,
  },
  'ballots.withdrawPerson': {
    /** Takes back one person's ballot in an each-person round (one the facilitator keyed in). */
    input: z.object({ roundId: idSchema, voterId: idSchema }).strict(),
    output: personReceiptSchema,
  },
} as const
