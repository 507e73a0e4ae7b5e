import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { actionDetailsSchema, actionUpdateInputSchema } from './action'
import { actionOutcomes, compareRatings, countOutcomes, ratingChange } from './compare'
import { groupByService, nextCycleTitle } from './cycles'
import { ACTION_STATUSES, STATUS_WORDS, futureUpdateWarning, hasSlipped, isOverdue, pastByWhenWarning, type ActionStatus } from './status'
import { whoseVoiceIsMissing } from './voices'
import { draftYouSaid } from './youSaid'

const valid = { action: 'Set up a weekend peer support group', lead: 'Fostering service manager', byWhen: '2027-03-31', outcome: '', measure: '', status: 'awaiting_start' }

const messages = (result: { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]))

describe('action statuses', () => {
  it('gives every status a word and a symbol, and the RAG ones a colour, so colour is never alone', () => {
    expect(ACTION_STATUSES.map((status) => `${STATUS_WORDS[status].symbol} ${STATUS_WORDS[status].word}`)).toEqual([
      '○ Awaiting start', '● On track', '▲ At risk', '■ Off track', '✔ Complete',
    ])
    expect(ACTION_STATUSES.map((status) => STATUS_WORDS[status].rag)).toEqual([null, 'green', 'amber', 'red', null])
    expect(new Set(ACTION_STATUSES.map((status) => STATUS_WORDS[status].symbol)).size).toBe(5)
  })

  it('asks about a by-when date already past, unless the action is complete, and about an update dated in the future', () => {
    expect(pastByWhenWarning('1990-01-01', 'awaiting_start', '2026-11-23')).toBe('1 January 1990 is already past, so this action will show as overdue straight away. Check the date, or keep it if it is right.')
    expect(pastByWhenWarning('1990-01-01', 'complete', '2026-11-23')).toBeNull()
    expect(pastByWhenWarning('2026-11-23', 'on_track', '2026-11-23')).toBeNull()
    expect(futureUpdateWarning('2026-11-24', '2026-11-23')).toBe('24 November 2026 is in the future, but an update records what has already happened. Check the date, or keep it if it is right.')
    expect(futureUpdateWarning('2026-11-23', '2026-11-23')).toBeNull()
  })

  it('an action is overdue when its date is before today and it is not complete', () => {
    expect(isOverdue({ byWhen: '2026-11-22', status: 'on_track' }, '2026-11-23')).toBe(true)
    expect(isOverdue({ byWhen: '2026-11-23', status: 'on_track' }, '2026-11-23')).toBe(false)
    expect(isOverdue({ byWhen: '2026-01-01', status: 'complete' }, '2026-11-23')).toBe(false)
  })

  it('an action has slipped when its date moved later than first agreed or it is overdue', () => {
    expect(hasSlipped({ byWhen: '2027-06-30', originalByWhen: '2027-03-31', status: 'at_risk' }, '2026-11-23')).toBe(true)
    expect(hasSlipped({ byWhen: '2027-03-31', originalByWhen: '2027-03-31', status: 'at_risk' }, '2026-11-23')).toBe(false)
    expect(hasSlipped({ byWhen: '2026-10-01', originalByWhen: '2026-10-01', status: 'on_track' }, '2026-11-23')).toBe(true)
  })
})

describe('action input', () => {
  it('accepts a full row', () => {
    expect(actionDetailsSchema.safeParse(valid).success).toBe(true)
  })

  it('refuses a date that is not a date, a status outside the list and an action without a lead, each with its own message', () => {
    const result = actionDetailsSchema.safeParse({ ...valid, byWhen: '31 June 2027', status: 'done', lead: '  ' })
    expect(messages(result)).toEqual({
      byWhen: 'By when must be a real date, for example 31 March 2027.',
      status: 'Status must be one of awaiting start, on track, at risk, off track or complete.',
      lead: 'Lead owner cannot be empty.',
    })
    expect(messages(actionDetailsSchema.safeParse({ ...valid, byWhen: 20270331 }))).toEqual({ byWhen: 'By when must be a real date, for example 31 March 2027.' })
  })

  it('an update needs a real date and words of evidence', () => {
    expect(messages(actionUpdateInputSchema.safeParse({ date: '2026-02-30', status: 'on_track', text: '' }))).toEqual({
      date: 'Date must be a real date, for example 31 March 2027.',
      text: 'Update and evidence cannot be empty.',
    })
  })
})

