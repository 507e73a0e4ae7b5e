import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { sampleDetails, tempApplication } from '../../tests/fixtures/app'
import { dispatch } from './dispatch'

let app: ReturnType<typeof tempApplication>
beforeEach(() => {
  app = tempApplication()
})
afterEach(() => app.dispose())

const call = async (name: string, input: unknown) => {
  const result = await dispatch(app.handlers, name, input, () => undefined)
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`)
  return result.value as Record<string, unknown>
}

/** Rows in every table of the library, read from sqlite_master so tables added later are counted too. */
function rowCounts(): Record<string, number> {
  const db = new Database(join(app.dataDir, 'common-ground.sqlite'), { readonly: true })
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as Array<{ name: string }>
    return Object.fromEntries(tables.map(({ name }) => [name, (db.prepare(`SELECT COUNT(*) AS n FROM "${name}"`).get() as { n: number }).n]))
  } finally {
    db.close()
  }
}

describe('personal data', () => {
  it('deleting a workshop deletes all of its data, in every table', async () => {
    const workshop = await call('workshops.create', { ...sampleDetails, facilitators: 'Asha Patel (fostering manager)' })
    for (const name of ['Carers A', 'Carers B']) await call('groups.add', { workshopId: workshop.id, details: { name, roles: ['foster_carers'], headCount: 6 } })
    const filled = rowCounts()
    expect(filled.workshops).toBe(1)
    expect(filled.groups).toBe(2)
    await call('workshops.delete', { id: workshop.id })
    const left = Object.entries(rowCounts()).filter(([, count]) => count > 0)
    expect(left).toEqual([])
  })

  it('needs no one’s name: a workshop and its groups can be recorded with roles only', async () => {
    const workshop = await call('workshops.create', { ...sampleDetails, facilitators: '', venue: '', localArea: '' })
    const group = await call('groups.add', { workshopId: workshop.id, details: { name: 'Table 1', roles: ['foster_carers'], headCount: 4 } })
    expect(group).toMatchObject({ name: 'Table 1', headCount: 4 })
  })
})
