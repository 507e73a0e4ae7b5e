import { chmodSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { libraryHarness, ticking } from '../../tests/fixtures/library'
import { succeed } from '../../tests/fixtures/app'
import type { Application } from './application'

const { folder, open, closeLast, call, create } = libraryHarness()

/** Every file under `dir`, with its bytes. */
function filesUnder(dir: string): Array<{ path: string; bytes: Buffer }> {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .map((path) => ({ path, bytes: readFileSync(path) }))
}

const holding = (dir: string, marker: string) => filesUnder(dir).filter(({ bytes }) => bytes.includes(marker)).map(({ path }) => path.slice(dir.length + 1))

/** A workshop whose marker text is in its title, a note, a gap and a long gap detail (overflow pages). */
async function workshopWithMarker(app: Application, marker: string): Promise<string> {
  const workshopId = await create(app, `Forum ${marker}`, { notes: `${marker} `.repeat(400) })
  const group = await succeed(app.handlers, 'groups.add', { workshopId, details: { name: `Table ${marker}`, roles: ['foster_carers'], headCount: 6 } })
  await succeed(app.handlers, 'gaps.create', { workshopId, details: { title: `Gap ${marker}`, detail: `${marker} `.repeat(900), links: [], groupIds: [group.id], sourceQuestionId: null, edie: false } })
  return workshopId
}

const mode = (path: string) => statSync(path).mode & 0o777

describe('deleted means deleted', () => {
  it('leaves the text of a deleted workshop in no file of the data folder after "delete and remove from backups"', async () => {
    const dir = folder()
    const clock = ticking()
    const marker = 'ZEBRA-CROSSING-7731'
    let app = open(dir, clock)
    const id = await workshopWithMarker(app, marker)
    await create(app, 'A forum that stays')
    // Three restarts with a change in between: three backups hold the workshop.
    for (let i = 0; i < 3; i += 1) {
      closeLast()
      app = open(dir, clock)
      await create(app, `Another forum ${i}`)
    }
    expect(holding(dir, marker).filter((path) => path.startsWith('backups/')).length).toBeGreaterThanOrEqual(3)

    const deleted = await call(app, 'workshops.delete', { id, removeFromBackups: true })
    expect(deleted).toMatchObject({ ok: true, value: { deleted: true, backupsUnreadable: [] } })
    expect((deleted.ok && (deleted.value as { backupsRewritten: number }).backupsRewritten) || 0).toBeGreaterThanOrEqual(3)
    // While the app is still open (its -wal and -shm beside the library) and after it closes.
    expect(holding(dir, marker)).toEqual([])
    closeLast()
    expect(holding(dir, marker)).toEqual([])
    // The rest of the library, and every rewritten backup, is whole and still restorable.
    app = open(dir, clock)
    const listed = await succeed(app.handlers, 'backups.list', {})
    expect(listed.every((backup) => backup.intact && backup.checksum === 'matches')).toBe(true)
    expect(await call(app, 'backups.restore', { file: listed.at(-1)!.file })).toMatchObject({ ok: true })
    expect((await succeed(app.handlers, 'workshops.list', {})).map((workshop) => workshop.title)).toContain('A forum that stays')
  })

  it('without removing it from the backups, the library file and its log are clean and the backups still hold it', async () => {
    const dir = folder()
    const clock = ticking()
    const marker = 'GIRAFFE-LADDER-5120'
    let app = open(dir, clock)
    const id = await workshopWithMarker(app, marker)
    closeLast()
    app = open(dir, clock)
    expect(await call(app, 'workshops.delete', { id })).toMatchObject({ ok: true, value: { backupsRewritten: 0 } })
    const left = holding(dir, marker)
    expect(left.length).toBeGreaterThan(0)
    expect(left.every((path) => path.startsWith('backups/'))).toBe(true)
  })

  it('keeps the data folder 0700 and the library, its log, shared memory, backups and marker 0600', async () => {
    const dir = folder()
    chmodSync(dir, 0o755)
    const clock = ticking()
    const first = open(dir, clock)
    await create(first, 'Spring forum')
    closeLast()
    // An older install left its files readable by everyone: the next open tightens them.
    for (const name of readdirSync(dir)) chmodSync(join(dir, name), 0o644)
    const app = open(dir, clock)
    await create(app, 'Summer forum')
    expect(mode(dir)).toBe(0o700)
    expect(mode(join(dir, 'backups'))).toBe(0o700)
    const files = filesUnder(dir).map(({ path }) => path)
    expect(files.map((path) => path.slice(dir.length + 1)).sort()).toEqual(
      expect.arrayContaining(['common-ground.sqlite', 'common-ground.sqlite-wal', 'common-ground.sqlite-shm', 'common-ground.has-workshops']),
    )
    expect(files.some((path) => path.endsWith('.sha256'))).toBe(true)
    for (const path of files) expect([path, mode(path)]).toEqual([path, 0o600])
  })
})
