import JSZip from 'jszip'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CallInput, CallName } from '../../shared/api/contract'
import { DEFAULT_REPORT_OPTIONS } from '../../shared/report/options'
import { succeed, tempApplication } from '../../tests/fixtures/app'

let app: ReturnType<typeof tempApplication>
let workshopId: string
const call = <K extends CallName>(name: K, input: CallInput<K>) => succeed(app.handlers, name, input)

beforeAll(async () => {
  app = tempApplication()
  workshopId = (await call('sample.create', {})).workshopId
}, 60_000)
afterAll(() => app.dispose())

async function reportXml(options = DEFAULT_REPORT_OPTIONS): Promise<string> {
  const file = await call('report.docx', { workshopId, options })
  const zip = await JSZip.loadAsync(Buffer.from(file.base64, 'base64'))
  return zip.file('word/document.xml')!.async('string')
}

const textOf = (xml: string) => (xml.match(/<w:t[^>]*>([^<]*)<\/w:t>/g) ?? []).map((t) => t.replace(/<[^>]+>/g, '')).join(' ')

describe('the sample workshop', () => {
  it('is cycle 2 of a fictional carers’ forum with five groups and about 25 gaps', async () => {
    const workshop = await call('workshops.get', { id: workshopId })
    expect(workshop).toMatchObject({ cycle: 2, localArea: 'Eastmoor', date: '2026-11-19' })
    expect(await call('groups.list', { workshopId })).toHaveLength(5)
    const gaps = await call('gaps.list', { workshopId })
    expect(gaps.length).toBeGreaterThanOrEqual(24)
    expect(gaps.length).toBeLessThanOrEqual(28)
    const cycles = await call('cycles.list', { workshopId })
    expect(cycles.map((cycle) => cycle.cycle)).toEqual([1, 2])
  })

  it('has notes on a dozen questions, two revealed rounds, agreed priorities and a plan in mixed states', async () => {
    const notes = await call('notes.list', { workshopId })
    expect(new Set(notes.map((note) => note.questionId)).size).toBe(12)
    const rounds = await call('rounds.list', { workshopId })
    expect(rounds.map((round) => [round.method, round.revealed])).toEqual([['dots', true], ['ranked', true]])
    const dots = await call('rounds.results', { id: rounds[0]!.id })
    expect(dots.results.orderings[0]!.ties.join(' ')).toMatch(/tie|share/i)
    const priorities = (await call('priorities.get', { workshopId })).priorities
    expect(priorities.slice(0, 3).map((priority) => priority.title)).toEqual([
      'Behaviour support before placements break down',
      'Short breaks when carers need them',
      'A first-year offer for newly approved carers',
    ])
    const plan = await call('plan.get', { workshopId })
    const statuses = plan.flatMap((priority) => priority.actions.map((action) => action.status))
    expect(statuses.length).toBeGreaterThanOrEqual(8)
    expect(new Set(statuses).size).toBeGreaterThanOrEqual(4)
    const review = await call('review.get', { workshopId })
    expect(review.previous?.cycle).toBe(1)
    expect(review.ratings.some((row) => row.change === 'better')).toBe(true)
  })

  it('dates no progress update after 1 December 2026, so none is in the future on a day the sample is tried', async () => {
    const plan = await call('plan.get', { workshopId })
    const dates = plan.flatMap((priority) => priority.actions.flatMap((action) => action.updates.map((update) => update.date)))
    expect(dates.length).toBeGreaterThanOrEqual(5)
    // The workshop met on 19 November 2026; the sample has been tried since 1 December 2026 (an update to come would be asked about).
    for (const date of dates) expect(date <= '2026-12-01', `an update dated ${date}`).toBe(true)
  })

  it('exports a Word report with the agreed priorities, the rounds with ties named, and the action plan', async () => {
    const xml = await reportXml()
    const text = textOf(xml)
    expect(text).toContain('Eastmoor foster carers’ forum (sample)')
    expect(text).toContain('19 November 2026')
    expect(text).toContain('Behaviour support before placements break down')
    expect(text).toContain('(strong evidence)')
    expect(text).toMatch(/Round 1/)
    expect(text).toMatch(/Round 2/)
    expect(text).toContain('Table 1 – long-term carers')
    expect(text).toContain('Recruit and approve six more short-break carers')
    expect(text).toContain('You said')
    expect(text).toMatch(/Kendall’s W is \d\.\d\d/)
    // Borda's tie for first is named even though Schulze breaks it.
    expect(text).toContain('Also counted: Borda count')
    expect(text).toMatch(/“Short breaks when carers need them” and “Behaviour support before placements break down” tie for first place/)
  })

  it('gives each priority a reason the record bears out, and marks the one carried from cycle 1', async () => {
    const priorities = (await call('priorities.get', { workshopId })).priorities
    const gaps = await call('gaps.list', { workshopId })
    const groups = await call('groups.list', { workshopId })
    const rounds = await call('rounds.list', { workshopId })
    const carried = priorities[3]!
    const carriedGap = gaps.find((gap) => gap.id === carried.gapId)!
    // Carried forward: no table raised it this cycle and no round had it on the ballot, so its reason says why it is there.
    expect(carriedGap.groupIds).toEqual([])
    expect(rounds.every((round) => round.gaps.every((gap) => gap.id !== carried.gapId))).toBe(true)
    expect(carried.rationale).toMatch(/^Carried forward from cycle 1/)
    expect(carried.rationale).not.toMatch(/raised by|put it first|every carers/i)
    // “Named by all three carers’ tables”: the short-breaks gap was raised by exactly the carers’ tables.
    const shortBreaks = gaps.find((gap) => gap.id === priorities[1]!.gapId)!
    const carersTables = groups.filter((group) => group.roles.includes('foster_carers')).map((group) => group.id)
    expect(carersTables).toHaveLength(3)
    expect(priorities[1]!.rationale).toContain('all three carers’ tables')
    expect([...shortBreaks.groupIds].sort()).toEqual([...carersTables].sort())
    const text = textOf(await reportXml())
    expect(text).toContain('Out-of-hours advice for carers (carried forward from cycle 1)')
    expect(text).toContain('Round 2: ranked ballot, counted by the Schulze method')
  })

  it('can leave out group names', async () => {
    const text = textOf(await reportXml({ ...DEFAULT_REPORT_OPTIONS, includeGroupNames: false }))
    expect(text).not.toContain('Table 1 – long-term carers')
    expect(text).toContain('Group 1')
  })
})
