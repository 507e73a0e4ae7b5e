import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { sampleDetails, tempApplication } from '../../tests/fixtures/app'
import type { Workshop } from '../../shared/domain/workshop'
import { dispatch } from './dispatch'

let app: ReturnType<typeof tempApplication>
beforeEach(() => {
  app = tempApplication()
})
afterEach(() => app.dispose())

const call = (name: string, input: unknown) => dispatch(app.handlers, name, input, () => undefined)
const UNKNOWN_ID = '0b5ad2a4-3c1e-4f27-9d8e-7a6b5c4d3e2f'

async function createWorkshop(details = sampleDetails): Promise<Workshop> {
  const result = await call('workshops.create', details)
  if (!result.ok) throw new Error(result.error.message)
  return result.value as Workshop
}

async function snapshot() {
  const list = await call('workshops.list', {})
  return JSON.stringify(list)
}

describe('workshops', () => {
  it('refuses control characters in text with the field named, writing nothing; a workshop file carrying one is refused whole', async () => {
    const before = await snapshot()
    const nul = await call('workshops.create', { ...sampleDetails, title: 'Autumn\u0000forum' })
    expect(nul).toMatchObject({ ok: false, error: { code: 'invalid', fields: { title: expect.stringMatching(/one line of plain text/) } } })
    const escape = await call('workshops.create', { ...sampleDetails, notes: 'Bring \u001b[31mbiscuits' })
    expect(escape).toMatchObject({ ok: false, error: { fields: { notes: expect.stringMatching(/invisible control character/) } } })
    expect(await snapshot()).toBe(before)
    // Line breaks and tabs are fine where the field has several lines.
    const created = await createWorkshop({ ...sampleDetails, notes: 'Agenda:\n\t1. Respite\r\n\t2. Training' })
    expect(created.notes).toBe('Agenda:\n\t1. Respite\r\n\t2. Training')

    const exported = await call('workshopFile.export', { workshopId: created.id })
    if (!exported.ok) throw new Error(exported.error.message)
    const file = JSON.parse(Buffer.from((exported.value as { base64: string }).base64, 'base64').toString('utf8')) as { workshop: { title: string } }
    file.workshop.title = 'Imported\u0007forum'
    const imported = await call('workshopFile.import', { text: JSON.stringify(file), asCopy: true })
    expect(imported).toMatchObject({ ok: false, error: { code: 'invalid', message: /one line of plain text/ } })
    expect((await call('workshops.list', {})) as { value: unknown[] }).toMatchObject({ value: [{ id: created.id }] })
  })

  it('creates, reads, updates and deletes a workshop', async () => {
    const created = await createWorkshop()
    expect(created).toMatchObject(sampleDetails)
    const updated = await call('workshops.update', { id: created.id, details: { ...sampleDetails, title: 'Winter forum', cycle: 2 } })
    expect(updated).toMatchObject({ ok: true, value: { title: 'Winter forum', cycle: 2 } })
    expect(await call('workshops.get', { id: created.id })).toMatchObject({ ok: true, value: { title: 'Winter forum' } })
    expect(await call('workshops.delete', { id: created.id })).toEqual({ ok: true, value: { deleted: true, backupsRewritten: 0, backupsUnreadable: [] } })
    expect(await call('workshops.list', {})).toEqual({ ok: true, value: [] })
  })

  it('trims titles and keeps UK punctuation intact', async () => {
    const created = await createWorkshop({ ...sampleDetails, title: '   Carers’ “voice” forum  ' })
    expect(created.title).toBe('Carers’ “voice” forum')
  })

  it.each([
    ['an empty title', { title: '   ' }, 'title', 'Title cannot be empty.'],
    ['a 10,000-character title', { title: 'x'.repeat(10_000) }, 'title', 'Title must be 200 characters or fewer.'],
    ['an impossible date', { date: '2026-02-30' }, 'date', 'Enter a real date, for example 23 November 2026.'],
    ['a date in US order', { date: '11/23/2026' }, 'date', 'Enter a real date, for example 23 November 2026.'],
    ['cycle zero', { cycle: 0 }, 'cycle', 'Cycle must be 1 or more.'],
    ['a fractional cycle', { cycle: 1.5 }, 'cycle', 'Cycle must be a whole number.'],
  ])('refuses %s with a message for that field and writes nothing', async (_label, change, field, message) => {
    await createWorkshop()
    const before = await snapshot()
    const result = await call('workshops.create', { ...sampleDetails, ...change })
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid', message, fields: { [field]: message } } })
    expect(await snapshot()).toBe(before)
  })

  it('refuses unknown ids and fields it does not know', async () => {
    expect(await call('workshops.get', { id: UNKNOWN_ID })).toMatchObject({ ok: false, error: { code: 'not_found' } })
    expect(await call('workshops.update', { id: UNKNOWN_ID, details: sampleDetails })).toMatchObject({ ok: false, error: { code: 'not_found' } })
    expect(await call('workshops.get', { id: 'not-an-id' })).toMatchObject({ ok: false, error: { code: 'invalid', fields: { id: 'That is not a valid id.' } } })
    expect(await call('workshops.create', { ...sampleDetails, secret: 1 })).toMatchObject({ ok: false, error: { code: 'invalid' } })
    expect(await call('workshops.explode', {})).toMatchObject({ ok: false, error: { code: 'unknown_call' } })
  })
})

