import { z } from 'zod'
import { presenterStateSchema, presenterViewSchema, timerActionSchema } from '../domain/presenter'
import { idSchema } from '../domain/text'
import { ballotSchema } from '../domain/voting/settings'
import { maxPrioritiesSchema, priorityInputSchema, prioritiesSchema } from '../domain/voting/priorities'
import { openRoundSchema, roundSchema } from '../domain/voting/rounds'
import { roundResultsSchema } from '../domain/voting/results'

const byWorkshop = z.object({ workshopId: idSchema }).strict()
const byRound = z.object({ id: idSchema }).strict()

/** Who has voted in a round (never what), as answered when a ballot is recorded or withdrawn. */
export const ballotReceiptSchema = z.object({ roundId: idSchema, groupId: idSchema, votedGroupIds: z.array(idSchema) })

/**
 * Step 2 (Prioritise): voting rounds, ballots, results, agreed priorities and the presenter view.
 * Spread into `contract`; every name is also listed in calls.ts.
 *
 * The rule every call keeps: until a round is revealed, nothing returns what any group voted —
 * only which groups have voted. Revealing closes the round; reopening hides the results again.
 */
export const votingContract = {
  'rounds.list': {
    /** Every round of the workshop, oldest first: re-run votes keep earlier rounds as history. */
    input: byWorkshop,
    output: z.array(roundSchema),
  },
  'rounds.get': {
    input: byRound,
    output: roundSchema,
  },
  'rounds.open': {
    input: openRoundSchema.strict(),
    output: roundSchema,
  },
  'rounds.close': {
    input: byRound,
    output: roundSchema,
  },
  'rounds.reopen': {
    /** Hides the results again until the next reveal. */
    input: byRound,
    output: roundSchema,
  },
  'rounds.reveal': {
    /** Closes the round if it is open and shows the results. */
    input: byRound,
    output: roundSchema,
  },
  'rounds.results': {
    /** Refused until the round is revealed. */
    input: byRound,
    output: z.object({ round: roundSchema, results: roundResultsSchema }),
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
  'priorities.get': {
    input: byWorkshop,
    output: prioritiesSchema,
  },
  'priorities.set': {
    /** Replaces the agreed priorities in order (first is priority 1), each with its rationale. */
    input: z
      .object({
        workshopId: idSchema,
        priorities: z
          .array(priorityInputSchema.strict(), { error: 'Priorities must be a list.' })
          .max(50, { error: 'Too many priorities.' })
          .refine((list) => new Set(list.map((priority) => priority.gapId)).size === list.length, {
            error: 'Each gap can be agreed as a priority only once.',
          }),
      })
      .strict(),
    output: prioritiesSchema,
  },
  'priorities.setMax': {
    input: z.object({ workshopId: idSchema, max: maxPrioritiesSchema }).strict(),
    output: prioritiesSchema,
  },
  'presenter.get': {
    input: byWorkshop,
    output: presenterStateSchema,
  },
  'presenter.show': {
    input: z.object({ workshopId: idSchema, view: presenterViewSchema, roundId: idSchema.nullable().optional() }).strict(),
    output: presenterStateSchema,
  },
  'presenter.timer': {
    /** `at` is the pressing window's clock (epoch ms); both windows share the computer's clock. */
    input: z
      .object({
        workshopId: idSchema,
        at: z.number({ error: 'The time must be a number.' }).int().min(0),
        command: timerActionSchema,
      })
      .strict(),
    output: presenterStateSchema,
  },
} as const

export const VOTING_CALLS = Object.keys(votingContract) as Array<keyof typeof votingContract>
