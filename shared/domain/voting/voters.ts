import { z } from 'zod'

/**
 * Who votes in a round: **each table** casts one ballot (from any phone at it, or keyed in by the
 * facilitator), or **each person** casts their own from a phone, counted with their table and the
 * role they chose. The counting functions take voters either way: a table is a voter with its
 * table's recorded roles, a person a voter with the one role they declared (or none).
 */
export const WHO_VOTES = ['tables', 'people'] as const
export const whoVotesSchema = z.enum(WHO_VOTES, { error: 'Who votes must be each table or each person.' })
export type WhoVotes = z.infer<typeof whoVotesSchema>

export const WHO_VOTES_LABELS: Record<WhoVotes, string> = {
  tables: 'Each table',
  people: 'Each person',
}

export const WHO_VOTES_HINTS: Record<WhoVotes, string> = {
  tables: 'One ballot per table: from any one phone at the table, or keyed in here.',
  people: 'One ballot per phone, counted with its table and the role its holder chose. Tables without phones can be keyed in here, a person at a time.',
}

export { PERSON_ROLE_LABELS } from './personRoles'

/** The words counting sentences use for a voter: "Each group has…", "Each person has…". */
export interface VoterWords {
  /** "group", "person" */
  one: string
  /** "groups", "people" */
  many: string
  /** "it", "they" */
  they: string
  /** "its", "their" */
  their: string
  /** "wants", "want" */
  wants: string
}

export const VOTER_WORDS: Record<WhoVotes, VoterWords> = {
  tables: { one: 'group', many: 'groups', they: 'it', their: 'its', wants: 'wants' },
  people: { one: 'person', many: 'people', they: 'they', their: 'their', wants: 'want' },
}

export function voterCount(count: number, whoVotes: WhoVotes): string {
  const words = VOTER_WORDS[whoVotes]
  return `${count} ${count === 1 ? words.one : words.many}`
}
