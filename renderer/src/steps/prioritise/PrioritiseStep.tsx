import { useCallback, useEffect, useState } from 'react'
import type { Gap } from '../../../../shared/domain/gaps'
import type { Round } from '../../../../shared/domain/voting/rounds'
import { METHOD_LABELS } from '../../../../shared/domain/voting/settings'
import type { Group } from '../../../../shared/domain/workshop'
import { request } from '../../api/client'
import type { StepProps } from '../StepProps'
import { PresenterControls } from './PresenterControls'
import { announcePresenterChange } from '../../parts/presenterSync'
import { ErrorMessage } from '../../ui/Status'
import { AgreePanel } from './AgreePanel'
import { BoardSection } from './BoardSection'
import { OpenRoundForm } from './OpenRoundForm'
import { RoundPanel } from './RoundPanel'
import './prioritise.css'

interface Loaded {
  gaps: Gap[]
  groups: Group[]
  rounds: Round[]
}

/** Step 2: groups vote on the gaps, the results are revealed, and the shared screen follows along. */
export function PrioritiseStep({ workshop }: StepProps) {
  const workshopId = workshop.id
  const [data, setData] = useState<Loaded>()
  const [error, setError] = useState<string>()
  const [selected, setSelected] = useState<string>()

  const load = useCallback(async () => {
    try {
      const [gaps, groups, rounds] = await Promise.all([
        request('gaps.list', { workshopId }),
        request('groups.list', { workshopId }),
        request('rounds.list', { workshopId }),
      ])
      setData({ gaps, groups, rounds })
      setError(undefined)
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure))
    }
  }, [workshopId])
  useEffect(() => {
    void load()
  }, [load])

  const gapSaved = useCallback(
    (gap: Gap) => {
      setData((current) => current && { ...current, gaps: current.gaps.map((candidate) => (candidate.id === gap.id ? gap : candidate)) })
      announcePresenterChange(workshopId)
    },
    [workshopId],
  )

  const changed = async (round?: Round) => {
    if (round) setSelected(round.id)
    await load()
    announcePresenterChange(workshopId)
  }

  if (error) return <ErrorMessage>{error}</ErrorMessage>
  if (!data) return <p>Loading…</p>
  const round = data.rounds.find((candidate) => candidate.id === selected) ?? data.rounds.at(-1)

  return (
    <div className="prioritise">
      <h2>Prioritise</h2>
      {data.gaps.length > 0 && <BoardSection workshop={workshop} gaps={data.gaps} onGapSaved={gapSaved} />}
      <div className="prioritise__columns">
        <div className="prioritise__main">
          {data.groups.length === 0 && <p>Add the groups in the room (Set-up) before voting.</p>}
          {data.gaps.length < 2 ? (
            <p>Name at least two gaps in Assess before voting on them.</p>
          ) : (
            <OpenRoundForm key={data.gaps.map((gap) => gap.id).join()} workshopId={workshopId} gaps={data.gaps} onOpened={(opened) => void changed(opened)} />
          )}
          {data.rounds.length > 1 && (
            <nav aria-label="Voting rounds" className="round-history">
              <h3>Rounds so far</h3>
              <ul>
                {data.rounds.map((candidate) => (
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
          {round && <RoundPanel key={round.id} round={round} groups={data.groups} onChanged={(next) => void changed(next)} />}
          <AgreePanel workshopId={workshopId} gaps={data.gaps} onChanged={() => announcePresenterChange(workshopId)} />
        </div>
        <aside className="prioritise__side">
          <PresenterControls workshopId={workshopId} roundId={round?.id ?? null} />
        </aside>
      </div>
    </div>
  )
}
