import { useState } from 'react'
import type { BallotEditorProps } from './types'
import { Problem } from './Heading'
import { plural } from './words'
import { PhoneForm, Stepper, useBallotProblem } from './PhoneForm'

/** Dots with + and − for each gap; the limits (dots in all, most on one gap) hold as you vote. */
export function DotsBallot({ round, initial, sendLabel, onSend }: BallotEditorProps) {
  const settings = round.settings.method === 'dots' ? round.settings : { dotsPerGroup: 0, capPerGap: null }
  const [dots, setDots] = useState<Record<string, number>>(initial?.method === 'dots' ? initial.dots : {})
  const used = Object.values(dots).reduce((sum, count) => sum + count, 0)
  const { problem, ready, answered } = useBallotProblem(() => (used === 0 ? 'Place at least one dot.' : undefined))
  const left = settings.dotsPerGroup - used
  const change = (gapId: string, by: number) => setDots((current) => ({ ...current, [gapId]: Math.max(0, (current[gapId] ?? 0) + by) }))

  return (
    <PhoneForm
      onSend={() => {
        if (!ready()) return
        void onSend({ method: 'dots', dots: Object.fromEntries(Object.entries(dots).filter(([, count]) => count > 0)) }).then(answered)
      }}
    >
      <p className="left" aria-live="polite">
        <strong>{plural(left, 'dot')} left</strong> of {settings.dotsPerGroup}
        {settings.capPerGap !== null && `, at most ${plural(settings.capPerGap, 'dot')} on one gap`}
      </p>
      {problem && <Problem>{problem}</Problem>}
      <ul className="ballot">
        {round.gaps.map((gap) => {
          const count = dots[gap.id] ?? 0
          const capped = settings.capPerGap !== null && count >= settings.capPerGap
          return (
            <li key={gap.id} className="ballot__gap">
              <span className="ballot__title" id={`gap-${gap.id}`}>
                {gap.title}
              </span>
              <Stepper
                less={{ label: `Take a dot off “${gap.title}”`, disabled: count === 0, onStep: () => change(gap.id, -1) }}
                more={{ label: `Put a dot on “${gap.title}”`, disabled: left <= 0 || capped, onStep: () => change(gap.id, 1) }}
              >
                <output className="stepper__value" aria-labelledby={`gap-${gap.id}`} aria-live="polite">
                  {plural(count, 'dot')}
                </output>
              </Stepper>
            </li>
          )
        })}
      </ul>
      <button type="submit" className="button button--primary">
        {sendLabel}
      </button>
    </PhoneForm>
  )
}
