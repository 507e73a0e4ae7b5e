import { useState } from 'react'
import { METHOD_LABELS } from '../../../../shared/domain/voting/settings'
import type { Gap } from '../../../../shared/domain/gaps'
import type { Group } from '../../../../shared/domain/workshop'
import { useApi } from '../../api/queries'
import { ErrorMessage } from '../../ui/Status'
import { PresenterControls } from './PresenterControls'
import { AgreePanel } from './AgreePanel'
import { OpenRoundForm } from './OpenRoundForm'
import { RoundPanel } from './RoundPanel'
import { PhonesPanel } from './PhonesPanel'
import { InboxPanel } from './InboxPanel'

/**
 * Everything of the Prioritise step below its map board: voting rounds, the agreed priorities, the
 * phones, the inbox and the shared screen's controls. A chunk of its own, shown once the board has been
 * drawn (PrioritiseStep), so a page opening on the step can drag cards before all of this is in.
 */
export function PrioritisePanels({ workshopId, gaps, groups }: { workshopId: string; gaps: readonly Gap[]; groups: readonly Group[] }) {
  const rounds = useApi('rounds.list', { workshopId })
  const [selected, setSelected] = useState<string>()
  if (rounds.error) return <ErrorMessage>{rounds.error.message}</ErrorMessage>
  if (!rounds.data) return <p>Loading…</p>
  const round = rounds.data.find((candidate) => candidate.id === selected) ?? rounds.data.at(-1)

  return (
    <div className="prioritise__columns">
      <div className="prioritise__main">
        {groups.length === 0 && <p>Add the groups in the room (Set-up) before voting.</p>}
        {gaps.length < 2 ? (
          <p>Name at least two gaps in Assess before voting on them.</p>
        ) : (
          <OpenRoundForm key={gaps.map((gap) => gap.id).join()} workshopId={workshopId} gaps={gaps} onOpened={(opened) => setSelected(opened.id)} />
        )}
        {rounds.data.length > 1 && (
          <nav aria-label="Voting rounds" className="round-history">
            <h3>Rounds so far</h3>
            <ul>
              {rounds.data.map((candidate) => (
                <li key={candidate.id}>
                  <button type="button" className="button button--quiet" aria-current={candidate.id === round?.id ? 'true' : undefined} onClick={() => setSelected(candidate.id)}>
                    Round {candidate.number}: {METHOD_LABELS[candidate.method].toLowerCase()}
                    {candidate.revealed ? ', revealed' : candidate.status === 'open' ? ', open' : ', closed'}
                  </button>
                </li>
              ))}
            </ul>
          </nav>
        )}
        {round && <RoundPanel key={round.id} round={round} groups={groups} />}
        <AgreePanel workshopId={workshopId} gaps={gaps} />
      </div>
      <aside className="prioritise__side">
        <PhonesPanel workshopId={workshopId} groups={groups} />
        <InboxPanel workshopId={workshopId} gaps={gaps} groups={groups} />
        <PresenterControls workshopId={workshopId} roundId={round?.id ?? null} />
      </aside>
    </div>
  )
}
