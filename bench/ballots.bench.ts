import Database from 'better-sqlite3'
import { it } from 'vitest'
import { dispatch } from '../electron/services/dispatch'
import { sampleDetails, tempApplication } from '../tests/fixtures/app'
import { measure } from './measure'
import { recordSamples } from './table'

/** A workshop with eight groups and six gaps, and an open 100-points round, set up through the API. */
async function seed(app: ReturnType<typeof tempApplication>) {
  const value = async <T>(name: string, input: unknown): Promise<T> => {
    const result = await dispatch(app.handlers, name, input)
    if (!result.ok) throw new Error(`${name}: ${result.error.message}`)
    return result.value as T
  }
  const workshop = await value<{ id: string }>('workshops.create', sampleDetails)
  const groups: string[] = []
  for (let i = 1; i <= 8; i += 1) groups.push((await value<{ id: string }>('groups.add', { workshopId: workshop.id, details: { name: `Table ${i}`, roles: ['foster_carers'], headCount: 6 } })).id)
  const gaps: string[] = []
  for (let i = 1; i <= 6; i += 1) {
    gaps.push((await value<{ id: string }>('gaps.create', { workshopId: workshop.id, details: { title: `Gap ${i}`, detail: '', links: [], groupIds: [], sourceQuestionId: null, edie: false } })).id)
  }
  const round = await value<{ id: string }>('rounds.open', { workshopId: workshop.id, gapIds: gaps, settings: { method: 'points' } })
  return { roundId: round.id, groups, gaps }
}

it('Recording a ballot: through the service layer against a raw better-sqlite3 upsert of the same row', async () => {
  const app = tempApplication()
  const rawApp = tempApplication()
  try {
    const served = await seed(app)
    const raw = await seed(rawApp)
    rawApp.close()
    // The same file settings the app uses, so the baseline pays the same fsync per commit.
    const db = new Database(rawApp.databasePath)
    db.pragma('journal_mode = WAL')
    db.pragma('synchronous = FULL')
    db.pragma('foreign_keys = ON')
    const upsert = db.prepare(`
      INSERT INTO ballots (round_id, group_id, payload, created_at, updated_at) VALUES (?, ?, ?, ?, ?)
      ON CONFLICT (round_id, group_id) DO UPDATE SET payload = excluded.payload, updated_at = excluded.updated_at`)
    const ballotFor = (gaps: string[], n: number) => ({ method: 'points' as const, points: { [gaps[n % gaps.length]!]: 60, [gaps[(n + 1) % gaps.length]!]: 40 } })

    let i = 0
    const baseline = await measure('raw better-sqlite3 upsert of the ballot row', () => {
      i += 1
      const now = new Date().toISOString()
      upsert.run(raw.roundId, raw.groups[i % raw.groups.length]!, JSON.stringify(ballotFor(raw.gaps, i)), now, now)
    }, { runs: 300 })
    let j = 0
    const service = await measure('ballots.cast through dispatch (zod, checks, one transaction)', async () => {
      j += 1
      const result = await dispatch(app.handlers, 'ballots.cast', { roundId: served.roundId, groupId: served.groups[j % served.groups.length], ballot: ballotFor(served.gaps, j) })
      if (!result.ok) throw new Error(result.error.message)
    }, { runs: 300 })
    // The same rule as for reading: the service layer (zod, checks, one transaction) costs at most 3× the raw statement.
    recordSamples('Recording a ballot (ballots.cast), median', service, baseline, 3)
    db.close()
  } finally {
    app.dispose()
    rawApp.dispose()
  }
})
