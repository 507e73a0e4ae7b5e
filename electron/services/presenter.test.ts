import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { resourcesDir, sampleDetails, succeed, tempApplication, tempDir } from '../../tests/fixtures/app'
import type { CallName } from '../../shared/api/contract'
import { openApplication } from './application'

let app: ReturnType<typeof tempApplication>
beforeEach(() => {
  app = tempApplication()
})
afterEach(() => app.dispose())

const value = <K extends CallName>(name: K, input: unknown) => succeed(app.handlers, name, input)

async function workshopWithTwoRounds() {
  const workshop = await value('workshops.create', sampleDetails)
  const group = await value('groups.add', { workshopId: workshop.id, details: { name: 'Carers A', roles: ['foster_carers'], headCount: 5 } })
  const gaps: Array<{ id: string }> = []
  for (const title of ['Respite breaks', 'Peer mentoring']) gaps.push(await value('gaps.create', { workshopId: workshop.id, details: { title, detail: '', links: [], groupIds: [], sourceQuestionId: null, edie: false } }))
  const open = () => value('rounds.open', { workshopId: workshop.id, gapIds: gaps.map((gap) => gap.id), settings: { method: 'points' } })
  const first = await open()
  const second = await open()
  for (const round of [first, second]) await value('ballots.cast', { roundId: round.id, groupId: group.id, ballot: { method: 'points', points: { [gaps[0]!.id]: 100 } } })
  return { workshopId: workshop.id, first, second }
}

describe('the shared screen on the main side', () => {
  it('moves to a round’s results when it is revealed, the newest reveal over an older one, from the first page', async () => {
    const { workshopId, first, second } = await workshopWithTwoRounds()
    await value('presenter.show', { workshopId, view: 'voting', roundId: first.id })
    expect((await value('rounds.reveal', { id: first.id })).presenter).toMatchObject({ view: 'results', roundId: first.id, page: 0 })
    await value('presenter.page', { workshopId, page: 2 })
    const revealed = await value('rounds.reveal', { id: second.id })
    expect(revealed.presenter).toMatchObject({ view: 'results', roundId: second.id, page: 0 })
    expect(await value('presenter.get', { workshopId })).toEqual(revealed.presenter)
    // Revealing a round that is revealed already changes nothing.
    expect((await value('rounds.reveal', { id: first.id })).presenter).toEqual(revealed.presenter)
  })

  it('stays on a pinned view through a reveal, and keeps its page when only the pin changes', async () => {
    const { workshopId, first } = await workshopWithTwoRounds()
    await value('presenter.show', { workshopId, view: 'priorities' })
    await value('presenter.page', { workshopId, page: 1 })
    const pinned = await value('presenter.show', { workshopId, view: 'priorities', pinned: true })
    expect(pinned).toMatchObject({ view: 'priorities', pinned: true, page: 1 })
    expect((await value('rounds.reveal', { id: first.id })).presenter).toEqual(pinned)
    expect(await value('presenter.show', { workshopId, view: 'board' })).toMatchObject({ view: 'board', pinned: true, page: 0 })
  })

  it('remembers the view, pin and page across a restart', async () => {
    const { workshopId } = await workshopWithTwoRounds()
    await value('presenter.show', { workshopId, view: 'board', pinned: true })
    await value('presenter.page', { workshopId, page: 3 })
    app.close()
    const again = openApplication({ dataDir: app.dataDir, resourcesDir })
    try {
      expect(await succeed(again.handlers, 'presenter.get', { workshopId })).toMatchObject({ view: 'board', pinned: true, page: 3 })
    } finally {
      again.close()
    }
  })

  it('writes a window’s render error to the main side’s log', async () => {
    const logged: string[] = []
    const dir = tempDir()
    const logging = openApplication({ dataDir: dir.path, resourcesDir, log: (line) => logged.push(line) })
    try {
      await succeed(logging.handlers, 'log.renderError', { where: 'step:prioritise', message: 'Cannot read properties of null', componentStack: '\n    at RoundPanel' })
      expect(logged).toEqual([expect.stringMatching(/^A screen hit a render error \(step:prioritise\): Cannot read properties of null[\s\S]*RoundPanel/)])
    } finally {
      logging.close()
      dir.remove()
    }
  })
})
