import { z } from 'zod'
import { idSchema } from './text'

/** What the projector shows: one thing at a time, chosen by the facilitator. */
export const PRESENTER_VIEWS = ['welcome', 'question', 'board', 'join', 'voting', 'results', 'priorities', 'timer'] as const
export const presenterViewSchema = z.enum(PRESENTER_VIEWS, { error: 'Choose what the shared screen shows.' })
export type PresenterView = z.infer<typeof presenterViewSchema>

export const PRESENTER_VIEW_LABELS: Record<PresenterView, string> = {
  welcome: 'Workshop title',
  question: 'Current question',
  board: 'Gaps board',
  join: 'How to join on phones',
  voting: 'Voting progress',
  results: 'Revealed results',
  priorities: 'Agreed priorities',
  timer: 'Timer',
}

/** Long sessions are allowed, up to three hours. */
export const MAX_TIMER_MINUTES = 180
const MINUTE = 60_000
const MAX_TIMER_MS = MAX_TIMER_MINUTES * MINUTE

/**
 * A discussion timer. Times are the facilitator's clock (epoch milliseconds) as sent by the
 * window that pressed the button: both windows run on the same computer, so they agree.
 */
export const timerSchema = z.object({
  durationMs: z.number().int().min(0).max(MAX_TIMER_MS),
  /** Time run before the current start (pauses keep it). */
  elapsedMs: z.number().int().min(0),
  /** When it was last started, or null while paused or not started. */
  runningSince: z.number().int().min(0).nullable(),
  /** The gentle chime at the end; off unless the facilitator turns it on. */
  sound: z.boolean(),
})
export type Timer = z.infer<typeof timerSchema>

export const DEFAULT_TIMER: Timer = { durationMs: 10 * MINUTE, elapsedMs: 0, runningSince: null, sound: false }

export const timerActionSchema = z.discriminatedUnion(
  'action',
  [
    z.object({
      action: z.literal('set'),
      minutes: z
        .number({ error: 'Minutes must be a number.' })
        .int({ error: 'Minutes must be a whole number.' })
        .min(1, { error: 'The timer must run for at least 1 minute.' })
        .max(MAX_TIMER_MINUTES, { error: `The timer can run for at most ${MAX_TIMER_MINUTES} minutes (3 hours).` }),
    }),
    z.object({ action: z.literal('start') }),
    z.object({ action: z.literal('pause') }),
    z.object({ action: z.literal('addMinute') }),
    z.object({ action: z.literal('reset') }),
    z.object({ action: z.literal('sound'), on: z.boolean({ error: 'Sound must be on or off.' }) }),
  ],
  { error: 'That is not something the timer can do.' },
)
export type TimerAction = z.infer<typeof timerActionSchema>

export function timerElapsedMs(timer: Timer, now: number): number {
  return timer.elapsedMs + (timer.runningSince === null ? 0 : Math.max(0, now - timer.runningSince))
}

/** Milliseconds left; zero or less once time is up. */
export function timerRemainingMs(timer: Timer, now: number): number {
  return timer.durationMs - timerElapsedMs(timer, now)
}

export function timerIsUp(timer: Timer, now: number): boolean {
  return timer.durationMs > 0 && timerRemainingMs(timer, now) <= 0
}

/** Applies a button press at time `at`. Pure, so both windows and the tests agree on the arithmetic. */
export function applyTimerAction(timer: Timer, action: TimerAction, at: number): Timer {
  switch (action.action) {
    case 'set':
      return { ...timer, durationMs: action.minutes * MINUTE, elapsedMs: 0, runningSince: null }
    case 'start':
      return timer.runningSince === null && !timerIsUp(timer, at) ? { ...timer, runningSince: at } : timer
    case 'pause':
      return timer.runningSince === null ? timer : { ...timer, elapsedMs: timerElapsedMs(timer, at), runningSince: null }
    case 'addMinute': {
      // After time is up, one more minute means one minute from now, not a minute of the overrun.
      const base = Math.max(timer.durationMs, timerElapsedMs(timer, at))
      return { ...timer, durationMs: Math.min(base + MINUTE, MAX_TIMER_MS) }
    }
    case 'reset':
      return { ...timer, elapsedMs: 0, runningSince: null }
    case 'sound':
      return { ...timer, sound: action.on }
  }
}

/** "9:05", or "1:02:05" past an hour; once time is up it stays at 0:00 (the overrun is not counted aloud). */
export function formatTimer(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000))
  const hours = Math.floor(total / 3600)
  const minutes = Math.floor((total % 3600) / 60)
  const seconds = String(total % 60).padStart(2, '0')
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`
}

/** Minutes and seconds in words, for screen readers ("9 minutes 5 seconds left"). */
export function timerInWords(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000))
  if (total === 0) return 'Time is up'
  const hours = Math.floor(total / 3600)
  const minutes = Math.floor((total % 3600) / 60)
  const seconds = total % 60
  const parts = [
    hours > 0 ? `${hours} ${hours === 1 ? 'hour' : 'hours'}` : '',
    minutes > 0 ? `${minutes} ${minutes === 1 ? 'minute' : 'minutes'}` : '',
    seconds > 0 && hours === 0 ? `${seconds} ${seconds === 1 ? 'second' : 'seconds'}` : '',
  ].filter(Boolean)
  return `${parts.join(' ')} left`
}

export const MAX_PRESENTER_PAGE = 99
export const presenterPageSchema = z
  .number({ error: 'The page must be a number.' })
  .int({ error: 'The page must be a whole number.' })
  .min(0, { error: 'The page cannot be before the first.' })
  .max(MAX_PRESENTER_PAGE, { error: `The shared screen has at most ${MAX_PRESENTER_PAGE + 1} pages.` })

export const presenterStateSchema = z.object({
  workshopId: idSchema,
  view: presenterViewSchema,
  /** The round shown by the voting and results views. */
  roundId: idSchema.nullable(),
  /** Kept on the shared screen when a round is revealed, instead of moving to its results. */
  pinned: z.boolean(),
  /** The page of the view shown, from 0, for views longer than one screen. */
  page: presenterPageSchema,
  timer: timerSchema,
  /** Bumped on every change, so a window can tell it is behind. */
  version: z.number().int().min(0),
  updatedAt: z.string(),
})
export type PresenterState = z.infer<typeof presenterStateSchema>

/**
 * What a reveal does to the shared screen: it moves to the revealed round's results from their first
 * page, so the newest reveal is never hidden behind an older one, unless the facilitator pinned the
 * view that is there. Pure, so the service and the tests agree.
 */
export function presenterAfterReveal(state: PresenterState, roundId: string, updatedAt: string): PresenterState {
  if (state.pinned || (state.view === 'results' && state.roundId === roundId)) return state
  return { ...state, view: 'results', roundId, page: 0, version: state.version + 1, updatedAt }
}
