import { useState } from 'react'
import type { StepProps } from '../StepProps'
import { routeHref } from '../../router'
import { ErrorMessage, LiveMessage } from '../../ui/Status'
import { PackBox, PackQuestion, stageItems } from '../../parts/PackBox'
import { PriorityPlanView } from './PriorityPlanView'
import { usePlanData } from '../../parts/usePlanData'
import './plan.css'

/** Step 2 (Plan): for each agreed priority, what we want to achieve, who will do it and the actions. */
export function PlanStep({ workshop }: StepProps) {
  const { data, error } = usePlanData(workshop)
  const [message, setMessage] = useState('')
  if (error) return <ErrorMessage>{error}</ErrorMessage>
  if (!data) return <p>Loading the plan…</p>
  const { questions, prompts } = stageItems(data.pack, 'plan')
  const barriers = prompts.filter((box) => box.category === 'barriers-strategic' || box.category === 'barriers-practice')
  return (
    <div className="plan-layout">
      <div className="plan-layout__main">
        <LiveMessage onMoveOn={() => setMessage('')}>{message}</LiveMessage>
        {data.priorities.length === 0 && (
          <div className="panel empty">
            <p>
              No agreed priorities yet. Agree two or three in the{' '}
              <a href={routeHref({ screen: 'workshop', workshopId: workshop.id, step: 'prioritise' })}>Prioritise step</a>, then plan them here.
            </p>
          </div>
        )}
        {data.priorities.map((priority) => (
          <PriorityPlanView
            key={priority.gapId}
            pack={data.pack}
            priority={priority}
            onRemoved={setMessage}
          />
        ))}
      </div>
      <aside className="plan-layout__aside" aria-labelledby="plan-prompts-heading">
        <h2 id="plan-prompts-heading">To prompt the discussion</h2>
        <h3>The Plan step’s questions</h3>
        <ul className="pack-questions">
          {questions.map((question) => <PackQuestion key={question.id} pack={data.pack} question={question} />)}
        </ul>
        {barriers.map((box) => <PackBox key={box.id} box={box} />)}
      </aside>
    </div>
  )
}
