import { useEffect, useRef } from 'react'
import { formatTimer, timerInWords, timerIsUp, timerRemainingMs, type Timer } from '../../../shared/domain/presenter'
import { playChime } from './chime'
import './timer-face.css'

/** A bell outline: the end signal has a shape as well as words, never colour alone. */
function BellIcon() {
  return (
    <svg className="timer-face__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d="M12 2a1.5 1.5 0 0 0-1.5 1.5v.6A6.5 6.5 0 0 0 5.5 10.5V15l-2 2.5V19h17v-1.5l-2-2.5v-4.5a6.5 6.5 0 0 0-5-6.4v-.6A1.5 1.5 0 0 0 12 2Zm-2.5 18a2.5 2.5 0 0 0 5 0Z" fill="currentColor" />
    </svg>
  )
}

interface TimerFaceProps {
  timer: Timer
  now: number
  /** 'large' on the presenter view, 'small' beside the facilitator's controls or in a corner. */
  size: 'large' | 'small'
  /** Play the chime when time runs out (only one window should). */
  chime?: boolean
}

/** The discussion timer as people read it: the clock, and in words whether it runs, waits or is up. */
export function TimerFace({ timer, now, size, chime = false }: TimerFaceProps) {
  const remaining = timerRemainingMs(timer, now)
  const up = timerIsUp(timer, now)
  const running = timer.runningSince !== null && !up
  const state = up ? 'Time is up' : running ? 'Running' : timer.elapsedMs > 0 ? 'Paused' : 'Ready'
  const chimed = useRef(false)
  useEffect(() => {
    if (up && chime && timer.sound && !chimed.current) playChime()
    chimed.current = up
  }, [up, chime, timer.sound])

  return (
    <div className={`timer-face timer-face--${size}${up ? ' timer-face--up' : ''}`} data-testid={`timer-${size}`}>
      <p className="timer-face__clock" role="timer" aria-label={timerInWords(remaining)}>
        {formatTimer(remaining)}
      </p>
      <p className="timer-face__state" role="status">
        {up && <BellIcon />}
        {state}
      </p>
    </div>
  )
}
