import { useEffect, useState } from 'react'
import { MAX_TIMER_MINUTES, PRESENTER_VIEWS, PRESENTER_VIEW_LABELS, type PresenterState, type PresenterView, type TimerAction } from '../../../../shared/domain/presenter'
import { request, RequestError } from '../../api/client'
import { Field } from '../../ui/Field'
import { ErrorMessage } from '../../ui/Status'
import { TimerFace } from '../../parts/TimerFace'
import { announcePresenterChange, openPresenterWindow, usePulse } from '../../parts/presenterSync'
import { useNow } from '../../parts/useNow'

interface PresenterControlsProps {
  workshopId: string
  /** The round the voting and results views show, when the facilitator picks one of those. */
  roundId: string | null
}

/** The facilitator's side of the shared screen: open the presenter window, choose what it shows, run the timer. */
export function PresenterControls({ workshopId, roundId }: PresenterControlsProps) {
  const pulse = usePulse(workshopId)
  const [state, setState] = useState<PresenterState>()
  const [error, setError] = useState<string>()
  const [minutes, setMinutes] = useState('10')
  const [minutesError, setMinutesError] = useState<string>()
  const now = useNow(state?.timer.runningSince != null)

  useEffect(() => {
    let current = true
    request('presenter.get', { workshopId }).then(
      (value) => current && setState(value),
      (failure: unknown) => current && setError(failure instanceof Error ? failure.message : String(failure)),
    )
    return () => {
      current = false
    }
  }, [workshopId, pulse])

  const apply = async (work: () => Promise<PresenterState>) => {
    try {
      setState(await work())
      setError(undefined)
      announcePresenterChange(workshopId)
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure))
    }
  }
  const show = (view: PresenterView) => {
    // Optimistic, so the radio button follows the press at once; the answer (or an error) settles it.
    setState((current) => current && { ...current, view })
    return apply(() => request('presenter.show', { workshopId, view, ...(view === 'voting' || view === 'results' ? { roundId } : {}) }))
  }
  const timer = (command: TimerAction) => apply(() => request('presenter.timer', { workshopId, at: Date.now(), command }))
  const setTimer = async () => {
    try {
      setState(await request('presenter.timer', { workshopId, at: Date.now(), command: { action: 'set', minutes: Number(minutes) } }))
      setMinutesError(undefined)
      announcePresenterChange(workshopId)
    } catch (failure) {
      setMinutesError(failure instanceof RequestError ? (failure.error.fields?.['command.minutes'] ?? failure.message) : String(failure))
    }
  }

  const running = state?.timer.runningSince != null
  return (
    <section className="presenter-controls" aria-labelledby="presenter-controls-heading">
      <h2 id="presenter-controls-heading">Shared screen</h2>
      <p>
        <button type="button" className="button button--primary" onClick={() => openPresenterWindow(workshopId)}>
          Open presenter window
        </button>{' '}
        <span className="field__hint">Drag it to the projector; in the desktop app it opens full screen there.</span>
      </p>
      {error && <ErrorMessage>{error}</ErrorMessage>}
      <fieldset className="presenter-controls__views">
        <legend>Show on the shared screen</legend>
        {PRESENTER_VIEWS.map((view) => (
          <label key={view} className="choice">
            <input
              type="radio"
              name={`presenter-view-${workshopId}`}
              value={view}
              checked={state?.view === view}
              disabled={!state || ((view === 'voting' || view === 'results') && roundId === null && state.roundId === null)}
              onChange={() => void show(view)}
            />
            {PRESENTER_VIEW_LABELS[view]}
          </label>
        ))}
      </fieldset>
      <fieldset className="presenter-controls__timer">
        <legend>Discussion timer</legend>
        {state && <TimerFace timer={state.timer} now={now} size="small" />}
        <div className="presenter-controls__row">
          <Field label="Length in minutes" hint={`1 to ${MAX_TIMER_MINUTES} (3 hours)`} error={minutesError}>
            {(props) => (
              <input {...props} type="number" inputMode="numeric" min={1} max={MAX_TIMER_MINUTES} value={minutes} onChange={(event) => setMinutes(event.target.value)} className="input--short" />
            )}
          </Field>
          <button type="button" className="button" onClick={() => void setTimer()}>Set timer</button>
        </div>
        <div className="presenter-controls__row">
          <button type="button" className="button button--primary" disabled={!state || running} onClick={() => void timer({ action: 'start' })}>Start</button>
          <button type="button" className="button" disabled={!state || !running} onClick={() => void timer({ action: 'pause' })}>Pause</button>
          <button type="button" className="button" disabled={!state} onClick={() => void timer({ action: 'addMinute' })}>Add a minute</button>
          <button type="button" className="button button--quiet" disabled={!state} onClick={() => void timer({ action: 'reset' })}>Reset</button>
        </div>
        <label className="choice">
          <input type="checkbox" checked={state?.timer.sound ?? false} disabled={!state} onChange={(event) => void timer({ action: 'sound', on: event.target.checked })} />
          Play a soft chime on the presenter window when time is up
        </label>
      </fieldset>
    </section>
  )
}
