import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { sampleDetails, succeed, tempApplication } from '../../tests/fixtures/app'
import type { CallName, CallOutput } from '../../shared/api/contract'
import { dispatch } from './dispatch'

let app: ReturnType<typeof tempApplication>
// A fixed today, so "overdue" does not depend on when the test runs.
const clock = { now: () => new Date('2026-11-23T10:00:00Z') }
beforeEach(() => {
  app = tempApplication(clock)
})
afterEach(() => app.dispose())

const call = (name: string, input: unknown) => dispatch(app.handlers, name, input, () => undefined)
const value = <K extends CallName>(name: K, input: unknown) => succeed(app.handlers, name, input)

const action = (change: Record<string, unknown> = {}) => ({
  action: 'Set up a weekend peer support group', lead: 'Carer champion', byWhen: '2027-03-31', outcome: 'Carers feel less alone', measure: 'Attendance', status: 'awaiting_start', ...change,
})

/** A workshop with two groups, two gaps raised by them, both agreed as priorities, and room ratings. */
async function plannedWorkshop() {
  const workshop = await value('workshops.create', { ...sampleDetails, title: 'Northvale forum – cycle 1' })
  const workshopId = workshop.id
  const table1 = await value('groups.add', { workshopId, details: { name: 'Table 1', roles: ['foster_carers'], headCount: 6 } })
  const partners = await value('groups.add', { workshopId, details: { name: 'Partners', roles: ['partner_agencies'], headCount: 3 } })
  const gap = (title: string, groupIds: string[], links: string[]) =>
    value('gaps.create', { workshopId, details: { title, detail: '', links, groupIds, sourceQuestionId: null, edie: false } })
  const peer = await gap('No peer support at weekends', [table1.id], ['KP3', 'R4'])
  const breaks = await gap('Short breaks are hard to arrange', [table1.id, partners.id], ['KP1'])
  await value('priorities.set', { workshopId, priorities: [{ gapId: peer.id, rationale: 'Most dots' }, { gapId: breaks.id, rationale: '' }] })
  await value('ratings.set', { workshopId, tag: 'KP3', rating: 'red', comment: '' })
  await value('ratings.set', { workshopId, tag: 'KP1', rating: 'amber', comment: '' })
  return { workshopId, peer: peer.id, breaks: breaks.id }
}

