import { closeSync, existsSync, openSync, readdirSync, readFileSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { sampleDetails } from '../../tests/fixtures/app'
import { libraryHarness, ticking } from '../../tests/fixtures/library'
import { backupsFolder } from '../store/backups'
import { migrations } from '../store/migrations'
import { RETENTION } from '../store/retention'
import type { Application } from './application'

const BACKUPS_KEPT = RETENTION.newest

const { folder, open, closeLast, call, titles, create, springInABackup } = libraryHarness()

/** Overwrites pages in the middle of the file with rubbish, as a failing disk might. */
function damage(path: string): void {
  const fd = openSync(path, 'r+')
  const rubbish = Buffer.alloc(4096 * 3, 0x41)
  writeSync(fd, rubbish, 0, rubbish.length, 4096 * 2)
  closeSync(fd)
}

async function fillSoDamageHitsData(app: Application): Promise<void> {
  for (let i = 0; i < 60; i += 1) await create(app, `Workshop ${i} ${'x'.repeat(150)}`)
}

describe('backups', () => {
  it('makes none for a brand-new library, one at each open after that, and skips an unchanged copy', async () => {
    const dir = folder()
    const clock = ticking()
    const first = open(dir, clock)
    expect(await call(first, 'backups.list')).toEqual({ ok: true, value: [] })
    await create(first, 'Autumn forum')
    closeLast()
    const second = open(dir, clock)
    const listed = await call(second, 'backups.list')
    expect(listed).toMatchObject({ ok: true, value: [{ reason: 'open', intact: true, schemaVersion: expect.any(Number) }] })
    closeLast()
    open(dir, clock)
    expect(readdirSync(backupsFolder(join(dir, 'common-ground.sqlite'))).filter((name) => name.endsWith('.sqlite'))).toHaveLength(1)
  })

  it(`keeps only the newest ${BACKUPS_KEPT}`, async () => {
    const dir = folder()
    const clock = ticking()
    for (let i = 0; i < BACKUPS_KEPT + 4; i += 1) {
      const app = open(dir, clock)
      await create(app, `Session ${i}`)
      closeLast()
    }
    const app = open(dir, clock)
    const listed = await call(app, 'backups.list')
    const backups = listed.ok ? (listed.value as Array<{ createdAt: string; sizeBytes: number }>) : []
    expect(backups).toHaveLength(BACKUPS_KEPT)
    // Newest first, each with a size.
    expect([...backups].sort((a, b) => b.createdAt.localeCompare(a.createdAt))).toEqual(backups)
    expect(backups.every((backup) => backup.sizeBytes > 0)).toBe(true)
  })

  it('restores a chosen backup, keeping the library as it was first, and the handlers follow the reopened file', async () => {
    const dir = folder()
    const clock = ticking()
    const app = await springInABackup(dir, clock)
    expect(await titles(app)).toEqual(['Spring forum', 'Summer forum'])
    const listed = await call(app, 'backups.list')
    const [backup] = listed.ok ? (listed.value as Array<{ file: string }>) : []
    const restored = await call(app, 'backups.restore', { file: backup!.file })
    expect(restored).toMatchObject({ ok: true, value: { restored: { file: backup!.file }, previousKeptAs: expect.stringMatching(/before-restore/) } })
    expect(await titles(app)).toEqual(['Spring forum'])
    // The library as it was before the restore is itself a backup: restoring it brings Summer back.
    const previous = restored.ok ? (restored.value as { previousKeptAs: string }).previousKeptAs : ''
    await call(app, 'backups.restore', { file: previous })
    expect(await titles(app)).toEqual(['Spring forum', 'Summer forum'])
    // And writes go on into the reopened file.
    await create(app, 'Winter forum')
    closeLast()
    expect(await titles(open(dir, clock))).toEqual(['Spring forum', 'Summer forum', 'Winter forum'])
  })

  it('refuses names that are not listed backups, with a readable message', async () => {
    const app = open(folder())
    for (const file of ['../common-ground.sqlite', '/etc/passwd', 'common-ground-2026-11-23T09-00-00-000Z-open.sqlite', '']) {
      const answer = await call(app, 'backups.restore', { file })
      expect(answer).toMatchObject({ ok: false, error: { message: /Choose one of the listed backups/ } })
    }
  })
})

describe('a damaged library', () => {
  async function damagedLibrary() {
    const dir = folder()
    const clock = ticking()
    const first = open(dir, clock)
    await fillSoDamageHitsData(first)
    closeLast()
    const second = open(dir, clock) // makes the backup at open
    await create(second, 'After the backup')
    closeLast()
    const path = join(dir, 'common-ground.sqlite')
    const db = new Database(path)
    db.pragma('wal_checkpoint(TRUNCATE)')
    db.close()
    damage(path)
    return { dir, clock, path, bytes: readFileSync(path) }
  }

  it('is never written to: the app starts in recovery, keeps a copy aside, and refuses normal calls plainly', async () => {
    const { dir, clock, path, bytes } = await damagedLibrary()
    const backupsBefore = readdirSync(backupsFolder(path))
    const app = open(dir, clock)
    const status = await call(app, 'library.status')
    expect(status).toMatchObject({ ok: true, value: { state: 'damaged', file: 'common-ground.sqlite', damagedCopy: expect.stringMatching(/^common-ground\.damaged-.*\.sqlite$/) } })
    const copy = status.ok ? (status.value as { damagedCopy: string }).damagedCopy : ''
    expect(readFileSync(join(dir, copy)).equals(bytes)).toBe(true)
    expect(await call(app, 'workshops.list')).toMatchObject({ ok: false, error: { code: 'damaged', message: /library is damaged/ } })
    expect(await call(app, 'workshops.create', sampleDetails)).toMatchObject({ ok: false, error: { code: 'damaged' } })
    closeLast()
    // Opening again changes nothing either, and does not copy the same damage twice.
    open(dir, clock)
    expect(readFileSync(path).equals(bytes)).toBe(true)
    expect(readdirSync(backupsFolder(path))).toEqual(backupsBefore)
    expect(readdirSync(dir).filter((name) => name.includes('.damaged-') && name.endsWith('.sqlite'))).toHaveLength(1)
  })

  it('lists its backups and restores the newest good one, after which everything works again', async () => {
    const { dir, clock } = await damagedLibrary()
    const app = open(dir, clock)
    const listed = await call(app, 'backups.list')
    const backups = listed.ok ? (listed.value as Array<{ file: string; intact: boolean }>) : []
    expect(backups[0]).toMatchObject({ intact: true })
    const restored = await call(app, 'backups.restore', { file: backups[0]!.file })
    expect(restored).toMatchObject({ ok: true, value: { previousKeptAs: expect.stringMatching(/damaged/) } })
    expect(await call(app, 'library.status')).toMatchObject({ ok: true, value: { state: 'ok' } })
    expect(await titles(app)).toHaveLength(60)
    expect(existsSync(join(dir, 'common-ground.sqlite-wal.bak'))).toBe(false)
    await create(app, 'Back in business')
    expect(await titles(app)).toContain('Back in business')
  })
})

describe('migrations', () => {
  it('back the library up before each step that upgrades an existing file', async () => {
    const dir = folder()
    const path = join(dir, 'common-ground.sqlite')
    // A library as the first release left it: schema version 1.
    const raw = new Database(path)
    raw.pragma('journal_mode = WAL')
    migrations[0]!(raw)
    raw.pragma('user_version = 1')
    raw.close()
    const app = open(dir)
    const listed = await call(app, 'backups.list')
    const reasons = listed.ok ? (listed.value as Array<{ reason: string; schemaVersion: number }>) : []
    const before = reasons.filter((backup) => backup.reason === 'before-migration')
    expect(before.map((backup) => backup.schemaVersion).sort()).toEqual(Array.from({ length: migrations.length - 1 }, (_, index) => index + 1))
    expect(reasons.some((backup) => backup.reason === 'open' && backup.schemaVersion === migrations.length)).toBe(true)
  })
})
