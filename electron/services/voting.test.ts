import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { resourcesDir, sampleDetails, succeed, tempApplication } from '../../tests/fixtures/app'
import type { CallName } from '../../shared/api/contract'
import { openApplication } from './application'
import { dispatch } from './dispatch'

let app: ReturnType<typeof tempApplication>
beforeEach(() => {
  app = tempApplication()
})
afterEach(() => app.dispose())

const call = (name: string, input: unknown) => dispatch(app.handlers, name, input, () => undefined)
/** A call that must succeed, typed by the contract. */
const value = <K extends CallName>(name: K, input: unknown) => succeed(app.handlers, name, input)
const UNKNOWN_ID = '0b5ad2a4-3c1e-4f27-9d8e-7a6b5c4d3e2f'

/** A workshop with four groups (two of carers, two of professionals) and four gaps. */
async function workshopWithGapsAndGroups() {
  const workshop = await value('workshops.create', sampleDetails)
  const groups: string[] = []
  for (const [name, roles] of [['Carers A', ['foster_carers']], ['Carers B', ['foster_carers']], ['Social workers', ['supervising_social_workers']], ['Leaders', ['managers_leaders']]] as const) {
    groups.push((await value('groups.add', { workshopId: workshop.id, details: { name, roles, headCount: 5 } })).id)
  }
  const gaps: string[] = []
  for (const title of ['Respite breaks', 'Out-of-hours support', 'Training on trauma', 'Peer mentoring']) {
    gaps.push((await value('gaps.create', { workshopId: workshop.id, details: { title, detail: '', links: ['KP1'], groupIds: [], sourceQuestionId: null, edie: false } })).id)
  }
  return { workshopId: workshop.id, groups, gaps }
}

