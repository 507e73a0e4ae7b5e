import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { sampleDetails, tempApplication } from '../../tests/fixtures/app'
import { NOTE_CONFLICT_MESSAGE } from '../../shared/domain/notes'
import { dispatch } from './dispatch'

let app: ReturnType<typeof tempApplication>
beforeEach(() => {
  app = tempApplication()
})
afterEach(() => app.dispose())

const call = (name: string, input: unknown) => dispatch(app.handlers, name, input, () => undefined)
// Answers are checked field by field below; typed loosely like the raw JSON they are.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function value<T = any>(name: string, input: unknown): Promise<T> {
  const result = await call(name, input)
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`)
  return result.value as T
}

const Q1 = 'assess-knowing-your-foster-carers-strategic-01'
const Q2 = 'assess-local-context-strategic-01'

async function workshopWithGroups(names = ['Table 1', 'Table 2']) {
  const workshop = await value<{ id: string }>('workshops.create', sampleDetails)
  const groups: string[] = []
  for (const name of names) groups.push((await value<{ id: string }>('groups.add', { workshopId: workshop.id, details: { name, roles: ['foster_carers'], headCount: 5 } })).id)
  return { workshopId: workshop.id, groups }
}

const gap = (change: Record<string, unknown> = {}) => ({ title: 'Gap', detail: '', links: [], groupIds: [], sourceQuestionId: null, edie: false, ...change })

describe('agenda', () => {
  it('starts with all Assess questions, can be trimmed and reordered, and remembers the current question', async () => {
    const { workshopId } = await workshopWithGroups()
    const start = await value('agenda.get', { workshopId })
    expect(start.questionIds).toHaveLength(77)
    expect(start.currentQuestionId).toBe(Q1)

    expect(await value('agenda.setCurrent', { workshopId, questionId: start.questionIds[3] })).toMatchObject({ currentQuestionId: start.questionIds[3] })
    const trimmed = await value('agenda.set', { workshopId, questionIds: [Q2, Q1] })
    expect(trimmed).toEqual({ questionIds: [Q2, Q1], currentQuestionId: Q1 })
    await value('agenda.setCurrent', { workshopId, questionId: Q2 })
    expect(await value('agenda.get', { workshopId })).toEqual({ questionIds: [Q2, Q1], currentQuestionId: Q2 })

    // An emptied agenda stays empty rather than coming back as the default.
    expect(await value('agenda.set', { workshopId, questionIds: [] })).toEqual({ questionIds: [], currentQuestionId: null })
    expect(await value('agenda.get', { workshopId })).toEqual({ questionIds: [], currentQuestionId: null })
  })

  it('refuses questions the pack does not have, repeats, and a current question off the agenda', async () => {
    const { workshopId } = await workshopWithGroups()
    await value('agenda.set', { workshopId, questionIds: [Q1] })
    expect(await call('agenda.set', { workshopId, questionIds: [Q1, 'assess-made-up-question'] })).toMatchObject({
      ok: false, error: { code: 'invalid', fields: { 'questionIds.1': 'That question is not in this workshop’s Reflective Tool.' } },
    })
    expect(await call('agenda.set', { workshopId, questionIds: [Q1, Q1] })).toMatchObject({ ok: false, error: { message: 'Each question can be on the agenda only once.' } })
    expect(await call('agenda.setCurrent', { workshopId, questionId: Q2 })).toMatchObject({ ok: false, error: { code: 'invalid' } })
    expect(await value('agenda.get', { workshopId })).toEqual({ questionIds: [Q1], currentQuestionId: Q1 })
  })
})

describe('notes', () => {
  it('saves per question per group with a revision, and refuses a stale revision as a conflict', async () => {
    const { workshopId, groups } = await workshopWithGroups()
    const key = { workshopId, questionId: Q1, groupId: groups[0] }
    const first = await value('notes.save', { ...key, text: 'Around 120 carers', baseRevision: 0 })
    expect(first).toMatchObject({ text: 'Around 120 carers', revision: 1 })
    await value('notes.save', { ...key, groupId: groups[1], text: 'Table 2 thinks 150', baseRevision: 0 })
    const second = await value('notes.save', { ...key, text: 'Around 120 carers, 30 short-break', baseRevision: 1 })
    expect(second.revision).toBe(2)

    // Another tab still editing revision 1 must not overwrite revision 2.
    const stale = await call('notes.save', { ...key, text: 'Something else entirely', baseRevision: 1 })
    expect(stale).toEqual({ ok: false, error: { code: 'conflict', message: NOTE_CONFLICT_MESSAGE, fields: { text: NOTE_CONFLICT_MESSAGE } } })
    expect(await value('notes.get', key)).toMatchObject({ text: 'Around 120 carers, 30 short-break', revision: 2 })
    // Sending exactly what is saved again (a retry) is not a conflict.
    expect(await value('notes.save', { ...key, text: 'Around 120 carers, 30 short-break', baseRevision: 1 })).toMatchObject({ revision: 2 })

    const notes = await value<Array<{ groupId: string; text: string }>>('notes.list', { workshopId })
    expect(notes.map((note) => note.text).sort()).toEqual(['Around 120 carers, 30 short-break', 'Table 2 thinks 150'])
  })

  it('keeps a 20,000-character note, refuses a 1 MB paste with a message and writes nothing', async () => {
    const { workshopId, groups } = await workshopWithGroups()
    const key = { workshopId, questionId: Q1, groupId: groups[0] }
    expect(await value('notes.save', { ...key, text: 'n'.repeat(20_000), baseRevision: 0 })).toMatchObject({ revision: 1 })
    const huge = await call('notes.save', { ...key, text: 'x'.repeat(1024 * 1024), baseRevision: 1 })
    expect(huge).toMatchObject({ ok: false, error: { code: 'invalid', message: expect.stringContaining('This note is too long to save') } })
    expect((await value('notes.get', key)).text).toHaveLength(20_000)
  })

  it('refuses a group of another workshop and a question not in the pack', async () => {
    const { workshopId } = await workshopWithGroups()
    const other = await workshopWithGroups(['Elsewhere'])
    expect(await call('notes.save', { workshopId, questionId: Q1, groupId: other.groups[0], text: 'x', baseRevision: 0 })).toMatchObject({
      ok: false, error: { code: 'invalid', fields: { groupId: expect.stringContaining('not in this workshop') } },
    })
    expect(await call('notes.save', { workshopId, questionId: 'no-such-question', groupId: other.groups[0], text: 'x', baseRevision: 0 })).toMatchObject({ ok: false, error: { code: 'invalid' } })
    expect(await value('notes.list', { workshopId })).toEqual([])
  })
})

describe('support offer and ratings', () => {
  it('adds, edits and removes offer items with their links', async () => {
    const { workshopId } = await workshopWithGroups()
    const item = await value('offer.add', { workshopId, details: { name: 'Mockingbird', kind: 'evidence_based', deliveredBy: 'The Fostering Network', takeUp: 'Hub homes', notes: '', links: ['R7', 'KP3'] } })
    expect(item).toMatchObject({ name: 'Mockingbird', links: ['KP3', 'R7'] })
    await value('offer.update', { id: item.id, details: { name: 'Mockingbird family model', kind: 'evidence_based', deliveredBy: '', takeUp: '', notes: '', links: ['KP3'] } })
    expect(await value('offer.list', { workshopId })).toMatchObject([{ name: 'Mockingbird family model', links: ['KP3'] }])
    expect(await call('offer.add', { workshopId, details: { name: ' ', kind: 'local', deliveredBy: '', takeUp: '', notes: '', links: ['KP9'] } })).toMatchObject({
      ok: false, error: { fields: { 'details.name': 'Name cannot be empty.', 'details.links.0': expect.stringContaining('“KP9” is not a Key Principle') } },
    })
    await value('offer.remove', { id: item.id })
    expect(await value('offer.list', { workshopId })).toEqual([])
  })

  it('keeps the room’s rating and each group’s rating apart', async () => {
    const { workshopId, groups } = await workshopWithGroups()
    await value('ratings.set', { workshopId, tag: 'KP1', rating: 'amber', comment: 'Partly there' })
    await value('ratings.set', { workshopId, tag: 'KP1', groupId: groups[0], rating: 'red', comment: '' })
    await value('ratings.set', { workshopId, tag: 'KP1', rating: 'green', comment: 'Agreed after discussion' })
    const ratings = await value('ratings.list', { workshopId })
    expect(ratings).toMatchObject([
      { tag: 'KP1', groupId: null, rating: 'green', comment: 'Agreed after discussion' },
      { tag: 'KP1', groupId: groups[0], rating: 'red' },
    ])
    expect(await call('ratings.set', { workshopId, tag: 'KP9', rating: 'red', comment: '' })).toMatchObject({ ok: false, error: { code: 'invalid' } })
    expect(await call('ratings.set', { workshopId, tag: 'KP2', rating: 'purple', comment: '' })).toMatchObject({ ok: false, error: { message: 'Rating must be red, amber or green.' } })
  })
})

describe('gaps', () => {
  it('creates, edits, deletes with undo, and merges with undo keeping every group and link', async () => {
    const { workshopId, groups } = await workshopWithGroups(['Carers A', 'Carers B', 'Managers'])
    const first = await value('gaps.create', { workshopId, details: gap({ title: 'No weekend peer support', links: ['KP3'], groupIds: [groups[0]], sourceQuestionId: Q1 }) })
    const second = await value('gaps.create', { workshopId, details: gap({ title: 'Carers feel alone at weekends', links: ['KP4', 'R7'], groupIds: [groups[1], groups[2]], edie: true }) })
    expect(first).toMatchObject({ links: ['KP3'], groupIds: [groups[0]], sourceQuestionId: Q1, edie: false, mergedFrom: [] })

    const merged = await value('gaps.merge', { firstId: first.id, secondId: second.id, title: 'Peer support at weekends' })
    expect(merged).toMatchObject({ title: 'Peer support at weekends', links: ['KP3', 'KP4', 'R7'], groupIds: groups, sourceQuestionId: Q1, edie: true, mergedFrom: [first.id, second.id] })
    expect((await value<Array<{ id: string }>>('gaps.list', { workshopId })).map((g) => g.id)).toEqual([merged.id])

    const restored = await value<Array<{ id: string; title: string }>>('gaps.unmerge', { id: merged.id })
    expect(restored.map((g) => g.title)).toEqual(['No weekend peer support', 'Carers feel alone at weekends'])
    expect((await value<Array<{ id: string }>>('gaps.list', { workshopId })).map((g) => g.id)).toEqual([first.id, second.id])

    await value('gaps.update', { id: second.id, details: gap({ title: 'Carers feel alone', links: ['KP4'], groupIds: [groups[1]] }) })
    expect(await value('gaps.delete', { id: second.id })).toMatchObject({ deleted: { title: 'Carers feel alone' } })
    expect(await value('gaps.list', { workshopId })).toHaveLength(1)
    expect(await call('gaps.update', { id: second.id, details: gap() })).toMatchObject({ ok: false, error: { code: 'invalid', message: expect.stringContaining('deleted or merged') } })
    expect(await value('gaps.restore', { id: second.id })).toMatchObject({ title: 'Carers feel alone', links: ['KP4'] })
    expect(await value('gaps.list', { workshopId })).toHaveLength(2)
  })

  it('refuses an empty title, unknown Key Principles, a stranger group and merging a gap with itself, writing nothing', async () => {
    const { workshopId } = await workshopWithGroups()
    const other = await workshopWithGroups(['Elsewhere'])
    const only = await value('gaps.create', { workshopId, details: gap({ title: 'Short breaks' }) })
    const before = JSON.stringify(await value('gaps.list', { workshopId }))

    expect(await call('gaps.create', { workshopId, details: gap({ title: '   ' }) })).toMatchObject({ ok: false, error: { fields: { 'details.title': 'Title cannot be empty.' } } })
    expect(await call('gaps.create', { workshopId, details: gap({ links: ['KP12'] }) })).toMatchObject({ ok: false, error: { fields: { 'details.links.0': expect.stringContaining('is not a Key Principle') } } })
    expect(await call('gaps.create', { workshopId, details: gap({ groupIds: [other.groups[0]] }) })).toMatchObject({ ok: false, error: { code: 'invalid' } })
    expect(await call('gaps.create', { workshopId, details: gap({ detail: 'x'.repeat(1024 * 1024) }) })).toMatchObject({ ok: false, error: { fields: { 'details.detail': 'Detail must be 20,000 characters or fewer.' } } })
    expect(await call('gaps.merge', { firstId: only.id, secondId: only.id, title: 'Same' })).toMatchObject({
      ok: false, error: { code: 'invalid', fields: { secondId: 'A gap cannot be merged with itself. Choose a different gap to merge with.' } },
    })
    expect(JSON.stringify(await value('gaps.list', { workshopId }))).toBe(before)
  })

  it('goes with its workshop when the workshop is deleted, merged ones included', async () => {
    const { workshopId, groups } = await workshopWithGroups()
    const a = await value('gaps.create', { workshopId, details: gap({ groupIds: [groups[0]] }) })
    const b = await value('gaps.create', { workshopId, details: gap({ links: ['R1'] }) })
    await value('gaps.merge', { firstId: a.id, secondId: b.id, title: 'Both' })
    await value('workshops.delete', { id: workshopId })
    expect(await call('gaps.list', { workshopId })).toMatchObject({ ok: false, error: { code: 'not_found' } })
    const db = new Database(app.databasePath, { readonly: true })
    expect(db.prepare('SELECT (SELECT COUNT(*) FROM gaps) + (SELECT COUNT(*) FROM gap_links) + (SELECT COUNT(*) FROM gap_groups) AS n').get()).toEqual({ n: 0 })
    db.close()
  })
})
