import { ballotSchema, roundSettingsSchema, type Ballot, type RoundSettings, type VotingMethod } from '../../shared/domain/voting/settings'
import { whoVotesSchema, type WhoVotes } from '../../shared/domain/voting/voters'
import { groupRoleSchema, type GroupRole } from '../../shared/domain/workshop'
import type { Db } from './sqlite'

interface RoundRow {
  id: string
  workshop_id: string
  number: number
  method: string
  settings: string
  status: 'open' | 'closed'
  revealed: number
  created_at: string
  closed_at: string | null
  revealed_at: string | null
  who_votes: string
}

/** A round as stored, without ballots: what services build the public view from. */
export interface StoredRound {
  id: string
  workshopId: string
  number: number
  method: VotingMethod
  settings: RoundSettings
  whoVotes: WhoVotes
  status: 'open' | 'closed'
  revealed: boolean
  createdAt: string
  closedAt: string | null
  revealedAt: string | null
}

export interface RoundGap {
  id: string
  title: string
  workshopId: string
  deleted: boolean
}

function toRound(row: RoundRow): StoredRound {
  const settings = roundSettingsSchema.parse(JSON.parse(row.settings))
  return {
    id: row.id,
    workshopId: row.workshop_id,
    number: row.number,
    method: settings.method,
    settings,
    whoVotes: whoVotesSchema.parse(row.who_votes),
    status: row.status,
    revealed: row.revealed === 1,
    createdAt: row.created_at,
    closedAt: row.closed_at,
    revealedAt: row.revealed_at,
  }
}

export type VotingRepo = ReturnType<typeof votingRepo>