describe('voting rounds', () => {
  it('answers the latest round’s results by the workshop alone: none before a round, none while it is hidden, the last round’s once revealed', async () => {
    const { workshopId, groups, gaps } = await workshopWithGapsAndGroups()
    expect(await value('rounds.latestResults', { workshopId })).toBeNull()
    const first = await value('rounds.open', { workshopId, gapIds: gaps, settings: { method: 'dots', dotsPerGroup: 3, capPerGap: null } })
    await value('ballots.cast', { roundId: first.id, groupId: groups[0], ballot: { method: 'dots', dots: { [gaps[1]!]: 3 } } })
    expect(await value('rounds.latestResults', { workshopId })).toBeNull()
    await value('rounds.reveal', { id: first.id })
    const firstResults = await value('rounds.results', { id: first.id })
    expect(await value('rounds.latestResults', { workshopId })).toEqual(firstResults)
    expect(firstResults.results.orderings[0]!.standings[0]).toMatchObject({ score: 3, place: 1 })
    // A second round, still hidden, is now the latest: the first round's results are not its.
    const second = await value('rounds.open', { workshopId, gapIds: gaps.slice(0, 2), settings: { method: 'dots', dotsPerGroup: 3, capPerGap: null } })
    expect(await value('rounds.latestResults', { workshopId })).toBeNull()
    await value('rounds.reveal', { id: second.id })
    expect(await value('rounds.latestResults', { workshopId })).toEqual(await value('rounds.results', { id: second.id }))
    expect(await call('rounds.latestResults', { workshopId: '0b5ad2a4-3c1e-4f27-9d8e-7a6b5c4d3e2f' })).toMatchObject({ ok: false, error: { code: 'not_found' } })
    expect(await call('rounds.latestResults', { workshopId: 'not an id' })).toMatchObject({ ok: false, error: { code: 'invalid' } })
  })

  it('runs a dot round: votes are hidden, then revealed with the tally', async () => {
    const { workshopId, groups, gaps } = await workshopWithGapsAndGroups()
    const round = await value('rounds.open', { workshopId, gapIds: gaps, settings: { method: 'dots', dotsPerGroup: 3, capPerGap: null } })
    expect(round).toMatchObject({ number: 1, method: 'dots', status: 'open', revealed: false, votedGroupIds: [] })
    expect(round.gaps.map((gap: { title: string }) => gap.title)).toEqual(['Respite breaks', 'Out-of-hours support', 'Training on trauma', 'Peer mentoring'])
    expect(round.description[0]).toBe('Each group has 3 dots to place on the gaps it most wants to act on first, and can put several on one gap.')

    const ballots = [{ [gaps[0]!]: 3 }, { [gaps[0]!]: 1, [gaps[1]!]: 2 }, { [gaps[2]!]: 3 }, { [gaps[1]!]: 1, [gaps[2]!]: 1, [gaps[3]!]: 1 }]
    for (const [i, dots] of ballots.entries()) {
      const receipt = await value('ballots.cast', { roundId: round.id, groupId: groups[i], ballot: { method: 'dots', dots } })
      expect(receipt).toEqual({ roundId: round.id, workshopId, groupId: groups[i], votedGroupIds: groups.slice(0, i + 1) })
    }
    const hidden = await call('rounds.results', { id: round.id })
    expect(hidden).toMatchObject({ ok: false, error: { code: 'conflict', message: 'The results of this round are hidden until the facilitator reveals them.' } })
    expect(await value('rounds.get', { id: round.id })).toMatchObject({ votedGroupIds: groups })

    const revealed = await value('rounds.reveal', { id: round.id })
    expect(revealed.round).toMatchObject({ status: 'closed', revealed: true })
    // The reveal answers with its results and moves the shared screen to them.
    expect(revealed.results.orderings[0]!.standings).toHaveLength(4)
    expect(revealed.presenter).toMatchObject({ view: 'results', roundId: round.id, page: 0 })
    const { results } = await value('rounds.results', { id: round.id })
    expect(results.orderings[0]!.standings.map((s: { score: number; place: number }) => [s.score, s.place])).toEqual([[4, 1], [4, 1], [3, 3], [1, 4]])
    expect(results.orderings[0]!.ties).toEqual(['“Respite breaks” and “Training on trauma” tie for first place.'])
    expect(results.groups.map((group: { groupName: string }) => group.groupName)).toEqual(['Carers A', 'Carers B', 'Social workers', 'Leaders'])
    expect(results.roleSplit.comparison).toBe('Carers’ groups put “Respite breaks” first; professionals’ groups put “Training on trauma” first.')
  })

  it('refuses bad ballots with a message beside the field, writing nothing', async () => {
    const { workshopId, groups, gaps } = await workshopWithGapsAndGroups()
    const dots = await value('rounds.open', { workshopId, gapIds: gaps, settings: { method: 'dots', dotsPerGroup: 3, capPerGap: 2 } })
    const points = await value('rounds.open', { workshopId, gapIds: gaps, settings: { method: 'points' } })
    const ranked = await value('rounds.open', { workshopId, gapIds: gaps.slice(0, 3), settings: { method: 'ranked', topK: 2 } })

    expect(await call('ballots.cast', { roundId: dots.id, groupId: groups[0], ballot: { method: 'dots', dots: { [gaps[0]!]: 2, [gaps[1]!]: 2 } } })).toMatchObject({
      ok: false, error: { code: 'invalid', message: 'This ballot places 4 dots, but each group has 3 dots.', fields: { 'ballot.dots': 'This ballot places 4 dots, but each group has 3 dots.' } },
    })
    expect(await call('ballots.cast', { roundId: dots.id, groupId: groups[0], ballot: { method: 'dots', dots: { [gaps[0]!]: 3 } } })).toMatchObject({
      ok: false, error: { fields: { [`ballot.dots.${gaps[0]}`]: '“Respite breaks” has 3 dots, but at most 2 dots can go on one gap.' } },
    })
    expect(await call('ballots.cast', { roundId: points.id, groupId: groups[0], ballot: { method: 'points', points: { [gaps[0]!]: 50, [gaps[1]!]: 30 } } })).toMatchObject({
      ok: false, error: { message: 'The points add up to 80; they must add up to exactly 100 (20 still to place).' },
    })
    expect(await call('ballots.cast', { roundId: ranked.id, groupId: groups[0], ballot: { method: 'ranked', ranking: [gaps[0], gaps[0]] } })).toMatchObject({
      ok: false, error: { fields: { 'ballot.ranking.1': '“Respite breaks” is listed more than once; each gap can be ranked once.' } },
    })
    expect(await call('ballots.cast', { roundId: ranked.id, groupId: groups[0], ballot: { method: 'ranked', ranking: [gaps[3]] } })).toMatchObject({
      ok: false, error: { message: 'The ranking includes a gap that is not in this round.' },
    })
    expect(await call('ballots.cast', { roundId: ranked.id, groupId: groups[0], ballot: { method: 'ranked', ranking: gaps.slice(0, 3) } })).toMatchObject({
      ok: false, error: { message: 'This ranking lists 3 gaps, but each group ranks its top 2.' },
    })
    expect(await call('ballots.cast', { roundId: ranked.id, groupId: UNKNOWN_ID, ballot: { method: 'ranked', ranking: [gaps[0]] } })).toMatchObject({
      ok: false, error: { fields: { groupId: 'That group is not in this workshop. It may have been removed in another window.' } },
    })
    expect(await call('ballots.cast', { roundId: ranked.id, groupId: groups[0], ballot: { method: 'ranked', ranking: ['nope'] } })).toMatchObject({
      ok: false, error: { code: 'invalid', fields: { 'ballot.ranking.0': 'That is not a valid id.' } },
    })
    for (const round of [dots, points, ranked]) expect((await value('rounds.get', { id: round.id })).votedGroupIds).toEqual([])
  })

  it('refuses to open rounds that do not make sense', async () => {
    const { workshopId, gaps } = await workshopWithGapsAndGroups()
    expect(await call('rounds.open', { workshopId, gapIds: [gaps[0]], settings: { method: 'points' } })).toMatchObject({
      ok: false, error: { fields: { gapIds: 'Choose at least two gaps to vote on.' } },
    })
    expect(await call('rounds.open', { workshopId, gapIds: gaps.slice(0, 2), settings: { method: 'ranked', topK: 3 } })).toMatchObject({
      ok: false, error: { fields: { 'settings.topK': 'Groups cannot rank more gaps than the round has: choose 2 or fewer.' } },
    })
    await value('gaps.delete', { id: gaps[3] })
    expect(await call('rounds.open', { workshopId, gapIds: gaps, settings: { method: 'points' } })).toMatchObject({ ok: false, error: { fields: { 'gapIds.3': expect.stringMatching(/deleted or merged/) } } })
    const other = await value('workshops.create', { ...sampleDetails, title: 'Another forum' })
    expect(await call('rounds.open', { workshopId: other.id, gapIds: gaps.slice(0, 2), settings: { method: 'points' } })).toMatchObject({ ok: false, error: { fields: { 'gapIds.0': expect.any(String) } } })
    expect(await value('rounds.list', { workshopId })).toEqual([])
  })

  it('refuses votes on a closed round, allows corrections after reopening, and keeps every round in history', async () => {
    const { workshopId, groups, gaps } = await workshopWithGapsAndGroups()
    const round = await value('rounds.open', { workshopId, gapIds: gaps, settings: { method: 'ranked', topK: 2 } })
    await value('ballots.cast', { roundId: round.id, groupId: groups[0], ballot: { method: 'ranked', ranking: [gaps[0], gaps[1]] } })
    await value('ballots.cast', { roundId: round.id, groupId: groups[0], ballot: { method: 'ranked', ranking: [gaps[1], gaps[0]] } })
    await value('rounds.close', { id: round.id })
    const refused = await call('ballots.cast', { roundId: round.id, groupId: groups[1], ballot: { method: 'ranked', ranking: [gaps[2]] } })
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict', message: 'This round is closed, so ballots cannot be recorded or changed. Reopen the round to correct a ballot.' } })
    expect(await call('ballots.withdraw', { roundId: round.id, groupId: groups[0] })).toMatchObject({ ok: false, error: { code: 'conflict' } })

    await value('rounds.reveal', { id: round.id })
    const reopened = await value('rounds.reopen', { id: round.id })
    expect(reopened).toMatchObject({ status: 'open', revealed: false, votedGroupIds: [groups[0]] })
    expect(await call('rounds.results', { id: round.id })).toMatchObject({ ok: false, error: { code: 'conflict' } })
    await value('ballots.cast', { roundId: round.id, groupId: groups[1], ballot: { method: 'ranked', ranking: [gaps[0], gaps[1]] } })
    await value('rounds.reveal', { id: round.id })
    const { results } = await value('rounds.results', { id: round.id })
    // The correction replaced group 1's first ballot: one each way, so the two gaps tie.
    expect(results.orderings[0]!.ties[0]).toBe('“Respite breaks” and “Out-of-hours support” tie for first place.')

    const rerun = await value('rounds.open', { workshopId, gapIds: gaps.slice(0, 2), settings: { method: 'points' } })
    expect(rerun.number).toBe(2)
    expect((await value('rounds.list', { workshopId })).map((r: { number: number; method: string }) => [r.number, r.method])).toEqual([[1, 'ranked'], [2, 'points']])
  })

  it('survives reopening the library file', async () => {
    const { workshopId, groups, gaps } = await workshopWithGapsAndGroups()
    const round = await value('rounds.open', { workshopId, gapIds: gaps, settings: { method: 'points' } })
    await value('ballots.cast', { roundId: round.id, groupId: groups[2], ballot: { method: 'points', points: { [gaps[0]!]: 70, [gaps[3]!]: 30 } } })
    app.close()
    const again = openApplication({ dataDir: app.dataDir, resourcesDir })
    try {
      expect(await dispatch(again.handlers, 'rounds.get', { id: round.id })).toMatchObject({ ok: true, value: { method: 'points', votedGroupIds: [groups[2]] } })
    } finally {
      again.close()
    }
  })
})

