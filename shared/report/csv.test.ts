import { describe, expect, it } from 'vitest'
import { STATUS_KEY } from './actionPlan'
import { actionsCsv, gapsCsv, ratingsCsv, toCsv } from './csv'
import type { ReportAction, ReportModel } from './model'

const kp3 = { code: 'KP3', words: 'Offer facilitated peer support.', shortName: 'Facilitated peer support' }
const r4 = { code: 'R4', words: 'Self-care skills.', shortName: 'Self-care', evidence: 'good' as const }

function model(): ReportModel {
  const action = (number: string, status: ReportAction['status'], byWhenIso: string, originalByWhenIso: string, overdue = ''): ReportAction => ({
    number, priority: 'Evening peer groups', priorityNumber: 1, links: [kp3, r4], action: `Action ${number}`, lead: 'Team manager',
    byWhen: '', byWhenIso, originalByWhenIso, moved: '', overdue, outcome: 'Working carers attend', update: '', status,
  })
  return {
    title: 'Forum', localArea: 'Northvale', date: '23 November 2026', venue: '', facilitators: '', cycle: 2, producedOn: '24 November 2026',
    source: { toolTitle: 'Reflective Tool', publisher: 'Foundations', guideTitle: 'Guide', guideUrl: 'https://example.org', attribution: '' },
    plainWords: [],
    gaps: [
      { title: 'Evening groups', detail: 'Day\u0007time groups', links: [kp3], groups: ['Table 1'], edie: false },
      { title: 'Interpreters for carers', detail: '', links: [], groups: ['Table 2'], edie: true },
    ],
    actions: {
      intro: '', statusKey: STATUS_KEY,
      priorities: [{ number: 1, title: 'Evening peer groups', aim: '', team: '', links: [kp3, r4], carriedFromCycle: null, noActions: null, actions: [action('1.1', 'on_track', '2027-04-30', '2027-04-30'), action('1.2', 'off_track', '2027-06-30', '2026-10-31', 'Overdue')] }],
    },
    ratings: {
      comparedWithCycle: 1,
      rows: [{ tag: kp3, rating: 'amber', previous: 'red', comment: 'Started.', previousComment: 'None yet.', groups: [{ group: 'Table 1', rating: 'red', comment: '' }, { group: 'Table 2', rating: 'green', comment: '' }] }],
    },
  }
}

describe('CSV for spreadsheets', () => {
  it('quotes every field, doubles quotes, keeps line breaks inside a cell, and starts with a BOM', () => {
    const csv = toCsv([['Gap', 'Detail'], ['Say "hello"', 'one\ntwo, three']])
    expect(csv).toBe('\uFEFF"Gap","Detail"\r\n"Say ""hello""","one\ntwo, three"\r\n')
  })

  it('keeps cells that look like formulas as text', () => {
    expect(toCsv([['=HYPERLINK("http://x")', '+1', '-2', '@SUM(A1)', 'fine']])).toBe(`\uFEFF"'=HYPERLINK(""http://x"")","'+1","'-2","'@SUM(A1)","fine"\r\n`)
  })

  it('strips control characters as the Word report does: words either side stay apart', () => {
    expect(toCsv([['Day\u0007time', 'one\u000btwo', 'a\r\nb']])).toBe('\uFEFF"Day time","one\ntwo","a\nb"\r\n')
    expect(gapsCsv(model())).toContain('"Day time groups"')
  })

  it('lists the gaps with their links and EDIE', () => {
    const gaps = gapsCsv(model()).split('\r\n')
    expect(gaps[0]).toBe('\uFEFF"Gap","Detail","Key Principles and Recommendations","Raised by","EDIE"')
    expect(gaps[1]).toBe('"Evening groups","Day time groups","KP3 Facilitated peer support","Table 1","No"')
    expect(gaps[2]).toContain('"Yes"')
  })

  it('numbers the action plan and gives both by-when dates as ISO, with priority, links and status in words', () => {
    const rows = actionsCsv(model()).split('\r\n')
    expect(rows[0]).toBe('\uFEFF"Number","Priority","Key Principles and Recommendations","Action","Lead owner","By when (first agreed)","By when (now)","Overdue","Outcome sought","Update and evidence","Status"')
    expect(rows[1]).toBe('"1.1","Evening peer groups","KP3 Facilitated peer support; R4 Self-care","Action 1.1","Team manager","2027-04-30","2027-04-30","No","Working carers attend","","On track"')
    expect(rows[2]).toContain('"2026-10-31","2027-06-30","Yes"')
    expect(rows[2]).toContain('"Off track"')
    expect(rows).toHaveLength(4)
  })

  it('gives the ratings a row per cycle with each group’s rating', () => {
    const rows = ratingsCsv(model()).split('\r\n')
    expect(rows[0]).toBe('\uFEFF"Key Principle or Recommendation","Cycle","Room rating","Table 1 rating","Table 2 rating","Comment"')
    expect(rows[1]).toBe('"KP3 Facilitated peer support","1","Red","","","None yet."')
    expect(rows[2]).toBe('"KP3 Facilitated peer support","2","Amber","Red","Green","Started."')
  })

  it('says nothing but its header when a section is empty', () => {
    const empty = { ...model(), gaps: [], actions: { intro: '', statusKey: STATUS_KEY, priorities: [] }, ratings: { comparedWithCycle: null, rows: [] } }
    expect(gapsCsv(empty).split('\r\n')).toHaveLength(2)
    expect(actionsCsv(empty).split('\r\n')).toHaveLength(2)
    expect(ratingsCsv(empty)).toBe('\uFEFF"Key Principle or Recommendation","Cycle","Room rating","Comment"\r\n')
  })
})
