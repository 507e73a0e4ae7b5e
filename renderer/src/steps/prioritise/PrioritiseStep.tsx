import { useState } from 'react'
import { METHOD_LABELS } from '../../../../shared/domain/voting/settings'
import { useApi } from '../../api/queries'
import type { StepProps } from '../StepProps'
import { PresenterControls } from './PresenterControls'
import { ErrorMessage } from '../../ui/Status'
import { AgreePanel } from './AgreePanel'
import { BoardSection } from './BoardSection'
import { OpenRoundForm } from './OpenRoundForm'
import { RoundPanel } from './RoundPanel'
import { PhonesPanel } from './PhonesPanel'
import { InboxPanel } from './InboxPanel'
import './prioritise.css'

/** Step 2: groups vote on the gaps, the results are revealed, and the shared screen follows along. */
export function PrioritiseStep({ workshop }: StepProps) {
  const workshopId = workshop.id
  const gaps = useApi('gaps.list', { workshopId })
  const groups = useApi('groups.list', { workshopId })
  const rounds = useApi('rounds.list', { workshopId })
  const [selected, setSelected] = useState<string>()

  const failed = gaps.error ?? groups.error ?? rounds.error
  if (failed) return <ErrorMessage>{failed.message}</ErrorMessage>
  if (!gaps.data || !groups.data || !rounds.data) return <p>Loading…</p>
  const round = rounds.data.find((candidate) => candidate.id === selected) ?? rounds.data.at(-1)

  return (
    <div className="prioritise">
      {/* The stepper already says where we are; the heading is there for the page's outline. */}
      <h2 className="visually-hidden">Prioritise</h2>
      {gaps.data.length > 0 && <BoardSection workshop={workshop} gaps={gaps.data} />}
      <div className="prioritise__columns">
        <div className="prioritise__main">
          {groups.data.length === 0 && <p>Add the groups in the room (Set-up) before voting.</p>}
          {gaps.data.length < 2 ? (
            <p>Name at least two gaps in Assess before voting on them.</p>
          ) : (
            <OpenRoundForm key={gaps.data.map((gap) => gap.id).join()} workshopId={workshopId} gaps={gaps.data} onOpened={(opened) => setSelected(opened.id)} />
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
          {round && <RoundPanel key={round.id} round={round} groups={groups.data} />}
          <AgreePanel workshopId={workshopId} gaps={gaps.data} />
        </div>
        <aside className="prioritise__side">
          <PhonesPanel workshopId={workshopId} groups={groups.data} />
          <InboxPanel workshopId={workshopId} gaps={gaps.data} groups={groups.data} />
          <PresenterControls workshopId={workshopId} roundId={round?.id ?? null} />
        </aside>
      </div>
    </div>
  )
}
