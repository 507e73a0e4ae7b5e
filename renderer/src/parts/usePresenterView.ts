import { tagLabel } from '../../../shared/content/read'
import type { Pack } from '../../../shared/content/schema'
import type { CallOutput } from '../../../shared/api'
import type { BoardAxis } from '../../../shared/domain/board'
import type { PresenterState } from '../../../shared/domain/presenter'
import { boardPages, prioritiesPages, resultsPages, votingPages, type BoardPage } from '../../../shared/domain/presenterPages'
import type { Workshop } from '../../../shared/domain/workshop'
import { useApi } from '../api/queries'
import { useBoardAxis } from './useBoardAxis'
import { resultRows } from './ResultsChart'

/** What a view of the shared screen shows, read once for both windows, with its pages. */
export type PresenterView =
  | { view: 'welcome' | 'timer' | 'question'; pages: 1 }
  | { view: 'board'; pages: number; pack: Pack; axis: BoardAxis; board: BoardPage[]; gaps: CallOutput<'gaps.list'> }
  | { view: 'join'; pages: 1; room: CallOutput<'room.status'> }
  | { view: 'voting'; pages: number; round: CallOutput<'rounds.get'>; groups: CallOutput<'groups.list'>; byPage: number[][] }
  | { view: 'results'; pages: number; shown: CallOutput<'rounds.results'>; byPage: number[][] }
  | { view: 'priorities'; pages: number; priorities: CallOutput<'priorities.get'>['priorities']; byPage: number[][] }

export type PresenterContent = { ready: true; content: PresenterView } | { ready: false; quiet: string }

/** A column's heading on the board, as the presenter writes it ("KP4 Foster carers' own needs"). */
export function boardColumnTitle(pack: Pack, column: string): string {
  return column === 'tray' ? 'Not yet linked' : `${column} ${tagLabel(pack, column as never).replace(/^[^:]*: /, '')}`
}

/**
 * The data the shown view needs and how it pages, through the same queries in the presenter window
 * (which draws it) and the facilitator's (which says "page n of m"), so both count the same pages.
 */
export function usePresenterView(workshop: Workshop | undefined, state: PresenterState | undefined): PresenterContent {
  const workshopId = workshop?.id ?? ''
  const view = state?.view
  const roundId = state?.roundId ?? null
  const [axis] = useBoardAxis(workshopId)
  const pack = useApi('packs.get', workshop?.pack ?? { id: '' }, { enabled: view === 'board' && workshop !== undefined })
  const gaps = useApi('gaps.list', { workshopId }, { enabled: view === 'board' && workshop !== undefined })
  // The workshop's rounds rather than the one: the facilitator's window holds that list already.
  const rounds = useApi('rounds.list', { workshopId }, { enabled: view === 'voting' && roundId !== null && workshop !== undefined })
  const groups = useApi('groups.list', { workshopId }, { enabled: view === 'voting' && workshop !== undefined })
  const room = useApi('room.status', { workshopId }, { enabled: view === 'join' && workshop !== undefined })
  const results = useApi('rounds.results', { id: roundId ?? '' }, { enabled: view === 'results' && roundId !== null })
  const priorities = useApi('priorities.get', { workshopId }, { enabled: view === 'priorities' && workshop !== undefined })

  if (!state || !workshop) return { ready: false, quiet: 'Connecting…' }
  switch (state.view) {
    case 'welcome':
    case 'timer':
    case 'question':
      return { ready: true, content: { view: state.view, pages: 1 } }
    case 'board': {
      if (pack.error ?? gaps.error) return { ready: false, quiet: (pack.error ?? gaps.error)!.message }
      if (!pack.data || !gaps.data) return { ready: false, quiet: 'Loading the gaps…' }
      const board = boardPages(gaps.data, axis, (column) => boardColumnTitle(pack.data, column))
      return { ready: true, content: { view: 'board', pages: board.length, pack: pack.data, axis, board, gaps: gaps.data } }
    }
    case 'join': {
      if (room.error) return { ready: false, quiet: room.error.message }
      if (!room.data) return { ready: false, quiet: 'Loading…' }
      return { ready: true, content: { view: 'join', pages: 1, room: room.data } }
    }
    case 'voting': {
      if (roundId === null) return { ready: false, quiet: 'No voting round is open.' }
      if (rounds.error ?? groups.error) return { ready: false, quiet: (rounds.error ?? groups.error)!.message }
      if (!rounds.data || !groups.data) return { ready: false, quiet: 'Loading the round…' }
      const round = rounds.data.find((candidate) => candidate.id === roundId)
      if (!round) return { ready: false, quiet: 'That voting round is no longer there.' }
      const byPage = votingPages(groups.data.map((group) => group.name))
      return { ready: true, content: { view: 'voting', pages: byPage.length, round, groups: groups.data, byPage } }
    }
    case 'results': {
      if (roundId === null) return { ready: false, quiet: 'No voting round has been chosen.' }
      if (results.error) return { ready: false, quiet: results.error.message }
      if (!results.data) return { ready: false, quiet: 'Loading the results…' }
      const byPage = resultsPages(resultRows(results.data.round, results.data.results).map((row) => row.title))
      return { ready: true, content: { view: 'results', pages: byPage.length, shown: results.data, byPage } }
    }
    case 'priorities': {
      if (priorities.error) return { ready: false, quiet: priorities.error.message }
      if (!priorities.data) return { ready: false, quiet: 'Loading the priorities…' }
      const byPage = prioritiesPages(priorities.data.priorities)
      return { ready: true, content: { view: 'priorities', pages: byPage.length, priorities: priorities.data.priorities, byPage } }
    }
  }
}