describe('comparing with the last cycle', () => {
  it('says better, same or worse, and nothing when a rating is missing', () => {
    expect(ratingChange('red', 'amber')).toBe('better')
    expect(ratingChange('green', 'amber')).toBe('worse')
    expect(ratingChange('amber', 'amber')).toBe('same')
    expect(ratingChange(null, 'green')).toBeNull()
    const rows = compareRatings(['KP1', 'R2'], new Map([['KP1', 'red']]), new Map([['KP1', 'green'], ['R2', 'amber']]))
    expect(rows).toEqual([
      { tag: 'KP1', previous: 'red', current: 'green', change: 'better' },
      { tag: 'R2', previous: null, current: 'amber', change: null },
    ])
  })

  it('better and worse are mirror images', () => {
    const rag = fc.constantFrom('red' as const, 'amber' as const, 'green' as const)
    fc.assert(
      fc.property(rag, rag, (a, b) => {
        const there = ratingChange(a, b)
        const back = ratingChange(b, a)
        expect(there === 'same' ? back === 'same' : there === 'better' ? back === 'worse' : back === 'better').toBe(true)
      }),
    )
  })

  it('follows each action of the last cycle: completed, slipped, dropped or carried on time', () => {
    const before = (id: string, status: ActionStatus, byWhen = '2027-03-31') => ({ id, action: `Action ${id}`, priority: 'Peer support', status, byWhen, originalByWhen: byWhen })
    const previous = [before('a', 'complete'), before('b', 'on_track'), before('c', 'at_risk'), before('d', 'off_track'), before('e', 'on_track'), before('f', 'on_track', '2026-10-01')]
    const current = [
      { id: 'b2', action: 'Action b', status: 'complete' as const, byWhen: '2027-03-31', originalByWhen: '2027-03-31', carriedFromId: 'b' },
      { id: 'c2', action: 'Action c', status: 'at_risk' as const, byWhen: '2027-09-30', originalByWhen: '2027-03-31', carriedFromId: 'c' },
      { id: 'e2', action: 'Action e', status: 'on_track' as const, byWhen: '2027-03-31', originalByWhen: '2027-03-31', carriedFromId: 'e' },
      { id: 'f2', action: 'Action f', status: 'on_track' as const, byWhen: '2026-10-01', originalByWhen: '2026-10-01', carriedFromId: 'f' },
      { id: 'new', action: 'New', status: 'awaiting_start' as const, byWhen: '2027-01-01', originalByWhen: '2027-01-01', carriedFromId: null },
    ]
    const rows = actionOutcomes(previous, current, '2026-11-23')
    expect(rows.map((row) => [row.id, row.outcome])).toEqual([
      ['a', 'completed'], ['b', 'completed'], ['c', 'slipped'], ['d', 'dropped'], ['e', 'carried'], ['f', 'slipped'],
    ])
    expect(rows.find((row) => row.id === 'c')).toMatchObject({ byWhen: '2027-09-30', originalByWhen: '2027-03-31' })
    expect(countOutcomes(rows)).toEqual({ completed: 2, slipped: 2, dropped: 1, carried: 1 })
  })
})

