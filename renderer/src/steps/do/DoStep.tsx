import { useState } from 'react'
import { formatUkDate, todayIso } from '../../../../shared/domain/dates'
import { isOverdue } from '../../../../shared/domain/plan/status'
import type { StepProps } from '../StepProps'
import { routeHref } from '../../router'
import { PackBox, stageItems } from '../../parts/PackBox'
import { OverdueFlag, StatusBadge } from '../../parts/StatusBadge'
import { usePlanData } from '../../parts/usePlanData'
import { ErrorMessage, LiveMessage } from '../../ui/Status'
import { hasDraft } from '../../ui/useDraft'
import { UpdateForm, updateDraftPlace } from './UpdateForm'
import './do.css'

/** Step 3 (Do): progress on each action, with a dated log of updates and evidence. */
export function DoStep({ workshop }: StepProps) {
  const { data, error } = usePlanData(workshop)
  /** The last update recorded, said under its action. */
  const [said, setSaid] = useState<{ actionId: string; text: string }>()
  if (error) return <ErrorMessage>{error}</ErrorMessage>
  if (!data) return <p>Loading the actions…</p>
  const today = todayIso()
  const { prompts, tips } = stageItems(data.pack, 'do')
  const all = data.priorities.flatMap((priority) => priority.actions)
  const overdue = all.filter((action) => isOverdue(action, today)).length
  return (
    <div className="plan-layout">
      <div className="plan-layout__main">
        {all.length === 0 && (
          <div className="panel empty">
            <p>
              No actions yet. Add them in the <a href={routeHref({ screen: 'workshop', workshopId: workshop.id, step: 'plan' })}>Plan step</a>.
            </p>
          </div>
        )}
        {all.length > 0 && (
          <p className="do-summary">
            {all.filter((action) => action.status === 'complete').length} of {all.length} actions complete.
            {overdue > 0 && <> <OverdueFlag /> {overdue === 1 ? '1 action is' : `${overdue} actions are`} past the date agreed.</>}
          </p>
        )}
        {data.priorities.filter((priority) => priority.actions.length > 0).map((priority) => (
          <section key={priority.gapId} className="panel" aria-labelledby={`do-${priority.gapId}`}>
            <h2 id={`do-${priority.gapId}`}>Priority {priority.position}: {priority.title}</h2>
            {priority.team.name && <p className="panel__intro">{priority.team.name}{priority.team.lead && `, led by ${priority.team.lead}`}</p>}
            {priority.actions.map((action) => (
              <article key={action.id} className={`do-action${isOverdue(action, today) ? ' do-action--overdue' : ''}`} aria-labelledby={`action-${action.id}`}>
                <div className="do-action__head">
                  <h3 id={`action-${action.id}`}>{action.action}</h3>
                  <StatusBadge status={action.status} />
                  {isOverdue(action, today) && <OverdueFlag />}
                </div>
                <p className="do-action__meta">
                  Lead owner: {action.lead} · By {formatUkDate(action.byWhen)}
                  {action.byWhen !== action.originalByWhen && ` (first agreed ${formatUkDate(action.originalByWhen)})`}
                  {action.outcome && ` · Outcome sought: ${action.outcome}`}
                </p>
                {action.updates.length > 0 && (
                  <ol className="update-log" aria-label={`Updates and evidence for ${action.action}`}>
                    {action.updates.map((update) => (
                      <li key={update.id}>
                        <span className="update-log__date">{formatUkDate(update.date)}</span> <StatusBadge status={update.status} /> {update.text}
                      </li>
                    ))}
                  </ol>
                )}
                {/* Opened when it holds an update typed before a reload, so the restored text is in sight. */}
                <details className="add-action" open={hasDraft(updateDraftPlace(action)) || undefined}>
                  <summary>Record an update on “{action.action}”</summary>
                  <UpdateForm
                    action={action}
                    onLogged={() => setSaid({ actionId: action.id, text: `Update recorded on “${action.action}”.` })}
                  />
                </details>
                <LiveMessage onMoveOn={() => setSaid(undefined)}>{said?.actionId === action.id ? said.text : ''}</LiveMessage>
              </article>
            ))}
          </section>
        ))}
      </div>
      <aside className="plan-layout__aside" aria-labelledby="do-prompts-heading">
        <h2 id="do-prompts-heading">If a group is stuck</h2>
        {prompts.map((box) => <PackBox key={box.id} box={box} />)}
        {tips.map((tip) => <PackBox key={tip.id} box={tip} />)}
      </aside>
    </div>
  )
}