describe('agreed priorities', () => {
  it('keeps at most the workshop’s limit, in order, with rationales', async () => {
    const { workshopId, gaps } = await workshopWithGapsAndGroups()
    expect(await value('priorities.get', { workshopId })).toEqual({ workshopId, max: 3, priorities: [] })
    const three = gaps.slice(0, 3).map((gapId, i) => ({ gapId, rationale: `Reason ${i + 1}` }))
    const saved = await value('priorities.set', { workshopId, priorities: three })
    expect(saved.priorities.map((p: { position: number; title: string; rationale: string }) => [p.position, p.title, p.rationale])).toEqual([
      [1, 'Respite breaks', 'Reason 1'],
      [2, 'Out-of-hours support', 'Reason 2'],
      [3, 'Training on trauma', 'Reason 3'],
    ])
    const fourth = await call('priorities.set', { workshopId, priorities: [...three, { gapId: gaps[3], rationale: '' }] })
    expect(fourth).toMatchObject({
      ok: false, error: { code: 'invalid', message: 'This workshop agrees at most 3 priorities. Remove one before adding another, or raise the limit.' },
    })
    expect(await call('priorities.setMax', { workshopId, max: 2 })).toMatchObject({
      ok: false, error: { fields: { max: '3 priorities are already agreed. Remove one before lowering the limit to 2.' } },
    })
    expect(await call('priorities.set', { workshopId, priorities: [three[0], three[0]] })).toMatchObject({ ok: false, error: { message: 'Each gap can be agreed as a priority only once.' } })
    expect((await value('priorities.get', { workshopId })).priorities).toHaveLength(3)

    await value('priorities.setMax', { workshopId, max: 4 })
    const four = await value('priorities.set', { workshopId, priorities: [{ gapId: gaps[3], rationale: 'Now first' }, ...three] })
    expect(four.priorities.map((p: { title: string }) => p.title)).toEqual(['Peer mentoring', 'Respite breaks', 'Out-of-hours support', 'Training on trauma'])
    expect(four.max).toBe(4)
  })
})

