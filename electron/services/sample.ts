import type { CallName, CallInput, CallOutput } from '../../shared/api/contract'
import { GUIDE_TAGS } from '../../shared/domain/links'
import { dispatch } from './dispatch'
import {
  AGREED,
  CARRIED,
  CYCLE_ONE,
  CYCLE_ONE_GROUPS,
  CYCLE_ONE_PRIORITIES,
  CYCLE_ONE_RATINGS,
  CYCLE_TWO,
  CYCLE_TWO_GAPS,
  CYCLE_TWO_GROUPS,
  CYCLE_TWO_NOTES,
  CYCLE_TWO_PLANS,
  CYCLE_TWO_RATINGS,
  DOT_ROUND,
  RANKED_ROUND,
  SAMPLE_AREA,
  YOU_SAID,
} from './sample-data'
import type { Handlers, HandlersFor } from './types'

/** Every step goes through the public calls, validated by the contract, as a facilitator's clicks would. */
function caller(handlers: Handlers) {
  return async <K extends CallName>(name: K, input: CallInput<K>): Promise<CallOutput<K>> => {
    const result = await dispatch(handlers, name, input, () => undefined)
    if (!result.ok) throw new Error(`The sample workshop could not be made (${name}): ${result.error.message}`)
    return result.value as CallOutput<K>
  }
}

const OFFER = [
  { name: 'Evening peer support group (north)', kind: 'local' as const, deliveredBy: 'Supervising social workers with carers', takeUp: 'Drop in, monthly', notes: 'Started in cycle one.', links: ['KP3' as const, 'R7' as const] },
  { name: 'Positive behaviour support programme', kind: 'evidence_based' as const, deliveredBy: 'Commissioned provider', takeUp: 'Referral by supervising social worker', notes: 'Ten carers waiting.', links: ['KP5' as const, 'R2' as const] },
  { name: 'Out-of-hours fostering advice rota', kind: 'local' as const, deliveredBy: 'Fostering practitioners with the emergency duty team', takeUp: 'Phone, any time', notes: '', links: ['KP1' as const, 'KP4' as const] },
  { name: 'Carer wellbeing sessions', kind: 'local' as const, deliveredBy: 'Participation officer', takeUp: 'Booked sessions, termly', notes: '', links: ['KP4' as const, 'R4' as const] },
]

/**
 * Makes the sample: a first cycle with its ratings, priorities and actions, then the second cycle
 * started from it, with five groups, about 25 gaps, notes, the support offer, a dot round and a ranked
 * round (both revealed), agreed priorities, a plan with actions in mixed states, and the report-back table.
 * Returns the second cycle's workshop id. If anything fails, what was made is deleted again.
 */
