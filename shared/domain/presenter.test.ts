import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { applyTimerAction, DEFAULT_TIMER, formatTimer, timerInWords, timerIsUp, timerRemainingMs, type Timer, type TimerAction } from './presenter'

const MINUTE = 60_000

describe('the discussion timer', () => {
  it('sets, starts, pauses and adds a minute', () => {
    let timer: Timer = applyTimerAction(DEFAULT_TIMER, { action: 'set', minutes: 5 }, 0)
    timer = applyTimerAction(timer, { action: 'start' }, 1_000)
    expect(timerRemainingMs(timer, 61_000)).toBe(4 * MINUTE)
    timer = applyTimerAction(timer, { action: 'pause' }, 61_000)
    // Paused: time does not pass.
    expect(timerRemainingMs(timer, 10 * MINUTE)).toBe(4 * MINUTE)
    timer = applyTimerAction(timer, { action: 'addMinute' }, 10 * MINUTE)
    expect(timerRemainingMs(timer, 10 * MINUTE)).toBe(5 * MINUTE)
    timer = applyTimerAction(timer, { action: 'start' }, 20 * MINUTE)
    expect(timerIsUp(timer, 25 * MINUTE - 1)).toBe(false)
    expect(timerIsUp(timer, 25 * MINUTE)).toBe(true)
  })

  it('after time is up, adding a minute gives one minute from now', () => {
    let timer = applyTimerAction(applyTimerAction(DEFAULT_TIMER, { action: 'set', minutes: 1 }, 0), { action: 'start' }, 0)
    timer = applyTimerAction(timer, { action: 'addMinute' }, 5 * MINUTE)
    expect(timerRemainingMs(timer, 5 * MINUTE)).toBe(MINUTE)
  })

  it('allows long sessions up to three hours and no further', () => {
    let timer = applyTimerAction(DEFAULT_TIMER, { action: 'set', minutes: 180 }, 0)
    timer = applyTimerAction(timer, { action: 'addMinute' }, 0)
    expect(timer.durationMs).toBe(180 * MINUTE)
    expect(formatTimer(timer.durationMs)).toBe('3:00:00')
  })

  it('shows time as a clock and in words', () => {
    expect(formatTimer(9 * MINUTE + 5_000)).toBe('9:05')
    expect(formatTimer(62 * MINUTE + 5_000)).toBe('1:02:05')
    expect(formatTimer(-3_000)).toBe('0:00')
    expect(formatTimer(400)).toBe('0:01')
    expect(timerInWords(9 * MINUTE + 5_000)).toBe('9 minutes 5 seconds left')
    expect(timerInWords(61 * MINUTE)).toBe('1 hour 1 minute left')
    expect(timerInWords(0)).toBe('Time is up')
  })

  it('never gains time it was not given, whatever buttons are pressed (property)', () => {
    const action: fc.Arbitrary<TimerAction> = fc.oneof(
      fc.constant({ action: 'start' as const }),
      fc.constant({ action: 'pause' as const }),
      fc.constant({ action: 'addMinute' as const }),
      fc.integer({ min: 1, max: 180 }).map((minutes) => ({ action: 'set' as const, minutes })),
    )
    fc.assert(
      fc.property(fc.array(fc.tuple(action, fc.integer({ min: 0, max: 10 * MINUTE })), { maxLength: 20 }), (presses) => {
        let timer = DEFAULT_TIMER
        let at = 0
        for (const [press, wait] of presses) {
          at += wait
          timer = applyTimerAction(timer, press, at)
          expect(timer.durationMs).toBeLessThanOrEqual(180 * MINUTE)
          expect(timerRemainingMs(timer, at)).toBeLessThanOrEqual(timer.durationMs)
          // Remaining time never goes up while nobody presses anything.
          expect(timerRemainingMs(timer, at + 1_000)).toBeLessThanOrEqual(timerRemainingMs(timer, at))
        }
      }),
    )
  })
})