describe('plan and do', () => {
  it('plans a priority with a Task and Finish group and actions, logs updates, and keeps it all', async () => {
    const { workshopId, peer } = await plannedWorkshop()
    await value('plan.savePriority', {
      workshopId, gapId: peer,
      plan: { aim: 'Carers can reach a peer any weekend', team: { name: 'Peer support T&F group', lead: 'Carer champion', members: [{ role: 'foster_carers', name: '' }, { role: 'supervising_social_workers', name: 'Sam' }] } },
    })
    const first = await value('actions.add', { workshopId, gapId: peer, details: action() })
    await value('actions.add', { workshopId, gapId: peer, details: action({ action: 'Weekend rota', byWhen: '2026-10-31', status: 'on_track' }) })
    const logged = await value('actions.log', { id: first.id, update: { date: '2026-11-20', status: 'at_risk', text: 'Only two mentors so far; evidence: sign-up sheet' } })
    expect(logged).toMatchObject({ status: 'at_risk', updates: [{ date: '2026-11-20', status: 'at_risk', text: 'Only two mentors so far; evidence: sign-up sheet' }] })

    const plan = await value('plan.get', { workshopId })
    expect(plan).toHaveLength(2)
    expect(plan[0]!).toMatchObject({
      title: 'No peer support at weekends', position: 1, links: ['KP3', 'R4'], rationale: 'Most dots', aim: 'Carers can reach a peer any weekend',
      team: { name: 'Peer support T&F group', members: [{ role: 'foster_carers', name: '' }, { role: 'supervising_social_workers', name: 'Sam' }] },
    })
    expect(plan[0]!.actions.map((item) => item.action)).toEqual(['Set up a weekend peer support group', 'Weekend rota'])

    const overview = await value('cycles.overview', {})
    expect(overview.overdue.map((item) => [item.action, item.workshopTitle])).toEqual([['Weekend rota', 'Northvale forum – cycle 1']])
  })

  it('refuses bad input with a message by the field and writes nothing', async () => {
    const { workshopId, peer } = await plannedWorkshop()
    const bad = await call('actions.add', { workshopId, gapId: peer, details: action({ byWhen: 'next Tuesday', status: 'done', lead: '' }) })
    expect(bad).toMatchObject({
      ok: false,
      error: {
        code: 'invalid',
        fields: {
          'details.byWhen': 'By when must be a real date, for example 31 March 2027.',
          'details.status': 'Status must be one of awaiting start, on track, at risk, off track or complete.',
          'details.lead': 'Lead owner cannot be empty.',
        },
      },
    })
    expect(await call('actions.add', { workshopId, details: action() })).toMatchObject({ ok: false, error: { fields: { gapId: 'Choose the agreed priority this action belongs to.' } } })
    const notAgreed = await value('gaps.create', { workshopId, details: { title: 'Not agreed', detail: '', links: [], groupIds: [], sourceQuestionId: null, edie: false } })
    expect(await call('actions.add', { workshopId, gapId: notAgreed.id, details: action() })).toMatchObject({ ok: false, error: { fields: { gapId: expect.stringMatching(/not one of this workshop’s agreed priorities/) } } })
    const saved = await value('actions.add', { workshopId, gapId: peer, details: action() })
    expect(await call('actions.log', { id: saved.id, update: { date: '2026-02-30', status: 'complete', text: 'Done' } })).toMatchObject({ ok: false })
    expect(await call('actions.update', { id: saved.id, details: action({ status: 'finished' }) })).toMatchObject({ ok: false })
    const plan = await value('plan.get', { workshopId })
    expect(plan[0]!.actions).toEqual([saved])
  })

  it('removing a priority with actions asks first, saying how many go with it', async () => {
    const { workshopId, peer, breaks } = await plannedWorkshop()
    for (const name of ['One', 'Two', 'Three']) await value('actions.add', { workshopId, gapId: peer, details: action({ action: name }) })
    const refused = await call('plan.removePriority', { workshopId, gapId: peer })
    expect(refused).toMatchObject({ ok: false, error: { message: expect.stringMatching(/^“No peer support at weekends” has 3 actions\. Removing the priority removes them too/) } })
    expect((await value('plan.get', { workshopId }))[0]!.actions).toHaveLength(3)
    expect(await value('plan.removePriority', { workshopId, gapId: peer, confirm: true })).toEqual({ removed: true, actions: 3 })
    const plan = await value('plan.get', { workshopId })
    expect(plan.map((priority) => [priority.gapId, priority.position])).toEqual([[breaks, 1]])
  })
})

describe('with the Prioritise step', () => {
  it('reordering the agreed priorities keeps their actions; dropping one that has actions is refused, nothing lost', async () => {
    const { workshopId, peer, breaks } = await plannedWorkshop()
    await value('actions.add', { workshopId, gapId: peer, details: action() })
    await value('priorities.set', { workshopId, priorities: [{ gapId: breaks, rationale: '' }, { gapId: peer, rationale: 'Most dots' }] })
    const plan = await value('plan.get', { workshopId })
    expect(plan.map((priority) => [priority.gapId, priority.actions.length])).toEqual([[breaks, 0], [peer, 1]])
    expect(await call('priorities.set', { workshopId, priorities: [{ gapId: breaks, rationale: '' }] })).toMatchObject({
      ok: false,
      error: { code: 'invalid', message: '“No peer support at weekends” has 1 action in its plan. Remove it from the Plan step, which asks first and says what goes with it.' },
    })
    expect((await value('plan.get', { workshopId })).map((priority) => priority.gapId)).toEqual([breaks, peer])
  })
})

