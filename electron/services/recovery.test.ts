import { existsSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { libraryHarness, ticking } from '../../tests/fixtures/library'
import { backupsFolder } from '../store/backups'
import { MARKER_FILE } from './libraryFile'

const { folder, open, closeLast, call, titles, create } = libraryHarness()
const DAY = 24 * 60 * 60 * 1000

interface Listed {
  file: string
  workshops: number | null
  checksum: string
  intact: boolean
}

async function backups(app: Parameters<typeof call>[0]): Promise<Listed[]> {
  const listed = await call(app, 'backups.list')
  if (!listed.ok) throw new Error(listed.error.message)
  return listed.value as Listed[]
}

/** A library with three workshops, opened twice more (so there is a backup holding them), then closed. */
async function libraryWithWorkshops(clock = ticking()) {
  const dir = folder()
  const first = open(dir, clock)
  for (const title of ['Spring forum', 'Summer forum', 'Autumn forum']) await create(first, title)
  closeLast()
  open(dir, clock)
  closeLast()
  return { dir, clock, path: join(dir, 'common-ground.sqlite') }
}

describe('a library that is missing or empty', () => {
  it('starts empty on a truly first run, with no marker and no backups', async () => {
    const dir = folder()
    const app = open(dir)
    expect(await call(app, 'library.status')).toMatchObject({ ok: true, value: { state: 'ok', readOnly: null, warnings: [] } })
    expect(await titles(app)).toEqual([])
    expect(existsSync(join(dir, MARKER_FILE))).toBe(false)
    await create(app, 'First forum')
    // Once it holds a workshop, the folder says so.
    expect(existsSync(join(dir, MARKER_FILE))).toBe(true)
  })

  for (const [label, lose] of [
    ['truncated to 0 bytes', (path: string) => truncateSync(path, 0)],
    ['deleted', (path: string) => rmSync(path)],
  ] as const) {
    it(`opens in recovery when ${label}, offers the backup with the workshops, and the restore brings them back`, async () => {
      const { dir, clock, path } = await libraryWithWorkshops()
      for (const suffix of ['-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true })
      lose(path)
      const app = open(dir, clock)
      expect(await call(app, 'library.status')).toMatchObject({ ok: true, value: { state: 'missing' } })
      expect(await call(app, 'workshops.list')).toMatchObject({ ok: false, error: { code: 'damaged', message: /missing or empty/ } })
      const listed = await backups(app)
      const offered = listed.find((backup) => backup.intact && (backup.workshops ?? 0) > 0)
      expect(offered).toMatchObject({ workshops: 3, checksum: 'matches' })
      const restored = await call(app, 'backups.restore', { file: offered!.file })
      expect(restored).toMatchObject({ ok: true, value: { previousKeptAs: null } })
      expect(await call(app, 'library.status')).toMatchObject({ ok: true, value: { state: 'ok' } })
      expect(await titles(app)).toEqual(['Autumn forum', 'Spring forum', 'Summer forum'])
    })
  }

  it('opens in recovery on the marker alone (no backup yet), and can start empty when asked', async () => {
    const dir = folder()
    const first = open(dir)
    await create(first, 'Only forum')
    closeLast()
    truncateSync(join(dir, 'common-ground.sqlite'), 0)
    rmSync(backupsFolder(join(dir, 'common-ground.sqlite')), { recursive: true, force: true })
    const app = open(dir)
    expect(await call(app, 'library.status')).toMatchObject({ ok: true, value: { state: 'missing' } })
    expect(await call(app, 'library.startEmpty')).toMatchObject({ ok: true, value: { state: 'ok' } })
    expect(await titles(app)).toEqual([])
    // Once started, it is an ordinary library: a second "start empty" is refused.
    expect(await call(app, 'library.startEmpty')).toMatchObject({ ok: false, error: { code: 'invalid' } })
  })

  it('twelve opens after the library was truncated still leave a backup with the workshops', async () => {
    const { dir, clock, path } = await libraryWithWorkshops()
    truncateSync(path, 0)
    // Opened again and again while missing: recovery writes nothing, so no backup is pushed out.
    for (let i = 0; i < 12; i += 1) {
      open(dir, clock)
      closeLast()
    }
    // Someone starts empty instead, and opens the app twelve more times, a day apart, changing the empty library each time.
    const started = open(dir, clock)
    expect(await call(started, 'library.startEmpty')).toMatchObject({ ok: true })
    closeLast()
    for (let i = 0; i < 12; i += 1) {
      clock.jump(DAY)
      const app = open(dir, clock)
      const id = await create(app, `Scratch ${i}`)
      expect(await call(app, 'workshops.delete', { id })).toMatchObject({ ok: true })
      await call(app, 'groups.list', { workshopId: id })
      closeLast()
    }
    const app = open(dir, clock)
    const listed = await backups(app)
    expect(listed.filter((backup) => backup.workshops === 3)).toHaveLength(1)
    expect(listed.find((backup) => backup.workshops === 3)).toMatchObject({ intact: true, checksum: 'matches' })
  })
})

describe('backup retention and checksums', () => {
  it('prunes by age, not by opens: the newest ten, then one a day for two weeks, and the newest of each month', async () => {
    const dir = folder()
    const clock = ticking(Date.parse('2026-01-01T09:00:00Z'))
    // Opened once a day for forty days with a change each time, so every open makes a backup.
    for (let day = 0; day < 40; day += 1) {
      const app = open(dir, clock)
      await create(app, `Day ${day}`)
      closeLast()
      clock.jump(DAY)
    }
    const listed = await backups(open(dir, clock))
    const days = listed.map((backup) => backup.file.slice('common-ground-'.length, 'common-ground-'.length + 10))
    // Backups from 2 January (the second open) to 10 February (the open that lists them). Newest ten:
    // 1 to 10 February; one a day for two weeks adds 28 to 31 January; 31 January is also January's newest.
    const expected = Array.from({ length: 14 }, (_, index) => new Date(Date.UTC(2026, 1, 10 - index)).toISOString().slice(0, 10))
    expect(days).toEqual(expected)
  }, 60_000)

  it('records a SHA-256 for each backup, and refuses to restore one that changed since', async () => {
    const { dir, clock, path } = await libraryWithWorkshops()
    const folderPath = backupsFolder(path)
    const [name] = readdirSync(folderPath).filter((file) => file.endsWith('.sqlite'))
    expect(readFileSync(join(folderPath, `${name}.sha256`), 'utf8')).toMatch(new RegExp(`^[0-9a-f]{64}  ${name!.replace(/\./g, '\\.')}\\n$`))
    // One letter of a title changed inside the file: SQLite's structure check cannot see it, the checksum can.
    const bytes = readFileSync(join(folderPath, name!))
    const at = bytes.indexOf('Summer forum')
    expect(at).toBeGreaterThan(0)
    bytes[at] = 'W'.charCodeAt(0)
    writeFileSync(join(folderPath, name!), bytes)
    const app = open(dir, clock)
    const listed = await backups(app)
    expect(listed.find((backup) => backup.file === name)).toMatchObject({ checksum: 'differs', intact: false })
    expect(await call(app, 'backups.restore', { file: name })).toMatchObject({ ok: false, error: { message: /changed since it was made/ } })
  })
})
