import { startTransition, useEffect, useState } from 'react'
import { useApi } from '../../api/queries'
import type { StepProps } from '../StepProps'
import { ErrorMessage } from '../../ui/Status'
import { lazyPart, Loading } from '../../ui/Loading'
import { whenIdle } from '../../api/idle'
import { BoardSection } from './BoardSection'
import './prioritise.css'

// The rounds, priorities, phones, inbox and shared-screen controls: a chunk of their own, fetched and
// drawn once the map board is on screen.
const Panels = lazyPart(() => import('./PrioritisePanels').then((module) => module.PrioritisePanels))

/** The longest the panels' code waits for the page to be idle once the board is painted. */
const PANELS_IDLE_WAIT_MS = 250

/**
 * False until the step has been painted once and the panels' code is in, then true (as a transition,
 * which gives way to the facilitator's own input): the panels are fetched and drawn after the board,
 * not before it, and drawn at once, with no “Loading…” in between. Their code is asked for once the
 * page is idle after that paint (or PANELS_IDLE_WAIT_MS at most): starting its fetch is itself work on
 * the main thread (a request and a preload for each of its files), which waits behind the board's own
 * work rather than ahead of a key press on it.
 */
function usePanelsAfterFirstPaint(): boolean {
  const [after, setAfter] = useState(false)
  useEffect(() => {
    let gone = false
    let idle: (() => void) | undefined
    const load = () => void Panels.preload().then(() => !gone && startTransition(() => setAfter(true)))
    // A frame's callback runs just before that frame is painted; an idle callback asked for from it, after.
    const frame = requestAnimationFrame(() => (idle = whenIdle(load, PANELS_IDLE_WAIT_MS)))
    return () => {
      gone = true
      cancelAnimationFrame(frame)
      idle?.()
    }
  }, [])
  return after
}

/** Step 2: groups vote on the gaps, the results are revealed, and the shared screen follows along. */
export function PrioritiseStep({ workshop }: StepProps) {
  const workshopId = workshop.id
  const gaps = useApi('gaps.list', { workshopId })
  const groups = useApi('groups.list', { workshopId })
  const painted = usePanelsAfterFirstPaint()

  const failed = gaps.error ?? groups.error
  if (failed) return <ErrorMessage>{failed.message}</ErrorMessage>
  if (!gaps.data || !groups.data) return <p>Loading…</p>

  return (
    <div className="prioritise">
      {/* The stepper already says where we are; the heading is there for the page's outline. */}
      <h2 className="visually-hidden">Prioritise</h2>
      {gaps.data.length > 0 && <BoardSection workshop={workshop} gaps={gaps.data} />}
      {painted ? (
        <Loading>
          <Panels workshopId={workshopId} gaps={gaps.data} groups={groups.data} />
        </Loading>
      ) : (
        <p>Loading…</p>
      )}
    </div>
  )
}