export async function createSampleWorkshop(handlers: Handlers): Promise<string> {
  const call = caller(handlers)
  const made: string[] = []
  try {
    // Cycle one.
    const first = await call('workshops.create', { title: CYCLE_ONE.title, localArea: SAMPLE_AREA, date: CYCLE_ONE.date, venue: CYCLE_ONE.venue, facilitators: CYCLE_ONE.facilitators, cycle: 1, notes: CYCLE_ONE.notes })
    made.push(first.id)
    const firstGroups: Array<{ id: string }> = []
    for (const group of CYCLE_ONE_GROUPS) firstGroups.push(await call('groups.add', { workshopId: first.id, details: group }))
    for (const tag of GUIDE_TAGS) {
      const rating = CYCLE_ONE_RATINGS[tag]
      if (rating) await call('ratings.set', { workshopId: first.id, tag, rating, comment: '' })
    }
    const firstPriorityGaps: Array<{ id: string }> = []
    for (const priority of CYCLE_ONE_PRIORITIES) {
      const gap = await call('gaps.create', { workshopId: first.id, details: { title: priority.title, detail: priority.detail, links: priority.links, groupIds: firstGroups.map((group) => group.id), sourceQuestionId: null, edie: false } })
      firstPriorityGaps.push(gap)
    }
    await call('priorities.set', { workshopId: first.id, priorities: CYCLE_ONE_PRIORITIES.map((priority, index) => ({ gapId: firstPriorityGaps[index]!.id, rationale: priority.rationale })) })
    for (const [index, priority] of CYCLE_ONE_PRIORITIES.entries()) {
      const gapId = firstPriorityGaps[index]!.id
      await call('plan.savePriority', { workshopId: first.id, gapId, plan: { aim: priority.aim, team: { name: priority.team, lead: priority.actions[0]!.lead, members: [{ role: 'foster_carers', name: '' }, { role: 'supervising_social_workers', name: '' }] } } })
      for (const action of priority.actions) {
        const added = await call('actions.add', { workshopId: first.id, gapId, details: { action: action.action, lead: action.lead, byWhen: action.byWhen, outcome: action.outcome, measure: '', status: 'awaiting_start' } })
        await call('actions.log', { id: added.id, update: { date: action.byWhen < '2026-11-01' ? action.byWhen : '2026-10-31', status: action.status, text: action.update } })
      }
    }
    await call('review.saveYouSaid', { workshopId: first.id, rows: [] })

    // Cycle two, started from cycle one: open priorities and actions and the ratings come with it.
    // Started on the day cycle two met, so what it carries forward is dated then, not on the day the sample is tried.
    const second = await call('cycles.startNext', { workshopId: first.id, date: CYCLE_TWO.date })
    made.push(second.id)
    await call('workshops.update', {
      id: second.id,
      details: { title: second.title, localArea: SAMPLE_AREA, date: CYCLE_TWO.date, venue: CYCLE_TWO.venue, facilitators: CYCLE_ONE.facilitators, cycle: 2, notes: CYCLE_TWO.notes },
    })
    const groups: Array<{ id: string }> = []
    for (const group of CYCLE_TWO_GROUPS) groups.push(await call('groups.add', { workshopId: second.id, details: group }))
    for (const item of OFFER) await call('offer.add', { workshopId: second.id, details: item })

    const gapIds = new Map<string, string>()
    for (const gap of CYCLE_TWO_GAPS) {
      const created = await call('gaps.create', {
        workshopId: second.id,
        details: { title: gap.title, detail: gap.detail, links: gap.links, groupIds: gap.groups.map((index) => groups[index]!.id), sourceQuestionId: gap.question ?? null, edie: gap.edie ?? false },
      })
      gapIds.set(gap.key, created.id)
    }
    const gap = (key: string) => {
      const id = gapIds.get(key)
      if (!id) throw new Error(`The sample names a gap it does not have: ${key}`)
      return id
    }

    for (const { question, notes } of CYCLE_TWO_NOTES) {
      for (const [groupIndex, text] of notes) await call('notes.save', { workshopId: second.id, questionId: question, groupId: groups[groupIndex]!.id, text, baseRevision: 0 })
    }
    for (const tag of GUIDE_TAGS) {
      const rating = CYCLE_TWO_RATINGS[tag]
      if (rating) await call('ratings.set', { workshopId: second.id, tag, rating: rating[0], comment: rating[1] })
    }
    // Where groups differed from the room on short breaks and own wellbeing.
    await call('ratings.set', { workshopId: second.id, tag: 'KP4', groupId: groups[0]!.id, rating: 'red', comment: 'Still no planned breaks.' })
    await call('ratings.set', { workshopId: second.id, tag: 'KP4', groupId: groups[4]!.id, rating: 'green', comment: 'Night-time advice is working.' })

    const dots = await call('rounds.open', { workshopId: second.id, gapIds: DOT_ROUND.gaps.map(gap), settings: { method: 'dots', dotsPerGroup: 3, capPerGap: 2 } })
    for (const [index, ballot] of DOT_ROUND.ballots.entries()) {
      await call('ballots.cast', { roundId: dots.id, groupId: groups[index]!.id, ballot: { method: 'dots', dots: Object.fromEntries(Object.entries(ballot).map(([key, count]) => [gap(key), count])) } })
    }
    await call('rounds.reveal', { id: dots.id })
    const ranked = await call('rounds.open', { workshopId: second.id, gapIds: RANKED_ROUND.gaps.map(gap), settings: { method: 'ranked', topK: 3 } })
    for (const [index, ranking] of RANKED_ROUND.ballots.entries()) {
      await call('ballots.cast', { roundId: ranked.id, groupId: groups[index]!.id, ballot: { method: 'ranked', ranking: ranking.map(gap) } })
    }
    await call('rounds.reveal', { id: ranked.id })

    // The carried priority stays, with why; its open action gets a new date. The room adds the three it agreed this time.
    const carried = (await call('priorities.get', { workshopId: second.id })).priorities
    for (const action of (await call('plan.get', { workshopId: second.id })).flatMap((priority) => priority.actions)) {
      const { action: words, lead, outcome, measure, status } = action
      await call('actions.update', { id: action.id, details: { action: words, lead, byWhen: CARRIED.byWhen, outcome, measure, status } })
      await call('actions.log', { id: action.id, update: CARRIED.update })
    }
    await call('priorities.setMax', { workshopId: second.id, max: carried.length + AGREED.length })
    await call('priorities.set', {
      workshopId: second.id,
      priorities: [...AGREED.map((agreed) => ({ gapId: gap(agreed.key), rationale: agreed.rationale })), ...carried.map(({ gapId }) => ({ gapId, rationale: CARRIED.rationale }))],
    })
    for (const agreed of AGREED) {
      const plan = CYCLE_TWO_PLANS[agreed.key]!
      const gapId = gap(agreed.key)
      await call('plan.savePriority', { workshopId: second.id, gapId, plan: { aim: plan.aim, team: { name: plan.team, lead: plan.lead, members: plan.members.map((role) => ({ role, name: '' })) } } })
      for (const action of plan.actions) {
        const added = await call('actions.add', { workshopId: second.id, gapId, details: { action: action.action, lead: action.lead, byWhen: action.byWhen, outcome: action.outcome, measure: action.measure, status: 'awaiting_start' } })
        for (const update of action.updates) await call('actions.log', { id: added.id, update })
      }
    }
    await call('review.saveYouSaid', { workshopId: second.id, rows: YOU_SAID })
    return second.id
  } catch (error) {
    for (const id of made.reverse()) await dispatch(handlers, 'workshops.delete', { id }, () => undefined)
    throw error
  }
}

/** The sample is made through every other call, so it is built over the whole map of handlers. */
export function sampleHandlers(all: () => Handlers): HandlersFor<'sample'> {
  return {
    'sample.create': async () => ({ workshopId: await createSampleWorkshop(all()) }),
  }
}