describe('the next cycle and review', () => {
  it('carries forward open priorities and actions and the ratings, then compares the cycles', async () => {
    const { workshopId, peer, breaks } = await plannedWorkshop()
    const done = await value('actions.add', { workshopId, gapId: peer, details: action({ action: 'Recruit mentors', status: 'complete' }) })
    const slipping = await value('actions.add', { workshopId, gapId: peer, details: action({ action: 'Weekend rota', byWhen: '2027-01-31' }) })
    const dropped = await value('actions.add', { workshopId, gapId: peer, details: action({ action: 'Newsletter' }) })
    const allDone = await value('actions.add', { workshopId, gapId: breaks, details: action({ action: 'Short breaks policy', status: 'complete' }) })
    expect(allDone.status).toBe('complete')

    expect(await call('cycles.startNext', { workshopId, date: '2027-02-31' })).toMatchObject({ ok: false, error: { fields: { date: 'Enter a real date, for example 23 November 2026.' } } })
    const next = await value('cycles.startNext', { workshopId, date: '2027-11-18' })
    expect(next).toMatchObject({ title: 'Northvale forum – cycle 2', cycle: 2, localArea: 'Northvale', date: '2027-11-18' })
    expect(await call('cycles.startNext', { workshopId })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/already been started/) } })
    expect((await value('cycles.list', { workshopId: next.id })).map((item) => item.cycle)).toEqual([1, 2])

    // Only the open priority (peer support) and its two open actions come across.
    const carried = await value('plan.get', { workshopId: next.id })
    expect(carried.map((priority) => priority.title)).toEqual(['No peer support at weekends'])
    expect(carried[0]!.actions.map((item) => [item.action, item.carriedFromId, item.updates[0]?.text])).toEqual([
      ['Weekend rota', slipping.id, 'Carried forward from cycle 1.'],
      ['Newsletter', dropped.id, 'Carried forward from cycle 1.'],
    ])
    expect((await value('ratings.list', { workshopId: next.id })).map((rating) => [rating.tag, rating.rating])).toEqual([['KP1', 'amber'], ['KP3', 'red']])

    // This cycle: re-rate, move one date later, drop one.
    await value('ratings.set', { workshopId: next.id, tag: 'KP3', rating: 'amber', comment: '' })
    await value('ratings.set', { workshopId: next.id, tag: 'KP1', rating: 'red', comment: '' })
    const [rota, newsletter] = carried[0]!.actions as [CallOutput<'actions.add'>, CallOutput<'actions.add'>]
    await value('actions.update', { id: rota.id, details: action({ action: 'Weekend rota', byWhen: '2027-06-30', status: 'at_risk' }) })
    await value('actions.remove', { id: newsletter.id })

    const review = await value('review.get', { workshopId: next.id })
    expect(review.previous).toMatchObject({ id: workshopId, cycle: 1 })
    expect(review.ratings.filter((row) => row.previous !== null)).toEqual([
      { tag: 'KP1', previous: 'amber', current: 'red', change: 'worse' },
      { tag: 'KP3', previous: 'red', current: 'amber', change: 'better' },
    ])
    expect(review.actions.map((row) => [row.id, row.outcome])).toEqual([
      [done.id, 'completed'], [slipping.id, 'slipped'], [dropped.id, 'dropped'], [allDone.id, 'completed'],
    ])
    expect(review.voices.groupsNotBack).toEqual(['Table 1', 'Partners'])
    expect(review.voices.roles.find((row) => row.role === 'foster_carers')).toMatchObject({ groups: 0, lastGroups: 1, missing: true })
    expect(review.voices.edieNotDiscussed).toHaveLength(14)
  })

  it('drafts You said, we did, now we will and keeps the edited version', async () => {
    const { workshopId, peer } = await plannedWorkshop()
    await value('actions.add', { workshopId, gapId: peer, details: action({ action: 'Recruit mentors', status: 'complete' }) })
    const { saved, draft } = await value('review.youSaid', { workshopId })
    expect(saved).toEqual([])
    expect(draft[0]!).toEqual({ theme: 'Facilitated peer support', youSaid: 'No peer support at weekends (raised by Table 1)', weDid: 'Recruit mentors.', nowWeWill: 'Keep these changes in place and check with carers that they are working.' })
    expect(draft[1]!.youSaid).toBe('Short breaks are hard to arrange (raised by Table 1 and Partners)')
    // The theme comes from the priority's Key Principle and can be changed like any cell.
    const edited = [{ ...draft[0]!, theme: 'Peer support', weDid: 'We recruited six peer mentors.' }]
    expect(await value('review.saveYouSaid', { workshopId, rows: edited })).toEqual(edited)
    expect((await value('review.youSaid', { workshopId })).saved).toEqual(edited)
  })

  it('deleting a workshop takes its plan with it', async () => {
    const { workshopId, peer } = await plannedWorkshop()
    await value('actions.add', { workshopId, gapId: peer, details: action() })
    await value('workshops.delete', { id: workshopId })
    expect((await value('cycles.overview', {})).overdue).toEqual([])
  })
})
