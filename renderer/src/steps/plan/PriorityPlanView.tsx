import { useState } from 'react'
import type { Pack } from '../../../../shared/content/schema'
import type { Action, PlannedPriority } from '../../../../shared/domain/plan/action'
import { messageOf } from '../../api/client'
import { write } from '../../api/queries'
import { ConfirmDialog, Dialog } from '../../ui/Dialog'
import { ErrorMessage, LiveMessage } from '../../ui/Status'
import { hasDraft } from '../../ui/useDraft'
import { ActionForm } from './ActionForm'
import { ActionsTable } from './ActionsTable'
import { PriorityLinks } from './PriorityLinks'
import { TeamForm } from './TeamForm'

interface Props {
  pack: Pack
  priority: PlannedPriority
  /** After the priority itself is removed, with what to say where it was. (Every write here updates the plan in the cache.) */
  onRemoved: (message: string) => void
}

const actionsPhrase = (count: number) => (count === 1 ? '1 action' : `${count} actions`)

/** One agreed priority's plan: aim, Task and Finish group, actions. */
export function PriorityPlanView({ pack, priority, onRemoved }: Props) {
  const [editing, setEditing] = useState<Action>()
  const [removing, setRemoving] = useState<Action>()
  const [removingPriority, setRemovingPriority] = useState(false)
  const [error, setError] = useState<string>()
  /** What the last change to the actions or to the team said, shown beside them. */
  const [said, setSaid] = useState<{ about: 'actions' | 'team'; text: string }>()
  const clearSaid = () => setSaid(undefined)
  const where = { workshopId: priority.workshopId, gapId: priority.gapId }
  const headingId = `priority-${priority.gapId}`
  const addPlace = { workshopId: priority.workshopId, form: 'action', recordId: `new:${priority.gapId}` }
  // Opened when it holds typing from before a reload, so the restored text is in sight.
  const [addOpen] = useState(() => hasDraft(addPlace))

  function changed(about: 'actions' | 'team', text: string) {
    setSaid({ about, text })
  }

  async function attempt(work: () => Promise<unknown>, then: () => void) {
    setError(undefined)
    try {
      await work()
      then()
    } catch (failure) {
      setError(messageOf(failure))
    }
  }

  return (
    <article className="panel priority-plan" aria-labelledby={headingId}>
      <div className="priority-plan__head">
        <h2 id={headingId}>
          <span className="priority-plan__number">Priority {priority.position}:</span> {priority.title}
        </h2>
        <button type="button" className="button button--danger-quiet" onClick={() => setRemovingPriority(true)} aria-label={`Remove priority ${priority.title}`}>
          Remove priority
        </button>
      </div>
      <PriorityLinks pack={pack} links={priority.links} />
      {priority.rationale && <p><strong>Why the room chose it:</strong> {priority.rationale}</p>}
      {error && <ErrorMessage>{error}</ErrorMessage>}
      <TeamForm workshopId={priority.workshopId} gapId={priority.gapId} key={`${priority.aim}|${priority.team.name}|${priority.team.lead}|${priority.team.members.length}`} title={priority.title} initial={priority} onSave={async (plan) => {
        await write('plan.savePriority', { ...where, plan })
        changed('team', `Plan for “${priority.title}” saved.`)
      }} />
      <LiveMessage onMoveOn={clearSaid}>{said?.about === 'team' ? said.text : ''}</LiveMessage>
      <h3>Actions</h3>
      <ActionsTable caption={`Actions for ${priority.title}`} actions={priority.actions} onEdit={setEditing} onRemove={setRemoving} />
      <LiveMessage onMoveOn={clearSaid}>{said?.about === 'actions' ? said.text : ''}</LiveMessage>
      <details className="add-action" open={addOpen || undefined}>
        <summary>Add an action to “{priority.title}”</summary>
        <ActionForm
          draftPlace={addPlace}
          label={`Add an action to ${priority.title}`}
          submitLabel="Add action"
          onSubmit={async (details) => {
            await write('actions.add', { ...where, details })
            changed('actions', `Action added to “${priority.title}”.`)
          }}
        />
      </details>

      <Dialog title="Edit action" open={editing !== undefined} onClose={() => setEditing(undefined)} className="dialog--sheet">
        {editing && (
          <ActionForm
            initial={editing}
            draftPlace={{ workshopId: priority.workshopId, form: 'action', recordId: editing.id }}
            label={`Edit ${editing.action}`}
            submitLabel="Save action"
            onCancel={() => setEditing(undefined)}
            onSubmit={async (details) => {
              await write('actions.update', { id: editing.id, details })
              setEditing(undefined)
              changed('actions', `Saved “${details.action}”.`)
            }}
          />
        )}
      </Dialog>

      <ConfirmDialog
        title="Remove this action?"
        open={removing !== undefined}
        confirmLabel="Remove action"
        onCancel={() => setRemoving(undefined)}
        onConfirm={() => {
          const action = removing
          setRemoving(undefined)
          if (action) void attempt(() => write('actions.remove', { id: action.id }), () => changed('actions', `Removed “${action.action}”.`))
        }}
      >
        {removing && <p>“{removing.action}” and its {removing.updates.length === 1 ? '1 update' : `${removing.updates.length} updates`} will be removed from the plan.</p>}
      </ConfirmDialog>

      <ConfirmDialog
        title="Remove this priority?"
        open={removingPriority}
        confirmLabel="Remove priority"
        onCancel={() => setRemovingPriority(false)}
        onConfirm={() => {
          setRemovingPriority(false)
          void attempt(() => write('plan.removePriority', { ...where, confirm: true }), () => onRemoved(`Removed the priority “${priority.title}”.`))
        }}
      >
        <p>
          “{priority.title}” will no longer be an agreed priority
          {priority.actions.length > 0 ? `, and its ${actionsPhrase(priority.actions.length)} will be removed with it, with their updates and evidence` : ''}. The gap stays on the list of gaps.
        </p>
      </ConfirmDialog>
    </article>
  )
}
