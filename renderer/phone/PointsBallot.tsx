import { useState } from 'react'
import { POINTS_PER_GROUP } from '../../shared/domain/voting/limits'
import type { BallotEditorProps } from './types'
import { Problem } from './Heading'
import { PhoneForm, Stepper, useBallotProblem } from './PhoneForm'

const STEP = 5

/** 100 points to share, typed or stepped by five, with what is left said as you go. */
export function PointsBallot({ round, initial, sendLabel, onSend }: BallotEditorProps) {
  const [points, setPoints] = useState<Record<string, string>>(() =>
    initial?.method === 'points' ? Object.fromEntries(Object.entries(initial.points).map(([id, value]) => [id, String(value)])) : {},
  )
  const numberOf = (gapId: string) => {
    const value = Number(points[gapId] ?? 0)
    return Number.isInteger(value) && value >= 0 ? value : 0
  }
  const used = round.gaps.reduce((sum, gap) => sum + numberOf(gap.id), 0)
  const left = POINTS_PER_GROUP - used
  const { problem, ready, answered } = useBallotProblem(() =>
    left === 0 ? undefined : left > 0 ? `Give out all ${POINTS_PER_GROUP} points before you send.` : `That is more than ${POINTS_PER_GROUP} points: take some off.`,
  )
  const set = (gapId: string, value: number) => setPoints((current) => ({ ...current, [gapId]: String(Math.max(0, Math.min(POINTS_PER_GROUP, value))) }))

  return (
    <PhoneForm
      onSend={() => {
        if (!ready()) return
        const given: Record<string, number> = {}
        for (const gap of round.gaps) if (numberOf(gap.id) > 0) given[gap.id] = numberOf(gap.id)
        void onSend({ method: 'points', points: given }).then(answered)
      }}
    >
      <p className="left" aria-live="polite">
        <strong>{left >= 0 ? `${left} points left` : `${-left} points too many`}</strong> of {POINTS_PER_GROUP}
      </p>
      {problem && <Problem>{problem}</Problem>}
      <ul className="ballot">
        {round.gaps.map((gap) => (
          <li key={gap.id} className="ballot__gap">
            <label className="ballot__title" htmlFor={`points-${gap.id}`}>
              {gap.title}
            </label>
            <Stepper
              less={{ label: `Take ${STEP} points off “${gap.title}”`, disabled: numberOf(gap.id) === 0, onStep: () => set(gap.id, numberOf(gap.id) - STEP) }}
              more={{ label: `Give ${STEP} more points to “${gap.title}”`, disabled: left <= 0, onStep: () => set(gap.id, numberOf(gap.id) + Math.min(STEP, left)) }}
            >
              <input
                id={`points-${gap.id}`}
                className="input input--points"
                inputMode="numeric"
                pattern="[0-9]*"
                value={points[gap.id] ?? ''}
                placeholder="0"
                onChange={(event) => setPoints((current) => ({ ...current, [gap.id]: event.target.value.replace(/\D/g, '').slice(0, 3) }))}
              />
            </Stepper>
          </li>
        ))}
      </ul>
      <button type="submit" className="button button--primary">
        {sendLabel}
      </button>
    </PhoneForm>
  )
}
