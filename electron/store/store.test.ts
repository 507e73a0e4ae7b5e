import { closeSync, openSync, writeFileSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { tempDir } from '../../tests/fixtures/app'
import { createStore, DatabaseDamagedError, openDb } from './index'
import { migrations } from './migrations'
import { schemaVersion } from './migrate'

const dirs: Array<{ remove: () => void }> = []
function dbPath(): string {
  const dir = tempDir()
  dirs.push(dir)
  return join(dir.path, 'library.sqlite')
}
afterEach(() => dirs.splice(0).forEach((dir) => dir.remove()))

const workshop = {
  id: '6f1c1a8e-2a40-4d4e-9a53-5a1f0e7e0b11',
  title: 'Autumn forum',
  localArea: 'Northvale',
  date: '2026-11-23',
  venue: '',
  facilitators: '',
  cycle: 1,
  notes: '',
  pack: { id: 'foster-care-reflective-tool', version: '1.0.0' },
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-01T10:00:00.000Z',
}

describe('openDb', () => {
  it('opens with WAL, synchronous=FULL and foreign keys, and migrates to the latest schema', () => {
    const db = openDb(dbPath())
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(db.pragma('synchronous', { simple: true })).toBe(2)
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(schemaVersion(db)).toBe(migrations.length)
    db.close()
  })

  it('reopens an existing library without re-running migrations or losing data', () => {
    const path = dbPath()
    const first = openDb(path)
    createStore(first).workshops.insert(workshop)
    first.close()
    const second = openDb(path)
    expect(schemaVersion(second)).toBe(migrations.length)
    expect(createStore(second).workshops.get(workshop.id)?.title).toBe('Autumn forum')
    second.close()
  })

  it('refuses a library written by a newer version, and leaves it unchanged', () => {
    const path = dbPath()
    const raw = new Database(path)
    raw.pragma('user_version = 999')
    raw.close()
    expect(() => openDb(path)).toThrow(/newer version of Common Ground/)
    const check = new Database(path)
    expect(check.pragma('user_version', { simple: true })).toBe(999)
    check.close()
  })

  it('refuses a file that is not a healthy database', () => {
    const path = dbPath()
    writeFileSync(path, 'this is not a database, just text that someone saved with the wrong name'.repeat(100))
    expect(() => openDb(path)).toThrow()
  })

  it('refuses a database whose pages are damaged, naming the integrity check', () => {
    const path = dbPath()
    const db = openDb(path)
    const store = createStore(db)
    for (let i = 0; i < 200; i += 1) store.workshops.insert({ ...workshop, id: `6f1c1a8e-2a40-4d4e-9a53-${String(i).padStart(12, '0')}`, notes: 'x'.repeat(500) })
    db.pragma('wal_checkpoint(TRUNCATE)')
    db.close()
    // Overwrite a page in the middle of the table's b-tree with rubbish.
    const bytes = Buffer.alloc(4096, 0x41)
    const fd = openSync(path, 'r+')
    writeSync(fd, bytes, 0, bytes.length, 4096 * 5)
    closeSync(fd)
    expect(() => openDb(path)).toThrow(DatabaseDamagedError)
  })
})

describe('repositories', () => {
  it('keeps groups in their set order and deletes them with their workshop', () => {
    const db = openDb(dbPath())
    const store = createStore(db)
    store.workshops.insert(workshop)
    const ids = ['a', 'b', 'c'].map((letter) => `00000000-0000-4000-8000-00000000000${letter}`)
    ids.forEach((id, index) => store.groups.insert(workshop.id, id, { name: `Table ${index + 1}`, roles: ['foster_carers'], headCount: 5 }))
    store.groups.setPositions([ids[2]!, ids[0]!, ids[1]!])
    expect(store.groups.listForWorkshop(workshop.id).map((group) => group.name)).toEqual(['Table 3', 'Table 1', 'Table 2'])
    expect(store.workshops.listSummaries()[0]?.groupCount).toBe(3)
    store.workshops.delete(workshop.id)
    expect(store.groups.listForWorkshop(workshop.id)).toEqual([])
    expect(db.prepare('SELECT COUNT(*) AS n FROM groups').get()).toEqual({ n: 0 })
    db.close()
  })

  it('lists workshops newest first by date', () => {
    const db = openDb(dbPath())
    const store = createStore(db)
    store.workshops.insert({ ...workshop, id: '00000000-0000-4000-8000-000000000001', title: 'Spring', date: '2026-03-01' })
    store.workshops.insert({ ...workshop, id: '00000000-0000-4000-8000-000000000002', title: 'Autumn', date: '2026-11-23' })
    store.workshops.insert({ ...workshop, id: '00000000-0000-4000-8000-000000000003', title: 'Summer', date: '2026-07-10' })
    expect(store.workshops.listSummaries().map((summary) => summary.title)).toEqual(['Autumn', 'Summer', 'Spring'])
    db.close()
  })

  it('refuses a negative head count at the database as well as at the API', () => {
    const db = openDb(dbPath())
    const store = createStore(db)
    store.workshops.insert(workshop)
    expect(() => store.groups.insert(workshop.id, '00000000-0000-4000-8000-000000000009', { name: 'T', roles: [], headCount: -1 })).toThrow(/CHECK/)
    db.close()
  })
})