describe('You said, we did, now we will', () => {
  it('drafts a row per priority from its gap, the groups that raised it and its actions, then the gaps not chosen', () => {
    const rows = draftYouSaid(
      [
        { id: 'g1', title: 'No peer support at weekends', groups: ['Table 1', 'Carers B'], theme: 'Facilitated peer support' },
        { id: 'g2', title: 'Short breaks are hard to arrange', groups: ['Table 2'], theme: 'Foster carers\' own needs' },
        { id: 'g3', title: 'Raised by the facilitator only', groups: [], theme: '' },
        { id: 'g4', title: 'Training clashes with school runs', groups: ['Table 3'], theme: 'Structured yet flexible support' },
      ],
      [
        {
          gapId: 'g1', aim: 'Carers can reach a peer any weekend', teamName: 'Peer support group',
          actions: [
            { action: 'Recruit six peer mentors', lead: 'Carer champion', byWhen: '2027-01-31', status: 'complete' },
            { action: 'Weekend rota', lead: 'Team manager', byWhen: '2027-03-31', status: 'at_risk' },
          ],
        },
        { gapId: 'g2', aim: '', teamName: 'Short breaks group', actions: [] },
      ],
    )
    expect(rows).toEqual([
      {
        theme: 'Facilitated peer support',
        youSaid: 'No peer support at weekends (raised by Table 1 and Carers B)',
        weDid: 'Recruit six peer mentors.\nStarted: Weekend rota (at risk).',
        nowWeWill: 'Weekend rota, led by Team manager, by 31 March 2027.',
      },
      { theme: 'Foster carers\' own needs', youSaid: 'Short breaks are hard to arrange (raised by Table 2)', weDid: 'We agreed this as a priority and set up Short breaks group.', nowWeWill: 'Plan the actions for this priority with carers.' },
      {
        theme: 'Structured yet flexible support',
        youSaid: 'Training clashes with school runs (raised by Table 3)',
        weDid: 'We talked about this together and agreed to focus on other priorities first.',
        nowWeWill: 'Look at this again when we next review the plan with you.',
      },
    ])
  })
})

describe('whose voice is missing', () => {
  it('compares who took part by role and group with the last cycle, and lists EDIE questions with no notes', () => {
    const voices = whoseVoiceIsMissing(
      [
        { name: 'Table 1', roles: ['foster_carers'], headCount: 6 },
        { name: 'Staff', roles: ['supervising_social_workers', 'managers_leaders'], headCount: 4 },
      ],
      [
        { name: 'Table 1', roles: ['foster_carers'], headCount: 8 },
        { name: 'Partners', roles: ['partner_agencies'], headCount: 3 },
      ],
      [
        { id: 'q-edie-1', stage: 'assess', text: 'Who is not here?' },
        { id: 'q-edie-2', stage: 'review', text: 'Whose voice is missing?' },
      ],
      [{ questionId: 'q-edie-1', text: 'Young carers' }, { questionId: 'q-edie-2', text: '   ' }],
    )
    expect(voices.roles.find((row) => row.role === 'foster_carers')).toMatchObject({ groups: 1, people: 6, lastPeople: 8, missing: false, fewer: true })
    expect(voices.roles.find((row) => row.role === 'partner_agencies')).toMatchObject({ groups: 0, lastGroups: 1, missing: true })
    expect(voices.groupsNotBack).toEqual(['Partners'])
    expect(voices.groupsNew).toEqual(['Staff'])
    expect(voices.edieNotDiscussed.map((question) => question.id)).toEqual(['q-edie-2'])
  })
})

describe('cycles', () => {
  it('names the next cycle', () => {
    expect(nextCycleTitle('Northvale forum – cycle 1', 2)).toBe('Northvale forum – cycle 2')
    expect(nextCycleTitle('Carers’ forum', 2)).toBe('Carers’ forum')
  })

  it('lists the cycles of a service together, latest cycle first', () => {
    const workshops = [
      { id: 'c2', cycle: 2 }, { id: 'other', cycle: 1 }, { id: 'c3', cycle: 3 }, { id: 'c1', cycle: 1 },
    ]
    const links = [{ id: 'c2', previousId: 'c1' }, { id: 'c3', previousId: 'c2' }, { id: 'other', previousId: 'deleted' }]
    expect(groupByService(workshops, links).map((service) => service.map((workshop) => workshop.id))).toEqual([['c3', 'c2', 'c1'], ['other']])
  })

  it('puts every workshop in exactly one service', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(9), { maxLength: 10 }), (parents) => {
        const workshops = parents.map((_, index) => ({ id: `w${index}`, cycle: index + 1 }))
        const links = parents.map((parent, index) => ({ id: `w${index}`, previousId: `w${parent}` }))
        const ids = groupByService(workshops, links).flat().map((workshop) => workshop.id)
        expect([...ids].sort()).toEqual(workshops.map((workshop) => workshop.id).sort())
      }),
    )
  })
})