/** Rounds, the gaps on each, and ballots. Ballot contents are read only by `ballots()`, which services call after reveal. */
export function votingRepo(db: Db) {
  const selectRound = db.prepare<[string], RoundRow>('SELECT * FROM voting_rounds WHERE id = ?')
  const selectRounds = db.prepare<[string], RoundRow>('SELECT * FROM voting_rounds WHERE workshop_id = ? ORDER BY number')
  const nextNumber = db.prepare<[string], { next: number }>('SELECT COALESCE(MAX(number) + 1, 1) AS next FROM voting_rounds WHERE workshop_id = ?')
  const insertRound = db.prepare(`
    INSERT INTO voting_rounds (id, workshop_id, number, method, settings, who_votes, status, revealed, created_at)
    VALUES (@id, @workshopId, @number, @method, @settings, @whoVotes, 'open', 0, @createdAt)`)
  const insertRoundGap = db.prepare<[string, string, number]>('INSERT INTO voting_round_gaps (round_id, gap_id, position) VALUES (?, ?, ?)')
  const selectRoundGaps = db.prepare<[string], { id: string; title: string; workshop_id: string; deleted_at: string | null }>(`
    SELECT g.id, g.title, g.workshop_id, g.deleted_at FROM voting_round_gaps rg JOIN gaps g ON g.id = rg.gap_id
    WHERE rg.round_id = ? ORDER BY rg.position`)
  const selectGap = db.prepare<[string], { id: string; title: string; workshop_id: string; deleted_at: string | null }>(
    'SELECT id, title, workshop_id, deleted_at FROM gaps WHERE id = ?',
  )
  const setStatus = db.prepare('UPDATE voting_rounds SET status = @status, closed_at = @closedAt, revealed = @revealed, revealed_at = @revealedAt WHERE id = @id')
  const selectVoters = db.prepare<[string], { group_id: string }>(`
    SELECT b.group_id FROM ballots b JOIN groups g ON g.id = b.group_id WHERE b.round_id = ? ORDER BY g.position, g.rowid`)
  const selectBallots = db.prepare<[string], { group_id: string; payload: string }>('SELECT group_id, payload FROM ballots WHERE round_id = ?')
  const upsertBallot = db.prepare(`
    INSERT INTO ballots (round_id, group_id, payload, created_at, updated_at) VALUES (@roundId, @groupId, @payload, @at, @at)
    ON CONFLICT (round_id, group_id) DO UPDATE SET payload = excluded.payload, updated_at = excluded.updated_at`)
  const deleteBallot = db.prepare<[string, string]>('DELETE FROM ballots WHERE round_id = ? AND group_id = ?')
  const selectBallot = db.prepare<[string, string], { payload: string }>('SELECT payload FROM ballots WHERE round_id = ? AND group_id = ?')
  const selectPersonBallots = db.prepare<[string], { voter_id: string; group_id: string; role: string | null; payload: string }>(
    'SELECT voter_id, group_id, role, payload FROM person_ballots WHERE round_id = ?',
  )
  const selectPersonBallot = db.prepare<[string, string], { payload: string }>('SELECT payload FROM person_ballots WHERE round_id = ? AND voter_id = ?')
  const countPeople = db.prepare<[string], { group_id: string; n: number }>('SELECT group_id, COUNT(*) AS n FROM person_ballots WHERE round_id = ? GROUP BY group_id')
  const selectPersonVoters = db.prepare<[string], { voter_id: string }>('SELECT voter_id FROM person_ballots WHERE round_id = ?')
  const upsertPersonBallot = db.prepare(`
    INSERT INTO person_ballots (round_id, voter_id, group_id, role, payload, created_at, updated_at) VALUES (@roundId, @voterId, @groupId, @role, @payload, @at, @at)
    ON CONFLICT (round_id, voter_id) DO UPDATE SET group_id = excluded.group_id, role = excluded.role, payload = excluded.payload, updated_at = excluded.updated_at`)
  const deletePersonBallot = db.prepare<[string, string]>('DELETE FROM person_ballots WHERE round_id = ? AND voter_id = ?')

  const toGap = (row: { id: string; title: string; workshop_id: string; deleted_at: string | null }): RoundGap => ({
    id: row.id,
    title: row.title,
    workshopId: row.workshop_id,
    deleted: row.deleted_at !== null,
  })

  return {
    getRound(id: string): StoredRound | undefined {
      const row = selectRound.get(id)
      return row && toRound(row)
    },
    listRounds(workshopId: string): StoredRound[] {
      return selectRounds.all(workshopId).map(toRound)
    },
    insertRound(round: { id: string; workshopId: string; settings: RoundSettings; whoVotes: WhoVotes; gapIds: readonly string[]; createdAt: string }): void {
      const number = nextNumber.get(round.workshopId)?.next ?? 1
      insertRound.run({
        id: round.id,
        workshopId: round.workshopId,
        number,
        method: round.settings.method,
        settings: JSON.stringify(round.settings),
        whoVotes: round.whoVotes,
        createdAt: round.createdAt,
      })
      round.gapIds.forEach((gapId, position) => insertRoundGap.run(round.id, gapId, position))
    },
    setStatus(id: string, state: { status: 'open' | 'closed'; closedAt: string | null; revealed: boolean; revealedAt: string | null }): void {
      setStatus.run({ id, status: state.status, closedAt: state.closedAt, revealed: state.revealed ? 1 : 0, revealedAt: state.revealedAt })
    },
    roundGaps(roundId: string): RoundGap[] {
      return selectRoundGaps.all(roundId).map(toGap)
    },
    gap(id: string): RoundGap | undefined {
      const row = selectGap.get(id)
      return row && toGap(row)
    },
    /** Which groups have voted, in the workshop's group order. Says nothing of what they voted. */
    voterIds(roundId: string): string[] {
      return selectVoters.all(roundId).map((row) => row.group_id)
    },
    /** What each group voted. Only for revealed rounds: services must check before calling. */
    ballots(roundId: string): Array<{ groupId: string; ballot: Ballot }> {
      return selectBallots.all(roundId).map((row) => ({ groupId: row.group_id, ballot: ballotSchema.parse(JSON.parse(row.payload)) }))
    },
    saveBallot(roundId: string, groupId: string, ballot: Ballot, at: string): void {
      upsertBallot.run({ roundId, groupId, payload: JSON.stringify(ballot), at })
    },
    deleteBallot(roundId: string, groupId: string): boolean {
      return deleteBallot.run(roundId, groupId).changes === 1
    },
    /** One table's own ballot: for that table's phones to see what they cast, never anyone else. */
    ballotOf(roundId: string, groupId: string): Ballot | undefined {
      const row = selectBallot.get(roundId, groupId)
      return row && ballotSchema.parse(JSON.parse(row.payload))
    },
    /** What each person voted, with their table and role. Only for revealed rounds (and the workshop file). */
    personBallots(roundId: string): Array<{ voterId: string; groupId: string; role: GroupRole | null; ballot: Ballot }> {
      return selectPersonBallots.all(roundId).map((row) => ({
        voterId: row.voter_id,
        groupId: row.group_id,
        role: row.role === null ? null : groupRoleSchema.parse(row.role),
        ballot: ballotSchema.parse(JSON.parse(row.payload)),
      }))
    },
    /** One person's own ballot, for their phone to show back. */
    personBallotOf(roundId: string, voterId: string): Ballot | undefined {
      const row = selectPersonBallot.get(roundId, voterId)
      return row && ballotSchema.parse(JSON.parse(row.payload))
    },
    /** How many people at each table have voted (never what). */
    peopleVoted(roundId: string): Map<string, number> {
      return new Map(countPeople.all(roundId).map((row) => [row.group_id, row.n]))
    },
    personVoterIds(roundId: string): string[] {
      return selectPersonVoters.all(roundId).map((row) => row.voter_id)
    },
    savePersonBallot(cast: { roundId: string; voterId: string; groupId: string; role: GroupRole | null; ballot: Ballot; at: string }): void {
      upsertPersonBallot.run({ roundId: cast.roundId, voterId: cast.voterId, groupId: cast.groupId, role: cast.role, payload: JSON.stringify(cast.ballot), at: cast.at })
    },
    deletePersonBallot(roundId: string, voterId: string): boolean {
      return deletePersonBallot.run(roundId, voterId).changes === 1
    },
  }
}
