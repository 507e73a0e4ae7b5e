import { describe, expect, it } from 'vitest'
import { fullReportModel } from './example'
import { actionsCsv, gapsCsv, toCsv } from './csv'

describe('CSV for spreadsheets', () => {
  it('quotes every field, doubles quotes, keeps line breaks inside a cell, and starts with a BOM', () => {
    const csv = toCsv([['Gap', 'Detail'], ['Say "hello"', 'one\ntwo, three']])
    expect(csv).toBe('\uFEFF"Gap","Detail"\r\n"Say ""hello""","one\ntwo, three"\r\n')
  })

  it('keeps cells that look like formulas as text', () => {
    expect(toCsv([['=HYPERLINK("http://x")', '+1', '-2', '@SUM(A1)', 'fine']])).toBe(`\uFEFF"'=HYPERLINK(""http://x"")","'+1","'-2","'@SUM(A1)","fine"\r\n`)
  })

  it('lists the gaps and the action plan with statuses in words', () => {
    const model = fullReportModel()
    const gaps = gapsCsv(model).split('\r\n')
    expect(gaps[0]).toBe('\uFEFF"Gap","Detail","Key Principles and Recommendations","Raised by","EDIE"')
    expect(gaps[2]).toContain('"Interpreters for carers"')
    expect(gaps[2]).toContain('"Yes"')
    const actions = actionsCsv(model).split('\r\n')
    expect(actions[1]).toContain('"On track"')
    expect(actions[2]).toContain('"Off track"')
    expect(actions).toHaveLength(4)
  })
})
