import { useState } from 'react'
import { useFieldArray } from 'react-hook-form'
import { priorityPlanSchema, type PriorityPlan } from '../../../../shared/domain/plan/action'
import { GROUP_ROLES, GROUP_ROLE_LABELS } from '../../../../shared/domain/workshop'
import { useContractForm } from '../../parts/useContractForm'
import { DraftNotice } from '../../ui/DraftNotice'
import { Field } from '../../ui/Field'
import { useDraft } from '../../ui/useDraft'
import { ErrorMessage, LiveMessage } from '../../ui/Status'

interface Props {
  workshopId: string
  /** The agreed priority's gap: where unsaved typing is kept. */
  gapId: string
  title: string
  initial: PriorityPlan
  onSave: (plan: PriorityPlan) => Promise<void>
}

/** What we want to achieve, and the Task and Finish group that will do it (members by role; names optional). */
export function TeamForm({ workshopId, gapId, title, initial, onSave }: Props) {
  const draft = useDraft<PriorityPlan>({ workshopId, form: 'priority-plan', recordId: gapId }, { aim: initial.aim, team: initial.team })
  const { form, submit, busy, formError, errorOf } = useContractForm({ schema: priorityPlanSchema, draft, serverPrefix: 'plan.' })
  const members = useFieldArray({ control: form.control, name: 'team.members' })
  const [message, setMessage] = useState('')
  // The list's own message (too many members), not one of a member's.
  const listError = form.formState.errors.team?.members?.root?.message ?? form.formState.errors.team?.members?.message
  const send = submit(async (plan) => {
    setMessage('')
    // Cleared first because a save remounts this form; kept again if the save fails.
    draft.clear()
    try {
      await onSave(plan)
    } catch (failure) {
      draft.set((current) => ({ ...current }))
      throw failure
    }
    setMessage('Plan saved.')
  })

  return (
    <form className="form team-form" onSubmit={(event) => void send(event)} noValidate aria-label={`Plan for ${title}`}>
      {formError && <ErrorMessage>{formError}</ErrorMessage>}
      <DraftNotice draft={draft} />
      <Field label="What we want to achieve" error={errorOf('aim')}>
        {(props) => <textarea {...props} rows={2} {...form.register('aim')} />}
      </Field>
      <fieldset className="team-form__group">
        <legend>Task and Finish group</legend>
        <div className="form__row">
          <Field label="Group name" hint="For example Peer support Task and Finish group" error={errorOf('team.name')}>
            {(props) => <input {...props} type="text" {...form.register('team.name')} autoComplete="off" />}
          </Field>
          <Field label="Group lead" hint="A role is enough" error={errorOf('team.lead')}>
            {(props) => <input {...props} type="text" {...form.register('team.lead')} autoComplete="off" />}
          </Field>
        </div>
        <ul className="member-list" aria-label="Members">
          {members.fields.map((member, index) => (
            <li key={member.id} className="member-row">
              <Field label={`Member ${index + 1} role`}>
                {(props) => (
                  <select {...props} {...form.register(`team.members.${index}.role`)}>
                    {GROUP_ROLES.map((role) => <option key={role} value={role}>{GROUP_ROLE_LABELS[role]}</option>)}
                  </select>
                )}
              </Field>
              <Field label={`Member ${index + 1} name (optional)`} error={errorOf(`team.members.${index}.name`)}>
                {(props) => <input {...props} type="text" {...form.register(`team.members.${index}.name`)} autoComplete="off" />}
              </Field>
              <button type="button" className="button button--danger-quiet" onClick={() => members.remove(index)}>
                Remove member {index + 1}
              </button>
            </li>
          ))}
        </ul>
        {listError && <p className="field__error">{listError}</p>}
        <button type="button" className="button" onClick={() => members.append({ role: 'foster_carers', name: '' })}>
          Add a member
        </button>
      </fieldset>
      <LiveMessage onMoveOn={() => setMessage('')}>{message}</LiveMessage>
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          Save plan
        </button>
      </div>
    </form>
  )
}