describe('presenter state and timer', () => {
  it('remembers the view and runs the timer on the pressing window’s clock', async () => {
    const { workshopId, gaps } = await workshopWithGapsAndGroups()
    expect(await value('presenter.get', { workshopId })).toMatchObject({ view: 'welcome', roundId: null, version: 0, timer: { durationMs: 600_000, runningSince: null, sound: false } })
    const round = await value('rounds.open', { workshopId, gapIds: gaps, settings: { method: 'points' } })
    expect(await value('presenter.show', { workshopId, view: 'voting', roundId: round.id })).toMatchObject({ view: 'voting', roundId: round.id, version: 1 })
    expect(await value('presenter.show', { workshopId, view: 'timer' })).toMatchObject({ view: 'timer', roundId: round.id, version: 2 })

    await value('presenter.timer', { workshopId, at: 1_000, command: { action: 'set', minutes: 120 } })
    await value('presenter.timer', { workshopId, at: 2_000, command: { action: 'start' } })
    const paused = await value('presenter.timer', { workshopId, at: 62_000, command: { action: 'pause' } })
    expect(paused.timer).toEqual({ durationMs: 7_200_000, elapsedMs: 60_000, runningSince: null, sound: false })
    expect(await call('presenter.timer', { workshopId, at: 0, command: { action: 'set', minutes: 181 } })).toMatchObject({
      ok: false, error: { message: 'The timer can run for at most 180 minutes (3 hours).' },
    })
    expect(await call('presenter.show', { workshopId, view: 'results', roundId: UNKNOWN_ID })).toMatchObject({ ok: false, error: { fields: { roundId: 'That voting round is not in this workshop.' } } })
    expect(await value('presenter.get', { workshopId })).toMatchObject({ view: 'timer', version: 5, timer: { elapsedMs: 60_000 } })
  })
})

