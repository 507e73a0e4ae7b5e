import type { QueryKey } from '@tanstack/react-query'
import type { CallInput, CallName, CallOutput } from '../../../shared/api'
import type { WriteCall } from '../../../shared/api/effects'
import { callKey, heldKeys, queryClient } from './cache'

type Update<K extends WriteCall> = (input: CallInput<K>, output: CallOutput<K>) => QueryKey[]

/** Sets a query's answer if this window holds it (and only then), returning its key as settled. */
function put<K extends CallName>(name: K, input: CallInput<K>, change: (current: CallOutput<K>) => CallOutput<K>): QueryKey {
  const key = callKey(name, input)
  queryClient.setQueryData<CallOutput<K>>(key, (current) => (current === undefined ? undefined : change(current)))
  return key
}
/** Sets a query's answer outright: the write answered with all of it. */
function set<K extends CallName>(name: K, input: CallInput<K>, value: CallOutput<K>): QueryKey {
  const key = callKey(name, input)
  queryClient.setQueryData<CallOutput<K>>(key, value)
  return key
}

const replaceIn = <T extends { id: string }>(list: readonly T[], item: T): T[] => (list.some((candidate) => candidate.id === item.id) ? list.map((candidate) => (candidate.id === item.id ? item : candidate)) : [...list, item])
const without = <T extends { id: string }>(list: readonly T[], id: string): T[] => list.filter((candidate) => candidate.id !== id)

/**
 * What a write's own answer settles in this window's cache (TanStack Query's setQueryData), call by
 * call: the rest of the areas it changed are refetched where shown (queries.ts). A write missing here
 * is simply refetched, which is always right and costs a call.
 */
export const answerUpdates: { [K in WriteCall]?: Update<K> } = {
  'workshops.update': (input, workshop) => [set('workshops.get', { id: input.id }, workshop)],
  'groups.add': ({ workshopId }, group) => [put('groups.list', { workshopId }, (groups) => [...groups, group])],
  'groups.update': (_input, group) => [put('groups.list', { workshopId: group.workshopId }, (groups) => replaceIn(groups, group))],
  'groups.reorder': ({ workshopId }, groups) => [set('groups.list', { workshopId }, groups)],
  'agenda.set': ({ workshopId }, agenda) => [set('agenda.get', { workshopId }, agenda)],
  'agenda.setCurrent': ({ workshopId }, agenda) => [set('agenda.get', { workshopId }, agenda)],
  'notes.save': ({ workshopId, questionId, groupId }, note) => [
    set('notes.get', { workshopId, questionId, groupId }, note),
    put('notes.list', { workshopId }, (notes) => [...notes.filter((candidate) => candidate.questionId !== note.questionId || candidate.groupId !== note.groupId), note]),
  ],
  'offer.add': ({ workshopId }, item) => [put('offer.list', { workshopId }, (items) => [...items, item])],
  'offer.update': (_input, item) => [put('offer.list', { workshopId: item.workshopId }, (items) => replaceIn(items, item))],
  'offer.remove': ({ id }, { workshopId }) => [put('offer.list', { workshopId }, (items) => without(items, id))],
  'ratings.set': ({ workshopId }, rating) => [
    put('ratings.list', { workshopId }, (ratings) => [...ratings.filter((candidate) => candidate.tag !== rating.tag || candidate.groupId !== rating.groupId), rating]),
  ],
  // A gap's links, title or text: the gaps list takes it; what shows its title (priorities, rounds) is refetched.
  'gaps.create': (_input, gap) => [put('gaps.list', { workshopId: gap.workshopId }, (gaps) => [...gaps, gap])],
  'gaps.update': (_input, gap) => {
    const before = queryClient.getQueryData<CallOutput<'gaps.list'>>(callKey('gaps.list', { workshopId: gap.workshopId }))?.find((candidate) => candidate.id === gap.id)
    // A move on the map board changes links only: what shows the gap's title is still right.
    const titlesKept = before !== undefined && before.title === gap.title
    return [put('gaps.list', { workshopId: gap.workshopId }, (gaps) => replaceIn(gaps, gap)), ...(titlesKept ? heldKeys('rounds.list', 'rounds.get', 'rounds.results', 'priorities.get') : [])]
  },
  'gaps.delete': ({ id }, { deleted }) => [put('gaps.list', { workshopId: deleted.workshopId }, (gaps) => without(gaps, id))],
  'rounds.open': (_input, round) => [put('rounds.list', { workshopId: round.workshopId }, (rounds) => [...rounds, round]), set('rounds.get', { id: round.id }, round)],
  'rounds.close': (_input, round) => [put('rounds.list', { workshopId: round.workshopId }, (rounds) => replaceIn(rounds, round)), set('rounds.get', { id: round.id }, round)],
  // Reopened: its results are hidden again, so this window forgets them.
  'rounds.reopen': (_input, round) => {
    queryClient.removeQueries({ queryKey: callKey('rounds.results', { id: round.id }) })
    return [put('rounds.list', { workshopId: round.workshopId }, (rounds) => replaceIn(rounds, round)), set('rounds.get', { id: round.id }, round), callKey('rounds.results', { id: round.id })]
  },
  'rounds.reveal': (_input, { round, results, presenter }) => [
    put('rounds.list', { workshopId: round.workshopId }, (rounds) => replaceIn(rounds, round)),
    set('rounds.get', { id: round.id }, round),
    set('rounds.results', { id: round.id }, { round, results }),
    set('presenter.get', { workshopId: round.workshopId }, presenter),
  ],
  // Who has voted (never what): the round everywhere this window shows it.
  'ballots.cast': (_input, receipt) => votedIn(receipt),
  'ballots.withdraw': (_input, receipt) => votedIn(receipt),
  'priorities.set': ({ workshopId }, priorities) => [set('priorities.get', { workshopId }, priorities)],
  'priorities.setMax': ({ workshopId }, priorities) => [set('priorities.get', { workshopId }, priorities)],
  'presenter.show': ({ workshopId }, state) => [set('presenter.get', { workshopId }, state)],
  'presenter.page': ({ workshopId }, state) => [set('presenter.get', { workshopId }, state)],
  'presenter.timer': ({ workshopId }, state) => [set('presenter.get', { workshopId }, state)],
  'plan.savePriority': ({ workshopId }, planned) => [put('plan.get', { workshopId }, (plan) => plan.map((candidate) => (candidate.gapId === planned.gapId ? planned : candidate)))],
}

function votedIn({ roundId, workshopId, votedGroupIds }: CallOutput<'ballots.cast'>): QueryKey[] {
  return [
    put('rounds.list', { workshopId }, (rounds) => rounds.map((round) => (round.id === roundId ? { ...round, votedGroupIds } : round))),
    put('rounds.get', { id: roundId }, (round) => ({ ...round, votedGroupIds })),
  ]
}
