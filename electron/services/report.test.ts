import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CallInput, CallName } from '../../shared/api/contract'
import { coverage, uncovered } from '../../shared/domain/offer'
import { isOverdue } from '../../shared/domain/plan/status'
import { buildReportModel } from '../../shared/report/build'
import type { ReportModel } from '../../shared/report/model'
import { DEFAULT_REPORT_OPTIONS } from '../../shared/report/options'
import { succeed, tempApplication } from '../../tests/fixtures/app'
import { paragraphs, readDocx } from '../../tests/fixtures/docx-xml'
import { layoutDocument } from 'docx/layout'
import { buildBriefing, KEY_QUESTIONS } from '../../shared/report/briefing'
import { buildBriefingDocument } from '../export/briefing'
import { renderReport } from '../export/docx'
import { readReportSource } from './report'

let app: ReturnType<typeof tempApplication>
const call = <K extends CallName>(name: K, input: CallInput<K>) => succeed(app.handlers, name, input)
const TODAY = '2026-12-01'
const modelOf = async (workshopId: string, options = DEFAULT_REPORT_OPTIONS): Promise<ReportModel> =>
  buildReportModel(await readReportSource(app.handlers, workshopId), options, TODAY)

let sampleId: string
let emptyId: string

beforeAll(async () => {
  app = tempApplication()
  sampleId = (await call('sample.create', {})).workshopId
  const empty = await call('workshops.create', { title: 'First forum', localArea: 'Northvale', date: '2026-11-23', venue: '', facilitators: '', cycle: 1, notes: '' })
  emptyId = empty.id
  await call('groups.add', { workshopId: emptyId, details: { name: 'Table 1', roles: ['foster_carers'], headCount: 6 } })
}, 60_000)
afterAll(() => app.dispose())

describe('the report model of a first workshop with no last cycle, no offer, no votes and no actions', () => {
  it('says so in a sentence in every section', async () => {
    const model = await modelOf(emptyId)
    expect(model.summary?.noPriorities).toBe('The room has not agreed priorities yet.')
    expect(model.summary?.findings.map((finding) => finding.text)).toEqual([
      'This is the first cycle, so there is nothing to compare with yet. The room has not rated the Key Principles and Recommendations yet.',
      'No actions have been planned yet.',
      '6 people at 1 table. By role: foster carers 6.',
      'Check that these priorities and actions are what the room agreed, and tell the facilitators of anything missing or wrong.',
    ])
    expect(model.review?.intro).toMatch(/^This is the first cycle, so there is no earlier cycle to review\./)
    expect(model.review?.actionsIntro).toBe('There is no earlier cycle, so there are no earlier actions to follow up.')
    expect(model.review?.voices).toEqual(['Not in the room this time: supervising social workers; managers and leaders; partner agencies.'])
    expect(model.offer?.intro).toBe('No support offer was recorded in this workshop, so nothing is mapped to the Key Principles and Recommendations yet.')
    expect(model.decisions).toEqual([])
    expect(model.actions?.intro).toBe('No priorities have been agreed yet, so there is no action plan.')
    expect(model.youSaid).toEqual([])
    // No votes: the plain words do not explain counting methods nobody used.
    expect(model.plainWords.map((word) => word.term)).not.toContain('Kendall’s W')
  })

  it('renders every empty section as a sentence, never an empty table', async () => {
    const { document } = await readDocx(await renderReport(await modelOf(emptyId)))
    const text = paragraphs(document).map((paragraph) => paragraph.text)
    for (const sentence of [
      'No voting rounds were held, so there are no votes to report.',
      'No ratings were recorded, so there is nothing to show here yet.',
      'No priorities have been agreed yet, so there is no action plan.',
      'There is no earlier cycle, so there are no earlier actions to follow up.',
      'Nothing to report back yet: the table is empty.',
      'No gaps were recorded, so the register is empty.',
      'No notes were taken in this workshop.',
      'The room has not agreed priorities yet.',
    ]) expect(text).toContain(sentence)
    for (const table of document.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? []) expect((table.match(/<w:tr[ >]/g) ?? []).length).toBeGreaterThanOrEqual(2)
  })
})

