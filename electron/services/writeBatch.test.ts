import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { tempDir } from '../../tests/fixtures/app'
import { createStore, openDb, type Store } from '../store'
import { createWriteBatch } from './writeBatch'

const dirs: Array<{ remove: () => void }> = []
afterEach(() => dirs.splice(0).forEach((dir) => dir.remove()))

function store(): Store {
  const dir = tempDir()
  dirs.push(dir)
  const db = openDb(join(dir.path, 'library.sqlite'))
  db.exec('CREATE TABLE cast_log (n INTEGER NOT NULL CHECK (n >= 0))')
  return createStore(db)
}
const rows = (s: Store) => (s.db.prepare('SELECT n FROM cast_log ORDER BY n').all() as Array<{ n: number }>).map((row) => row.n)
const insert = (s: Store, n: number) => () => s.db.prepare('INSERT INTO cast_log (n) VALUES (?)').run(n).changes

describe('the phones’ group commit', () => {
  it('saves the writes of one moment in one commit, rolls back a refused one alone, and runs each named hook once after the commit', async () => {
    const s = store()
    const log: string[] = []
    const batch = createWriteBatch(s, (message) => log.push(message))
    let commitsSeen = 0
    const hook = () => {
      // Runs after the commit: what the phones were told is saved is on disk, and readable here.
      commitsSeen += 1
      log.push(`hook sees ${rows(s).join(',')}`)
    }
    const outcomes = await Promise.allSettled([
      batch.run(insert(s, 1), { key: 'rounds:w1', hook }),
      batch.run(insert(s, -1), { key: 'rounds:w1', hook }),
      batch.run(insert(s, 2), { key: 'rounds:w1', hook }),
      batch.run(() => {
        throw new Error('Voting in this round has closed.')
      }),
    ])
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'rejected'])
    expect(outcomes[0]).toEqual({ status: 'fulfilled', value: 1 })
    expect((outcomes[1] as PromiseRejectedResult).reason).toBeInstanceOf(Error)
    expect((outcomes[3] as PromiseRejectedResult).reason.message).toBe('Voting in this round has closed.')
    expect(rows(s)).toEqual([1, 2])
    expect(commitsSeen).toBe(1)
    expect(log).toEqual(['hook sees 1,2'])
  })

  it('starts a new batch for writes after the last one was answered, and runs no hook when nothing of a batch was saved', async () => {
    const s = store()
    const batch = createWriteBatch(s, () => undefined)
    let hooks = 0
    await batch.run(insert(s, 1), { key: 'k', hook: () => (hooks += 1) })
    await batch.run(insert(s, 2), { key: 'k', hook: () => (hooks += 1) })
    expect(hooks).toBe(2)
    await expect(batch.run(insert(s, -5), { key: 'k', hook: () => (hooks += 1) })).rejects.toThrow(/CHECK constraint/)
    expect(hooks).toBe(2)
    expect(rows(s)).toEqual([1, 2])
  })

  it('tells every phone of a batch when its commit fails, and saves none of it', async () => {
    const s = store()
    const batch = createWriteBatch(s, () => undefined)
    // A deferred constraint fails only at COMMIT, as a full disk would: the whole batch is refused.
    s.db.exec('CREATE TABLE parent (id INTEGER PRIMARY KEY); CREATE TABLE child (parent INTEGER REFERENCES parent (id) DEFERRABLE INITIALLY DEFERRED)')
    s.db.pragma('foreign_keys = ON')
    const outcomes = await Promise.allSettled([batch.run(insert(s, 7)), batch.run(() => s.db.prepare('INSERT INTO child (parent) VALUES (99)').run().changes)])
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['rejected', 'rejected'])
    expect(rows(s)).toEqual([])
  })

  it('keeps a hook’s failure in the log, away from the phones it answered', async () => {
    const s = store()
    const log: string[] = []
    const batch = createWriteBatch(s, (message) => log.push(message))
    await expect(
      batch.run(insert(s, 3), {
        key: 'k',
        hook: () => {
          throw new Error('no stream')
        },
      }),
    ).resolves.toBe(1)
    expect(log).toEqual(["After a batch of phones' writes: no stream"])
  })

  it('commits writes that reach it over several turns of the event loop together, as sixty phones on sixty connections do', async () => {
    const s = store()
    const batch = createWriteBatch(s, () => undefined, { quietMs: 50, maxMs: 1000 })
    let commits = 0
    const turn = () => new Promise((resolve) => setImmediate(resolve))
    const pending: Array<Promise<number>> = []
    for (let n = 1; n <= 5; n += 1) {
      pending.push(batch.run(insert(s, n), { key: 'k', hook: () => (commits += 1) }))
      await turn()
    }
    // Not one of them is answered before the batch is saved.
    expect(rows(s)).toEqual([])
    await expect(Promise.all(pending)).resolves.toEqual([1, 1, 1, 1, 1])
    expect(rows(s)).toEqual([1, 2, 3, 4, 5])
    expect(commits).toBe(1)
  })

  it('never holds a steady trickle of writes past its window: they are saved in several commits, all of them', async () => {
    const s = store()
    const batch = createWriteBatch(s, () => undefined, { quietMs: 20, maxMs: 30 })
    let commits = 0
    const pending: Array<Promise<number>> = []
    for (let n = 1; n <= 12; n += 1) {
      pending.push(batch.run(insert(s, n), { key: 'k', hook: () => (commits += 1) }))
      await new Promise((resolve) => setTimeout(resolve, 10))
    }
    await Promise.all(pending)
    expect(rows(s)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])
    expect(commits).toBeGreaterThan(1)
  })
})
