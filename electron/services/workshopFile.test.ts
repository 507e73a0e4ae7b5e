import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CallInput, CallName } from '../../shared/api/contract'
import { WORKSHOP_FILE_VERSION } from '../../shared/domain/workshopFile'
import { succeed, tempApplication } from '../../tests/fixtures/app'
import { dispatch } from './dispatch'

let source: ReturnType<typeof tempApplication>
let target: ReturnType<typeof tempApplication>
let sampleId: string
let fileText: string

const callOn =
  (app: ReturnType<typeof tempApplication>) =>
  <K extends CallName>(name: K, input: CallInput<K>) =>
    succeed(app.handlers, name, input)

beforeAll(async () => {
  source = tempApplication()
  target = tempApplication()
  sampleId = (await callOn(source)('sample.create', {})).workshopId
  const file = await callOn(source)('workshopFile.export', { workshopId: sampleId })
  fileText = Buffer.from(file.base64, 'base64').toString('utf8')
}, 60_000)
afterAll(() => {
  source.dispose()
  target.dispose()
})

const sorted = <T>(rows: T[]): T[] => [...rows].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))

/** What a person sees of a workshop, with ids and times left out so two laptops can be compared. */
async function visible(app: ReturnType<typeof tempApplication>, workshopId: string) {
  const call = callOn(app)
  const rounds = await call('rounds.list', { workshopId })
  const results = await Promise.all(rounds.map((round) => call('rounds.results', { id: round.id })))
  const plan = await call('plan.get', { workshopId })
  const groups = await call('groups.list', { workshopId })
  const groupName = new Map(groups.map((group) => [group.id, group.name]))
  const strip = (value: unknown): unknown => JSON.parse(JSON.stringify(value, (key, inner: unknown) => (/(^id$|Id$|Ids$|At$|^version$)/.test(key) ? undefined : inner)))
  return {
    groups: strip(groups),
    gaps: strip((await call('gaps.list', { workshopId })).map((gap) => ({ ...gap, raisedBy: gap.groupIds.map((id) => groupName.get(id)) }))),
    // Notes and ratings have no order a person sees in a list, so compare them sorted.
    notes: sorted((await call('notes.list', { workshopId })).map((note) => [note.questionId, groupName.get(note.groupId), note.text])),
    ratings: sorted((await call('ratings.list', { workshopId })).map((rating) => [rating.tag, rating.groupId && groupName.get(rating.groupId), rating.rating, rating.comment])),
    offer: strip(await call('offer.list', { workshopId })),
    results: strip(results.map(({ results: r }) => ({ orderings: r.orderings.map((o) => [o.label, o.winner, o.ties]), consensus: r.consensus.reading }))),
    priorities: strip((await call('priorities.get', { workshopId })).priorities),
    plan: strip(plan.map((priority) => ({ ...priority, actions: priority.actions.map((action) => ({ ...action, updates: action.updates.map((u) => [u.date, u.status, u.text]) })) }))),
    youSaid: (await call('review.youSaid', { workshopId })).saved,
  }
}

describe('workshop files', () => {
  it('moves a whole workshop to another laptop: what people see is the same', async () => {
    const imported = await callOn(target)('workshopFile.import', { text: fileText })
    expect(imported.title).toBe('Eastmoor foster carers’ forum (sample)')
    expect(await visible(target, imported.id)).toEqual(await visible(source, sampleId))
  })

  it('never overwrites silently: importing the same workshop again asks first, then makes a copy', async () => {
    const again = await dispatch(target.handlers, 'workshopFile.import', { text: fileText }, () => undefined)
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining('Import the file as a separate copy?') } })
    const before = (await callOn(target)('workshops.list', {})).length
    await callOn(target)('workshopFile.import', { text: fileText, asCopy: true })
    expect((await callOn(target)('workshops.list', {})).length).toBe(before + 1)
  })

  it.each([
    ['malformed JSON', '{ "format": "common-ground-workshop", ', /not valid JSON/],
    ['another kind of file', JSON.stringify({ hello: 'world' }), /not a Common Ground workshop file/],
    ['a newer format', () => JSON.stringify({ ...JSON.parse(fileText), version: WORKSHOP_FILE_VERSION + 1 }), /newer version of Common Ground/],
    ['the wrong schema', () => JSON.stringify({ ...JSON.parse(fileText), groups: [{ name: 'Table 1' }] }), /problem at groups\.0/],
    ['a link to a principle that does not exist', () => fileText.replace('"KP5"', '"KP9"'), /KP9/],
  ])('refuses %s with a clear message and changes nothing', async (_label, text, message) => {
    const before = JSON.stringify(await callOn(target)('workshops.list', {}))
    const result = await dispatch(target.handlers, 'workshopFile.import', { text: typeof text === 'function' ? text() : text }, () => undefined)
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid', message: expect.stringMatching(message) } })
    expect(JSON.stringify(await callOn(target)('workshops.list', {}))).toBe(before)
  })

  it('rolls back everything when the file fails part-way (a ballot that breaks the round’s rules)', async () => {
    const file = JSON.parse(fileText)
    file.workshop.title = 'Half-written?'
    file.rounds[0].ballots[0].ballot.dots = Object.fromEntries(Object.keys(file.rounds[0].ballots[0].ballot.dots).map((id) => [id, 9]))
    const before = JSON.stringify(await callOn(target)('workshops.list', {}))
    const result = await dispatch(target.handlers, 'workshopFile.import', { text: JSON.stringify(file) }, () => undefined)
    expect(result.ok).toBe(false)
    expect(JSON.stringify(await callOn(target)('workshops.list', {}))).toBe(before)
  })

  it('keeps script in text fields as plain text', async () => {
    const file = JSON.parse(fileText)
    file.workshop.title = '<script>alert("x")</script> forum'
    const imported = await callOn(target)('workshopFile.import', { text: JSON.stringify(file) })
    expect(imported.title).toBe('<script>alert("x")</script> forum')
  })

  it('still imports a file of format 1, made before first-agreed dates and themes were kept', async () => {
    const file = JSON.parse(fileText) as { version: number; plans: Array<{ actions: Array<Record<string, unknown>> }>; youSaid: Array<Record<string, unknown>> }
    file.version = 1
    for (const plan of file.plans) for (const action of plan.actions) delete action.originalByWhen
    for (const row of file.youSaid) delete row.theme
    const imported = await callOn(target)('workshopFile.import', { text: JSON.stringify(file), asCopy: true })
    const rows = (await callOn(target)('review.youSaid', { workshopId: imported.id })).saved
    expect(rows.map((row) => row.theme)).toEqual(file.youSaid.map(() => ''))
  })
})