describe('the report model of the sample workshop', () => {
  it('summarises the priorities, with the carried one marked, and figures that agree with the plan', async () => {
    const model = await modelOf(sampleId)
    const plan = await call('plan.get', { workshopId: sampleId })
    const actions = plan.flatMap((priority) => priority.actions)
    expect(model.summary?.priorities.map((priority) => [priority.title, priority.carriedFromCycle])).toEqual([
      ['Behaviour support before placements break down', null],
      ['Short breaks when carers need them', null],
      ['A first-year offer for newly approved carers', null],
      ['Out-of-hours advice for carers', 1],
    ])
    const [ratings, progress, turnout] = model.summary!.findings
    const review = await call('review.get', { workshopId: sampleId })
    const better = review.ratings.filter((row) => row.change === 'better').map((row) => row.tag)
    expect(ratings!.text).toContain(`${better.length} ratings better (${better.join(', ')})`)
    expect(progress!.text).toContain(`${actions.length} actions:`)
    expect(progress!.text).toContain(`${actions.filter((action) => action.status === 'complete').length} complete`)
    const overdue = actions.filter((action) => isOverdue(action, TODAY)).length
    expect(progress!.text).toContain(`${overdue === 1 ? '1 is' : `${overdue} are`} overdue`)
    const groups = await call('groups.list', { workshopId: sampleId })
    expect(turnout!.text).toMatch(new RegExp(`^${groups.reduce((sum, group) => sum + group.headCount, 0)} people at ${groups.length} tables \\(cycle 1: \\d+ at 4 tables\\)`))
  })

  it('reviews the last cycle: whose voice is missing, and its actions with their moved dates', async () => {
    const review = (await modelOf(sampleId)).review!
    expect(review.previousCycle).toBe(1)
    expect(review.turnout.find((row) => row.role === 'Foster carers')).toMatchObject({ groups: 3, lastGroups: 2 })
    expect(review.voices.join(' ')).toContain('4 groups from cycle 1 did not come back')
    expect(review.edieNotDiscussed.length).toBeGreaterThan(0)
    const moved = review.actions.find((row) => row.action.startsWith('Publish the out-of-hours number'))
    expect(moved).toMatchObject({ outcome: 'Slipped', dates: 'Was due 31 January 2026, now 31 January 2027' })
    expect(review.actionsIntro).toBe('What became of cycle 1’s 4 actions: 3 completed, 1 slipped (overdue, or the date moved later), 0 dropped and 0 carried forward on time.')
  })

  it('prints the support offer with the Key Principles and Recommendations nothing covers', async () => {
    const offer = (await modelOf(sampleId)).offer!
    const items = await call('offer.list', { workshopId: sampleId })
    expect(offer.items.map((item) => item.name)).toEqual(items.map((item) => item.name))
    const tags = ['KP1', 'KP2', 'KP3', 'KP4', 'KP5', 'KP6', 'KP7', 'KP8', 'R1', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7'] as const
    expect(offer.uncovered.map((tag) => tag.code)).toEqual(uncovered(coverage(tags, items)))
    expect(offer.coverage).toMatch(/^\d+ Key Principles and Recommendations have nothing in the offer mapped to them/)
  })

  it('numbers the action plan per priority, under the priority with its links, overdue in words', async () => {
    const plan = (await modelOf(sampleId)).actions!
    expect(plan.priorities.map((priority) => priority.actions.map((action) => action.number))).toEqual([['1.1', '1.2'], ['2.1', '2.2', '2.3'], ['3.1', '3.2'], ['4.1']])
    expect(plan.priorities[0]!.links.map((tag) => tag.code)).toEqual(['KP5', 'R2', 'R5'])
    expect(plan.priorities[3]!.carriedFromCycle).toBe(1)
    const swap = plan.priorities[1]!.actions[2]!
    expect(swap.overdue).toBe(isOverdue({ byWhen: swap.byWhenIso, status: swap.status }, TODAY) ? 'Overdue: it was due 31 October 2026' : '')
    expect(plan.priorities[3]!.actions[0]!.moved).toBe('Was due 31 January 2026, now 31 January 2027')
    expect(plan.statusKey.map((entry) => entry.word)).toEqual(['Awaiting start', 'On track', 'At risk', 'Off track', 'Complete'])
  })

  it('groups You said, we did, now we will by theme', async () => {
    const themes = (await modelOf(sampleId)).youSaid!
    expect(themes.map((theme) => theme.theme)).toEqual(['Coordinated network of support', 'Facilitated peer support', 'Foster carers’ own needs'])
  })

  it('names rounds by the method the room used, and explains each counting method it used', async () => {
    const model = await modelOf(sampleId)
    expect(model.decisions!.map((round) => round.title)).toEqual(['Round 1: dot votes', 'Round 2: ranked ballot, counted by the Schulze method'])
    expect(model.plainWords.map((word) => word.term)).toEqual(expect.arrayContaining(['Dot votes', 'Ranked ballot', 'Schulze method', 'Borda count', 'Kendall’s W']))
    expect(model.plainWords.map((word) => word.term)).not.toContain('100 points')
  })

  it('strips control characters from every string, as the spreadsheets do', async () => {
    // Text stored before input refused control characters (or imported) can still hold them.
    const source = await readReportSource(app.handlers, sampleId)
    source.gaps[0]!.detail = 'Breaks\u0007are\u000bhard'
    source.workshop.title = 'Eastmoor\u0000forum'
    const model = buildReportModel(source, DEFAULT_REPORT_OPTIONS, TODAY)
    expect(model.gaps![0]!.detail).toBe('Breaks are\nhard')
    expect(model.title).toBe('Eastmoor forum')
    // eslint-disable-next-line no-control-regex -- control characters are what must not be there
    expect(JSON.stringify(model)).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/)
  })
})

