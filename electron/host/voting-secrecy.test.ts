import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sampleDetails, tempApplication, tempDir } from '../../tests/fixtures/app'
import type { CallName, CallOutput } from '../../shared/api/contract'
import { startHost, TOKEN_HEADER, type RunningHost } from './server'
import { createHostAuth } from './auth'

/** What any window could read about a round over HTTP, before and after the reveal. */
const TOKEN = 'voting-secrecy-token-0123456789'
let app: ReturnType<typeof tempApplication>
let host: RunningHost
let rendererDir: ReturnType<typeof tempDir>

beforeAll(async () => {
  app = tempApplication()
  rendererDir = tempDir()
  host = await startHost({ handlers: app.handlers, rendererDir: rendererDir.path, auth: createHostAuth(TOKEN), log: () => undefined })
})
afterAll(async () => {
  await host.close()
  app.dispose()
  rendererDir.remove()
})

interface Answer {
  status: number
  body: { ok: boolean; value?: unknown; error?: { message: string } }
}
async function api(name: string, input: unknown): Promise<Answer> {
  const response = await fetch(`http://127.0.0.1:${host.port}/api/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: TOKEN },
    body: JSON.stringify(input),
  })
  return { status: response.status, body: (await response.json()) as Answer['body'] }
}
async function value<K extends CallName>(name: K, input: unknown): Promise<CallOutput<K>> {
  const answer = await api(name, input)
  if (!answer.body.ok) throw new Error(`${name}: ${answer.body.error?.message}`)
  return answer.body.value as CallOutput<K>
}

/** Every key anywhere in a JSON answer. */
function keysIn(json: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(json)) json.forEach((item) => keysIn(item, found))
  else if (json && typeof json === 'object') {
    for (const [key, inner] of Object.entries(json)) {
      found.add(key)
      keysIn(inner, found)
    }
  }
  return found
}

/** Every number anywhere in a JSON answer. */
function numbersIn(json: unknown, found: number[] = []): number[] {
  if (typeof json === 'number') found.push(json)
  else if (Array.isArray(json)) json.forEach((item) => numbersIn(item, found))
  else if (json && typeof json === 'object') Object.values(json).forEach((inner) => numbersIn(inner, found))
  return found
}

describe('ballots stay secret until the reveal (over HTTP)', () => {
  it('answers only which groups have voted, never what, until revealed', async () => {
    const workshop = await value('workshops.create', sampleDetails)
    const groupA = await value('groups.add', { workshopId: workshop.id, details: { name: 'Carers A', roles: ['foster_carers'], headCount: 6 } })
    const groupB = await value('groups.add', { workshopId: workshop.id, details: { name: 'Leaders', roles: ['managers_leaders'], headCount: 4 } })
    const gaps: Array<{ id: string }> = []
    for (const title of ['Respite breaks', 'Peer mentoring', 'Training on trauma']) {
      gaps.push(await value('gaps.create', { workshopId: workshop.id, details: { title, detail: '', links: [], groupIds: [], sourceQuestionId: null, edie: false } }))
    }
    const round = await value('rounds.open', { workshopId: workshop.id, gapIds: gaps.map((gap) => gap.id), settings: { method: 'points' } })
    await value('presenter.show', { workshopId: workshop.id, view: 'results', roundId: round.id })

    const castA = await api('ballots.cast', { roundId: round.id, groupId: groupA.id, ballot: { method: 'points', points: { [gaps[0]!.id]: 73, [gaps[2]!.id]: 27 } } })
    expect(castA.status).toBe(200)
    expect(castA.body.value).toEqual({ roundId: round.id, workshopId: workshop.id, groupId: groupA.id, votedGroupIds: [groupA.id] })

    const reads = [
      await api('rounds.list', { workshopId: workshop.id }),
      await api('rounds.get', { id: round.id }),
      await api('presenter.get', { workshopId: workshop.id }),
      await api('priorities.get', { workshopId: workshop.id }),
      await api('ballots.withdraw', { roundId: round.id, groupId: groupB.id }),
    ]
    for (const read of reads) {
      expect(read.status).toBe(200)
      const keys = keysIn(read.body)
      for (const secret of ['points', 'dots', 'ranking', 'ballot', 'values', 'standings', 'results']) expect(keys.has(secret)).toBe(false)
      // Nor do the ballot's numbers appear anywhere as values (timestamps are strings, so they cannot collide).
      expect(numbersIn(read.body).filter((n) => n === 73 || n === 27)).toEqual([])
    }
    expect((reads[1]!.body.value as CallOutput<'rounds.get'>).votedGroupIds).toEqual([groupA.id])

    const hidden = await api('rounds.results', { id: round.id })
    expect(hidden.status).toBe(409)
    expect(hidden.body).toEqual({ ok: false, error: { code: 'conflict', message: 'The results of this round are hidden until the facilitator reveals them.', fields: { id: expect.any(String) } } })

    await value('rounds.reveal', { id: round.id })
    const shown = await api('rounds.results', { id: round.id })
    expect(shown.status).toBe(200)
    const { results } = shown.body.value as CallOutput<'rounds.results'>
    expect(results.groups).toEqual([{ groupId: groupA.id, groupName: 'Carers A', roleMix: 'carers', voterCount: 1, values: { [gaps[0]!.id]: 73, [gaps[2]!.id]: 27 } }])
    expect(results.orderings[0]!.winner).toBe('“Respite breaks” comes first.')
  })
})
