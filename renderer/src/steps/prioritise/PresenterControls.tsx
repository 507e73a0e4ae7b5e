import { useRef, useState } from 'react'
import { MAX_TIMER_MINUTES, PRESENTER_VIEWS, PRESENTER_VIEW_LABELS, type PresenterState, type PresenterView, type TimerAction } from '../../../../shared/domain/presenter'
import { messageOf, RequestError } from '../../api/client'
import { callKey, queryClient, useApi, useWrite, write } from '../../api/queries'
import { Field } from '../../ui/Field'
import { ErrorMessage } from '../../ui/Status'
import { TimerFace } from '../../parts/TimerFace'
import { openPresenterWindow } from '../../parts/presenterWindow'
import { usePageKeys } from '../../parts/usePageKeys'
import { usePresenterView } from '../../parts/usePresenterView'
import { shownPage } from '../../../../shared/domain/presenterPages'
import { useNow } from '../../parts/useNow'

interface PresenterControlsProps {
  workshopId: string
  /** The round the voting and results views show, when the facilitator picks one of those. */
  roundId: string | null
}

/** The facilitator's side of the shared screen: open the presenter window, choose what it shows, run the timer. */
export function PresenterControls({ workshopId, roundId }: PresenterControlsProps) {
  const presenter = useApi('presenter.get', { workshopId })
  const workshop = useApi('workshops.get', { id: workshopId })
  const room = useApi('room.status', { workshopId })
  const state = presenter.data
  // The shared screen's pages, counted from the same data the presenter window draws.
  const shown = usePresenterView(workshop.data, state)
  const pages = shown.ready ? shown.content.pages : 1
  const page = shownPage(state?.page ?? 0, pages)
  const panel = useRef<HTMLElement>(null)
  const [error, setError] = useState<string>()
  const [minutes, setMinutes] = useState('10')
  const [minutesError, setMinutesError] = useState<string>()
  const now = useNow(state?.timer.runningSince != null)

  const apply = async (work: () => Promise<PresenterState>) => {
    try {
      await work()
      setError(undefined)
    } catch (failure) {
      setError(messageOf(failure))
    }
  }
  const key = callKey('presenter.get', { workshopId })
  const showing = useWrite('presenter.show', {
    onMutate: async ({ view, pinned }) => {
      await queryClient.cancelQueries({ queryKey: key })
      const before = queryClient.getQueryData<PresenterState>(key)
      if (before) queryClient.setQueryData<PresenterState>(key, { ...before, view, pinned: pinned ?? before.pinned })
      return { before }
    },
    onError: (failure, _input, undo) => {
      if (undo?.before) queryClient.setQueryData(key, undo.before)
      setError(failure.message)
    },
    onSuccess: () => setError(undefined),
  })
  // What was just chosen shows at once and stays while its write is on its way: the optimistic update
  // above lands a moment after the click (it waits for a refetch to be cancelled), and a controlled
  // radio or checkbox would spring back to the old choice in between.
  const [choosing, setChoosing] = useState<{ view: PresenterView; pinned: boolean }>()
  const choose = (input: Parameters<typeof showing.mutate>[0], chosen: { view: PresenterView; pinned: boolean }) => {
    setChoosing(chosen)
    showing.mutate(input, { onSettled: () => setChoosing(undefined) })
  }
  const shownView = choosing?.view ?? state?.view
  const pinnedShown = choosing?.pinned ?? state?.pinned ?? false
  const show = (view: PresenterView) => choose({ workshopId, view, ...(view === 'voting' || view === 'results' ? { roundId } : {}) }, { view, pinned: pinnedShown })
  const pin = (pinned: boolean) => state && choose({ workshopId, view: shownView ?? state.view, pinned }, { view: shownView ?? state.view, pinned })
  const turnTo = (next: number) => void apply(() => write('presenter.page', { workshopId, page: next }))
  usePageKeys(page, pages, turnTo, panel)
  const timer = (command: TimerAction) => apply(() => write('presenter.timer', { workshopId, at: Date.now(), command }))
  const setTimer = async () => {
    try {
      await write('presenter.timer', { workshopId, at: Date.now(), command: { action: 'set', minutes: Number(minutes) } })
      setMinutesError(undefined)
    } catch (failure) {
      setMinutesError(failure instanceof RequestError ? (failure.error.fields?.['command.minutes'] ?? failure.message) : String(failure))
    }
  }

  const running = state?.timer.runningSince != null
  return (
    <section ref={panel} className="presenter-controls" aria-labelledby="presenter-controls-heading">
      <h2 id="presenter-controls-heading">Shared screen</h2>
      <p className="presenter-controls__open">
        <button type="button" className="button button--primary" onClick={() => openPresenterWindow(workshopId)}>
          Open presenter window
        </button>
        <span className="field__hint">Drag it to the projector; in the desktop app it opens full screen there.</span>
      </p>
      {(error ?? presenter.error) && <ErrorMessage>{error ?? presenter.error?.message}</ErrorMessage>}
      <fieldset className="presenter-controls__views">
        <legend>Show on the shared screen</legend>
        {PRESENTER_VIEWS.map((view) => (
          <label key={view} className="choice">
            <input
              type="radio"
              name={`presenter-view-${workshopId}`}
              value={view}
              checked={shownView === view}
              disabled={!state || ((view === 'voting' || view === 'results') && roundId === null && state.roundId === null) || (view === 'join' && !room.data?.open)}
              onChange={() => show(view)}
            />
            {PRESENTER_VIEW_LABELS[view]}
          </label>
        ))}
      </fieldset>
      <label className="choice">
        <input type="checkbox" checked={pinnedShown} disabled={!state} onChange={(event) => pin(event.target.checked)} />
        Keep this view when a round is revealed
      </label>
      <p className="field__hint">Otherwise revealing a round shows its results on the shared screen straight away.</p>
      <div className="presenter-controls__pages" role="group" aria-labelledby="presenter-page-label">
        <p id="presenter-page-label" className="presenter-controls__page" aria-live="polite">
          Shared screen: page {page + 1} of {pages}
        </p>
        <button type="button" className="button" disabled={page === 0} aria-keyshortcuts="PageUp" onClick={() => turnTo(page - 1)}>Previous page</button>
        <button type="button" className="button" disabled={page >= pages - 1} aria-keyshortcuts="PageDown" onClick={() => turnTo(page + 1)}>Next page</button>
        {pages > 1 && <p className="field__hint">Page Up and Page Down turn it too, while you are in this panel.</p>}
      </div>
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