describe('the briefing for elected members', () => {
  it('gives the sample’s priorities and why, progress, the Guide’s words and the four questions, answered where the record can', async () => {
    const briefing = buildBriefing(await readReportSource(app.handlers, sampleId), TODAY)
    expect(briefing.title).toBe('Eastmoor: support for foster carers')
    expect(briefing.priorities.map((priority) => [priority.title, priority.carriedFromCycle])).toEqual([
      ['Behaviour support before placements break down', null],
      ['Short breaks when carers need them', null],
      ['A first-year offer for newly approved carers', null],
      ['Out-of-hours advice for carers', 1],
    ])
    expect(briefing.priorities[0]!.why).toMatch(/^First on the Schulze method/)
    expect(briefing.progress.map((finding) => finding.label)).toEqual(['Ratings', 'Cycle 1’s actions', 'This cycle’s actions'])
    expect(briefing.guide.principles.map((tag) => tag.code)).toEqual(['KP1', 'KP2', 'KP4', 'KP5', 'KP6'])
    expect(briefing.guide.recommendations.map((tag) => [tag.code, tag.evidence.split(':')[0]])).toEqual([['R1', 'Strong evidence'], ['R2', 'Strong evidence'], ['R5', 'Good evidence']])
    expect(briefing.questions.map((question) => question.question)).toEqual([...KEY_QUESTIONS])
    expect(briefing.questions[0]!.answer).toContain('Positive behaviour support programme')
    expect(briefing.questions[1]!.answer).toMatch(/^Foster carers were 18 of the 29 people/)
    expect(briefing.questions[2]!.answer).toMatch(/^Partner agencies were at 1 table \(5 people\)/)
    expect(briefing.questions[3]!.answer).toBeNull()
    expect(JSON.stringify(briefing)).not.toContain('Table 1')
  })

  it('leaves a question as a question when the record cannot answer it, and says when nothing is agreed', async () => {
    const briefing = buildBriefing(await readReportSource(app.handlers, emptyId), TODAY)
    expect(briefing.noPriorities).toBe('The room has not agreed priorities yet.')
    expect(briefing.questions.map((question) => question.answer === null)).toEqual([true, false, true, true])
    expect(briefing.guide).toEqual({ principles: [], recommendations: [] })
  })

  it('is at most two pages as Word lays it out, even when the priorities have long reasons', async () => {
    const source = await readReportSource(app.handlers, sampleId)
    expect(layoutDocument(buildBriefingDocument(buildBriefing(source, TODAY))).pages).toHaveLength(2)
    const reason = 'The carers’ tables put it first and the professionals’ tables second. It links to strong evidence. The room asked for it to start before the spring. Leaders agreed to fund a pilot.'
    source.priorities = source.priorities.map((priority) => ({ ...priority, rationale: reason }))
    const { pages, stoppedAt } = layoutDocument(buildBriefingDocument(buildBriefing(source, TODAY)))
    expect(stoppedAt).toBeUndefined()
    expect(pages.length).toBeLessThanOrEqual(2)
  })
})
