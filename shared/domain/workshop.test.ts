import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { isWorkshopSummaryList, workshopSummarySchema, type WorkshopSummary } from './workshop'

const listSchema = z.array(workshopSummarySchema)

const summary: WorkshopSummary = {
  id: '6f1c2a4e-3b5d-4c7e-9f80-1a2b3c4d5e6f',
  title: 'Carers’ forum',
  localArea: 'Riverside',
  date: '2026-11-23',
  cycle: 2,
  updatedAt: '2026-11-23T10:00:00.000Z',
  groupCount: 3,
}

/** What the schema makes of a list: accepted unchanged, accepted changed (a field it would drop), or refused. */
function schemaVerdict(value: unknown): 'unchanged' | 'changed' | 'refused' {
  const parsed = listSchema.safeParse(value)
  if (!parsed.success) return 'refused'
  return JSON.stringify(parsed.data) === JSON.stringify(value) ? 'unchanged' : 'changed'
}

/** Every way a row can be off, one field at a time. */
const wrongValues: unknown[] = [undefined, null, '', 'x', 0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, true, {}, [], '2026-02-30', '2026-11-23 ', '00000000-0000-0000-0000-000000000000', 'FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF', '6f1c2a4e-3b5d-9c7e-9f80-1a2b3c4d5e6f', '6f1c2a4e-3b5d-4c7e-7f80-1a2b3c4d5e6f', '1', 1, 99]

describe('the start screen’s list check', () => {
  it('accepts real lists as they are, as the schema does', () => {
    const rows = Array.from({ length: 50 }, (_, index) => ({ ...summary, title: `Forum ${index}`, cycle: 1 + (index % 3), groupCount: index % 4 }))
    expect(isWorkshopSummaryList(rows)).toBe(true)
    expect(isWorkshopSummaryList([])).toBe(true)
    expect(schemaVerdict(rows)).toBe('unchanged')
  })

  it('accepts a row only when the schema accepts it unchanged, one wrong field at a time', () => {
    for (const key of Object.keys(summary)) {
      for (const wrong of wrongValues) {
        const row = { ...summary, [key]: wrong }
        const accepted = isWorkshopSummaryList([summary, row])
        if (accepted) expect([key, wrong, schemaVerdict([summary, row])]).toEqual([key, wrong, 'unchanged'])
      }
    }
    // A field the schema does not know (it would drop it), a missing field, and values that are not rows.
    const { groupCount: _dropped, ...missing } = summary
    for (const odd of [[{ ...summary, venue: 'Hall' }], [missing], [Object.assign(Object.create(null), summary)], [null], [[summary]], summary, null, 'list']) {
      expect(isWorkshopSummaryList(odd)).toBe(false)
    }
  })

  it('never accepts what the schema refuses or changes, over generated rows', () => {
    const anything = fc.oneof(fc.string(), fc.integer({ min: -3, max: 3 }), fc.double(), fc.constant(null), fc.constant(undefined), fc.boolean())
    const row = fc.record({
      id: fc.oneof(fc.uuid(), fc.string({ minLength: 36, maxLength: 36 }), anything),
      title: fc.oneof(fc.string(), anything),
      localArea: fc.oneof(fc.string(), anything),
      date: fc.oneof(fc.date({ min: new Date('1890-01-01'), max: new Date('2210-12-31'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)), anything),
      cycle: fc.oneof(fc.integer({ min: 0, max: 5 }), anything),
      updatedAt: fc.oneof(fc.string(), anything),
      groupCount: fc.oneof(fc.integer({ min: -1, max: 5 }), anything),
    }, { requiredKeys: [] })
    fc.assert(
      fc.property(fc.array(row, { maxLength: 4 }), (rows) => {
        if (isWorkshopSummaryList(rows)) expect(schemaVerdict(rows)).toBe('unchanged')
      }),
      { numRuns: 2000 },
    )
  })
})
