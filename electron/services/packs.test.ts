import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { resourcesDir, sampleDetails, succeed, tempApplication, tempDir } from '../../tests/fixtures/app'
import { openApplication } from './application'
import { dispatch } from './dispatch'
import { choosePack, compareVersions, loadPackLibrary } from './packs'

const PACK_FILE = join(resourcesDir, 'packs', 'foster-care-reflective-tool.json')
const dirs: Array<{ remove: () => void }> = []
afterEach(() => dirs.splice(0).forEach((dir) => dir.remove()))

/** A packs folder holding the real pack plus a later edition of it and, optionally, a broken file. */
function libraryWithTwoEditions(withBroken = false) {
  const dir = tempDir()
  dirs.push(dir)
  copyFileSync(PACK_FILE, join(dir.path, 'a-first.json'))
  const later = JSON.parse(readFileSync(PACK_FILE, 'utf8'))
  later.version = '1.10.0'
  later.title = `${later.title} (second edition)`
  writeFileSync(join(dir.path, 'b-later.json'), JSON.stringify(later))
  if (withBroken) {
    const broken = JSON.parse(readFileSync(PACK_FILE, 'utf8'))
    broken.id = 'broken-pack'
    broken.steps[0].sections[0].items[0].tags = ['KP9']
    writeFileSync(join(dir.path, 'c-broken.json'), JSON.stringify(broken))
    writeFileSync(join(dir.path, 'd-not-json.json'), '{ nope')
  }
  return loadPackLibrary(dir.path)
}

describe('content pack library', () => {
  it('orders versions numerically', () => {
    expect(compareVersions('1.10.0', '1.9.0')).toBeGreaterThan(0)
    expect(compareVersions('2.0.0-beta', '2.0.0')).toBeLessThan(0)
    expect(compareVersions('1.0.0', '1.0.0')).toBe(0)
  })

  it('lists installed packs and reports broken files instead of failing', () => {
    const library = libraryWithTwoEditions(true)
    expect(library.packs.map((pack) => `${pack.id}@${pack.version}`)).toEqual([
      'foster-care-reflective-tool@1.0.0',
      'foster-care-reflective-tool@1.10.0',
    ])
    expect(library.problems.some((problem) => problem.startsWith('c-broken.json: steps.0.sections.0.items.0.tags.0'))).toBe(true)
    expect(library.problems.some((problem) => problem.startsWith('d-not-json.json: not valid JSON'))).toBe(true)
  })

  it('chooses the newest edition unless a workshop names its own', () => {
    const library = libraryWithTwoEditions()
    expect(choosePack(library).version).toBe('1.10.0')
    expect(choosePack(library, { id: 'foster-care-reflective-tool', version: '1.0.0' }).version).toBe('1.0.0')
    expect(() => choosePack(library, { id: 'foster-care-reflective-tool', version: '3.0.0' })).toThrow(/version 3.0.0 is not installed/)
  })
})

describe('a workshop records the pack edition it used', () => {
  it('keeps the edition it was created with', async () => {
    const app = tempApplication()
    try {
      const created = await dispatch(app.handlers, 'workshops.create', sampleDetails)
      expect(created).toMatchObject({ ok: true, value: { pack: { id: 'foster-care-reflective-tool', version: '1.0.0' } } })
      const refused = await dispatch(app.handlers, 'workshops.create', { ...sampleDetails, pack: { id: 'foster-care-reflective-tool', version: '9.9.9' } })
      expect(refused).toMatchObject({ ok: false, error: { code: 'not_found', message: 'Content pack foster-care-reflective-tool version 9.9.9 is not installed.' } })
      const listed = await dispatch(app.handlers, 'packs.list', {})
      expect(listed).toEqual({ ok: true, value: [{ id: 'foster-care-reflective-tool', version: '1.0.0', title: expect.stringContaining('Reflective Tool') }] })
    } finally {
      app.dispose()
    }
  })
})

describe('the pack of a workshop, asked for by the workshop alone', () => {
  it('answers the edition the workshop was made with, not the newest, and refuses a workshop that is not there', async () => {
    // Resources whose packs folder holds the real pack and a later edition of it.
    const resources = tempDir()
    const data = tempDir()
    dirs.push(resources, data)
    mkdirSync(join(resources.path, 'packs'))
    copyFileSync(PACK_FILE, join(resources.path, 'packs', 'a-first.json'))
    const later = JSON.parse(readFileSync(PACK_FILE, 'utf8'))
    later.version = '1.10.0'
    writeFileSync(join(resources.path, 'packs', 'b-later.json'), JSON.stringify(later))
    const app = openApplication({ dataDir: data.path, resourcesDir: resources.path })
    try {
      const first = await succeed(app.handlers, 'workshops.create', { ...sampleDetails, pack: { id: 'foster-care-reflective-tool', version: '1.0.0' } })
      const newest = await succeed(app.handlers, 'workshops.create', sampleDetails)
      const ofFirst = await dispatch(app.handlers, 'packs.ofWorkshop', { workshopId: first.id })
      expect(ofFirst).toMatchObject({ ok: true, value: { id: 'foster-care-reflective-tool', version: '1.0.0' } })
      // The same pack as packs.get gives for the edition the workshop names.
      expect(ofFirst).toEqual(await dispatch(app.handlers, 'packs.get', first.pack))
      expect(await dispatch(app.handlers, 'packs.ofWorkshop', { workshopId: newest.id })).toMatchObject({ ok: true, value: { version: '1.10.0' } })
      expect(await dispatch(app.handlers, 'packs.ofWorkshop', { workshopId: '0b5ad2a4-3c1e-4f27-9d8e-7a6b5c4d3e2f' })).toMatchObject({
        ok: false,
        error: { code: 'not_found', message: 'That workshop no longer exists. It may have been deleted in another window.' },
      })
      expect(await dispatch(app.handlers, 'packs.ofWorkshop', { workshopId: 'not an id' })).toMatchObject({ ok: false, error: { code: 'invalid' } })
    } finally {
      app.close()
    }
  })
})
