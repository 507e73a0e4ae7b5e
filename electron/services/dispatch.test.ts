import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { sampleDetails, succeed, tempApplication } from '../../tests/fixtures/app'
import type { Handlers } from './types'
import { dispatch } from './dispatch'

let app: ReturnType<typeof tempApplication>
beforeEach(() => {
  app = tempApplication()
})
afterEach(() => app.dispose())

describe('a large answer’s own check (workshops.list)', () => {
  it('lists the real rows as the select read them', async () => {
    const created = await succeed(app.handlers, 'workshops.create', sampleDetails)
    await succeed(app.handlers, 'groups.add', { workshopId: created.id, details: { name: 'Table 1', roles: ['foster_carers'], headCount: 6 } })
    const { updatedAt } = await succeed(app.handlers, 'workshops.get', { id: created.id })
    expect(await succeed(app.handlers, 'workshops.list', {})).toEqual([
      { id: created.id, title: sampleDetails.title, localArea: sampleDetails.localArea, date: sampleDetails.date, cycle: 1, updatedAt, groupCount: 1 },
    ])
  })

  it('still refuses a row the contract refuses, and still drops a field it does not know, as zod does', async () => {
    const created = await succeed(app.handlers, 'workshops.create', sampleDetails)
    const [row] = await succeed(app.handlers, 'workshops.list', {})
    const answering = (rows: unknown[]): Handlers => ({ ...app.handlers, 'workshops.list': () => rows as never })
    const logged: string[] = []
    const refused = await dispatch(answering([row, { ...row, date: '2026-02-30' }]), 'workshops.list', {}, (message) => logged.push(message))
    expect(refused).toMatchObject({ ok: false, error: { code: 'internal' } })
    expect(logged.join('\n')).toMatch(/Output of workshops.list did not match the contract/)
    const extra = await dispatch(answering([{ ...row, notes: 'not for the list' }]), 'workshops.list', {}, () => undefined)
    expect(extra).toEqual({ ok: true, value: [{ ...row, id: created.id }] })
  })
})