describe('groups', () => {
  const table = (name: string, headCount = 6) => ({ name, roles: ['foster_carers'], headCount })

  it('adds, renames, reorders and removes groups', async () => {
    const workshop = await createWorkshop()
    const ids: string[] = []
    for (const name of ['Table 1', 'Table 2', 'Table 3']) {
      const added = await call('groups.add', { workshopId: workshop.id, details: table(name) })
      if (!added.ok) throw new Error(added.error.message)
      ids.push((added.value as { id: string }).id)
    }
    await call('groups.update', { id: ids[1], details: { name: 'Carers A', roles: ['foster_carers', 'others'], headCount: 7 } })
    const reordered = await call('groups.reorder', { workshopId: workshop.id, order: [ids[2], ids[1], ids[0]] })
    expect(reordered.ok && (reordered.value as Array<{ name: string }>).map((group) => group.name)).toEqual(['Table 3', 'Carers A', 'Table 1'])
    await call('groups.remove', { id: ids[0] })
    const listed = await call('groups.list', { workshopId: workshop.id })
    expect(listed.ok && (listed.value as Array<{ name: string; roles: string[] }>).map((group) => [group.name, group.roles])).toEqual([
      ['Table 3', ['foster_carers']],
      ['Carers A', ['foster_carers', 'others']],
    ])
  })

  it('refuses bad groups and bad orders, writing nothing', async () => {
    const workshop = await createWorkshop()
    const added = await call('groups.add', { workshopId: workshop.id, details: table('Table 1') })
    const id = added.ok ? (added.value as { id: string }).id : ''
    const before = JSON.stringify(await call('groups.list', { workshopId: workshop.id }))

    expect(await call('groups.add', { workshopId: workshop.id, details: table('Table 2', -3) })).toMatchObject({
      ok: false, error: { fields: { 'details.headCount': 'Head count cannot be negative.' } },
    })
    expect(await call('groups.add', { workshopId: workshop.id, details: { ...table('T'), roles: ['wizards'] } })).toMatchObject({ ok: false, error: { code: 'invalid' } })
    expect(await call('groups.add', { workshopId: UNKNOWN_ID, details: table('Table 2') })).toMatchObject({ ok: false, error: { code: 'not_found' } })
    expect(await call('groups.update', { id: UNKNOWN_ID, details: table('Table 2') })).toMatchObject({ ok: false, error: { code: 'not_found' } })
    expect(await call('groups.reorder', { workshopId: workshop.id, order: [id, id] })).toMatchObject({ ok: false, error: { code: 'invalid', fields: { order: expect.any(String) } } })
    expect(await call('groups.reorder', { workshopId: workshop.id, order: [UNKNOWN_ID] })).toMatchObject({ ok: false, error: { code: 'invalid' } })
    expect(JSON.stringify(await call('groups.list', { workshopId: workshop.id }))).toBe(before)
  })
})