describe('each person votes', () => {
  it('keeps one ballot per person with their table and role, shows counts only, and counts persons once revealed', async () => {
    const { workshopId, groups, gaps } = await workshopWithGapsAndGroups()
    const round = await value('rounds.open', { workshopId, gapIds: gaps, settings: { method: 'dots', dotsPerGroup: 2, capPerGap: null }, whoVotes: 'people' })
    expect(round).toMatchObject({ whoVotes: 'people', peopleVoted: 0, peopleExpected: 0, votedGroupIds: [] })
    expect(round.description[0]).toBe('Each person has 2 dots to place on the gaps they most want to act on first, and can put several on one gap.')

    const tableBallot = await call('ballots.cast', { roundId: round.id, groupId: groups[0], ballot: { method: 'dots', dots: { [gaps[0]!]: 2 } } })
    expect(tableBallot).toMatchObject({ ok: false, error: { code: 'conflict', message: 'In this round each person votes: record a ballot for one person at this table instead.' } })

    const first = await value('ballots.castForPerson', { roundId: round.id, groupId: groups[0], role: 'foster_carers', ballot: { method: 'dots', dots: { [gaps[0]!]: 2 } } })
    expect(first).toMatchObject({ workshopId, groupId: groups[0], peopleVoted: 1, votedGroupIds: [groups[0]] })
    await value('ballots.castForPerson', { roundId: round.id, groupId: groups[0], role: null, ballot: { method: 'dots', dots: { [gaps[1]!]: 2 } } })
    await value('ballots.castForPerson', { roundId: round.id, groupId: groups[2], role: 'supervising_social_workers', ballot: { method: 'dots', dots: { [gaps[2]!]: 1 } } })
    const tooMany = await call('ballots.castForPerson', { roundId: round.id, groupId: groups[2], role: null, ballot: { method: 'dots', dots: { [gaps[2]!]: 3 } } })
    expect(tooMany).toMatchObject({ ok: false, error: { message: 'This ballot places 3 dots, but each person has 2 dots.' } })

    const shown = await value('rounds.get', { id: round.id })
    expect(shown).toMatchObject({ peopleVoted: 3, peopleExpected: 3, peopleVotedByGroup: { [groups[0]!]: 2, [groups[2]!]: 1 }, votedGroupIds: [groups[0], groups[2]] })
    expect(JSON.stringify(shown)).not.toContain('"dots":{')
    expect(await call('rounds.results', { id: round.id })).toMatchObject({ ok: false, error: { code: 'conflict' } })

    const withdrawn = await value('ballots.withdrawPerson', { roundId: round.id, voterId: first.voterId })
    expect(withdrawn.peopleVoted).toBe(2)
    await value('ballots.castForPerson', { roundId: round.id, groupId: groups[1], role: 'foster_carers', ballot: { method: 'dots', dots: { [gaps[0]!]: 1, [gaps[3]!]: 1 } } })

    const { results } = await value('rounds.reveal', { id: round.id })
    expect(results).toMatchObject({ whoVotes: 'people', ballotCount: 3 })
    expect(results.groups.map((group: { groupName: string; voterCount: number }) => [group.groupName, group.voterCount])).toEqual([['Carers A', 1], ['Carers B', 1], ['Social workers', 1]])
    expect(results.roleSplit.sides.map((side: { label: string; voterCount: number }) => [side.label, side.voterCount])).toEqual([['Foster carers', 1], ['Professionals', 1]])
    expect(results.consensus.reading).toMatch(/people/)
  })

  it('refuses a person’s ballot in a round where each table votes', async () => {
    const { workshopId, groups, gaps } = await workshopWithGapsAndGroups()
    const round = await value('rounds.open', { workshopId, gapIds: gaps, settings: { method: 'points' } })
    expect(round.whoVotes).toBe('tables')
    const refused = await call('ballots.castForPerson', { roundId: round.id, groupId: groups[0], role: null, ballot: { method: 'points', points: { [gaps[0]!]: 100 } } })
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict', message: 'In this round each table votes: record the table’s ballot instead.' } })
  })

  it('carries who votes and each person’s ballot in the workshop file, without their phone’s id', async () => {
    const { workshopId, groups, gaps } = await workshopWithGapsAndGroups()
    const round = await value('rounds.open', { workshopId, gapIds: gaps, settings: { method: 'ranked', topK: 2 }, whoVotes: 'people' })
    const cast = await value('ballots.castForPerson', { roundId: round.id, groupId: groups[3], role: 'managers_leaders', ballot: { method: 'ranked', ranking: [gaps[1], gaps[0]] } })
    await value('rounds.reveal', { id: round.id })
    const file = await value('workshopFile.export', { workshopId })
    const text = Buffer.from(file.base64, 'base64').toString('utf8')
    expect(text).not.toContain(cast.voterId)
    expect(JSON.parse(text).rounds[0]).toMatchObject({ whoVotes: 'people', personBallots: [{ groupId: groups[3], role: 'managers_leaders' }] })
    const imported = await value('workshopFile.import', { text, asCopy: true })
    const [copy] = await value('rounds.list', { workshopId: imported.id })
    expect(copy).toMatchObject({ whoVotes: 'people', peopleVoted: 1, revealed: true })
    const { results } = await value('rounds.results', { id: copy!.id })
    expect(results.roleSplit.sides[1]).toMatchObject({ label: 'Professionals', voterCount: 1 })
  })
})
