import { existsSync, mkdirSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { sampleDetails } from '../../tests/fixtures/app'
import { libraryHarness, ticking } from '../../tests/fixtures/library'
import { bindReadOnly, fillDisk, mountTmpfs, remountTmpfs, unmount } from '../../tests/fixtures/mounts'
import { READ_ONLY_MESSAGES } from './libraryFile'

const { folder, open, closeLast, closeAll, call, titles, create, springInABackup } = libraryHarness()

/** Mounts made by a test, undone afterwards (before the harness removes the folders) even when it fails. */
const mounts: string[] = []
afterEach(() => {
  closeAll()
  for (const dir of mounts.splice(0).reverse()) unmount(dir)
})

function tmpfs(megabytes: number): string {
  const dir = join(folder(), 'disk')
  mountTmpfs(dir, megabytes)
  mounts.push(dir)
  return dir
}

const DISK_FULL = READ_ONLY_MESSAGES['disk-full']

describe('when the disk is full', () => {
  it('answers writes with a plain message, loses nothing, opens read-only on restart, and goes back to normal when space returns', async () => {
    const dir = join(tmpfs(24), 'data')
    const clock = ticking()
    let app = open(dir, clock)
    for (const title of ['Spring forum', 'Summer forum']) await create(app, title)
    const free = fillDisk(dir)

    // A write on the full disk: refused plainly, not "something went wrong", and nothing is lost.
    const refused = await call(app, 'workshops.create', { ...sampleDetails, title: 'Autumn forum '.repeat(10) + 'x'.repeat(50) })
    expect(refused).toEqual({ ok: false, error: { code: 'read_only', message: DISK_FULL } })
    expect(await call(app, 'library.status')).toMatchObject({ ok: true, value: { state: 'ok', readOnly: 'disk-full', message: DISK_FULL } })
    expect(await titles(app)).toEqual(['Spring forum', 'Summer forum'])

    // Restarting while the disk is still full opens the library read-only instead of stopping.
    closeLast()
    app = open(dir, clock)
    expect(await call(app, 'library.status')).toMatchObject({ ok: true, value: { state: 'ok', readOnly: 'disk-full', message: DISK_FULL } })
    expect(await titles(app)).toEqual(['Spring forum', 'Summer forum'])
    expect(await call(app, 'workshops.create', { ...sampleDetails, title: 'Winter forum' })).toEqual({ ok: false, error: { code: 'read_only', message: DISK_FULL } })

    // Space comes back: the next call finds it, and writing works again.
    free()
    expect(await call(app, 'library.status')).toMatchObject({ ok: true, value: { readOnly: null } })
    await create(app, 'Winter forum')
    expect(await titles(app)).toEqual(['Spring forum', 'Summer forum', 'Winter forum'])
    closeLast()
    expect(await titles(open(dir, clock))).toEqual(['Spring forum', 'Summer forum', 'Winter forum'])
  })

  it('makes a start-up backup that does not fit a warning, not a stop', async () => {
    const dir = join(tmpfs(24), 'data')
    const clock = ticking()
    const first = open(dir, clock)
    // Enough text that a copy of the library needs far more than the 32 KiB left.
    for (let i = 0; i < 40; i += 1) await create(first, `Forum ${i}`, { notes: 'Respite at short notice. '.repeat(400) })
    closeLast()
    const free = fillDisk(dir, 64)
    const app = open(dir, clock)
    const status = await call(app, 'library.status')
    expect(status).toMatchObject({ ok: true, value: { state: 'ok', warnings: [expect.stringMatching(/could not back up your library as it opened, because the disk is full/)] } })
    expect(await titles(app)).toHaveLength(40)
    expect(readdirSync(join(dir, 'backups')).filter((name) => name.endsWith('.partial'))).toEqual([])
    free()
  })

  it('answers a restore on a full disk with the same message, and changes nothing', async () => {
    const dir = join(tmpfs(24), 'data')
    const app = await springInABackup(dir, ticking())
    const backups = await call(app, 'backups.list')
    const file = backups.ok ? (backups.value as Array<{ file: string }>)[0]!.file : ''
    const free = fillDisk(dir)
    expect(await call(app, 'backups.restore', { file })).toMatchObject({ ok: false, error: { code: 'read_only', message: DISK_FULL } })
    expect(await titles(app)).toEqual(['Spring forum', 'Summer forum'])
    free()
  })
})

describe('when the data folder is read-only', () => {
  async function libraryThenReadOnly() {
    const writable = folder()
    const clock = ticking()
    await springInABackup(writable, clock)
    closeLast()
    const readOnly = join(folder(), 'read-only')
    bindReadOnly(writable, readOnly)
    mounts.push(readOnly)
    return { readOnly, clock }
  }

  it('opens read-only on a read-only mount of the folder: everything reads, writes are refused plainly', async () => {
    const { readOnly, clock } = await libraryThenReadOnly()
    const app = open(readOnly, clock)
    expect(await call(app, 'library.status')).toMatchObject({ ok: true, value: { state: 'ok', readOnly: 'read-only', message: READ_ONLY_MESSAGES['read-only'] } })
    expect(await titles(app)).toEqual(['Spring forum', 'Summer forum'])
    expect(await call(app, 'backups.list')).toMatchObject({ ok: true, value: [{ intact: true, checksum: 'matches' }] })
    expect(await call(app, 'workshops.create', sampleDetails)).toEqual({ ok: false, error: { code: 'read_only', message: READ_ONLY_MESSAGES['read-only'] } })
    expect(existsSync(join(readOnly, 'common-ground.sqlite-shm'))).toBe(false)
  })

  it('opens read-only on a tmpfs remounted read-only, and writes again once it is writable', async () => {
    const disk = tmpfs(16)
    const dir = join(disk, 'data')
    const clock = ticking()
    const first = open(dir, clock)
    await create(first, 'Spring forum')
    closeLast()
    remountTmpfs(disk, 'ro')
    const app = open(dir, clock)
    expect(await call(app, 'library.status')).toMatchObject({ ok: true, value: { readOnly: 'read-only' } })
    expect(await titles(app)).toEqual(['Spring forum'])
    remountTmpfs(disk, 'rw')
    await create(app, 'Summer forum')
    expect(await titles(app)).toEqual(['Spring forum', 'Summer forum'])
  })

  it('starts read-only and empty on a first run in a read-only folder', async () => {
    const empty = folder()
    mkdirSync(join(empty, 'data'))
    const readOnly = join(folder(), 'read-only')
    bindReadOnly(join(empty, 'data'), readOnly)
    mounts.push(readOnly)
    const app = open(readOnly)
    expect(await call(app, 'library.status')).toMatchObject({ ok: true, value: { state: 'ok', readOnly: 'read-only' } })
    expect(await titles(app)).toEqual([])
    expect(await call(app, 'workshops.create', sampleDetails)).toMatchObject({ ok: false, error: { code: 'read_only' } })
  })
})
