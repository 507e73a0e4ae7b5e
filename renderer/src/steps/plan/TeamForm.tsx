import { useState, type FormEvent } from 'react'
import { fieldErrors } from '../../../../shared/api/result'
import { priorityPlanSchema, type PriorityPlan, type TaskGroupMember } from '../../../../shared/domain/plan/action'
import { GROUP_ROLES, GROUP_ROLE_LABELS, type GroupRole } from '../../../../shared/domain/workshop'
import { RequestError } from '../../api/client'
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
  const { aim, team: { name, lead, members } } = draft.value
  const setTeam = (change: Partial<PriorityPlan['team']>) => draft.set((current) => ({ ...current, team: { ...current.team, ...change } }))
  const setAim = (next: string) => draft.set((current) => ({ ...current, aim: next }))
  const setName = (next: string) => setTeam({ name: next })
  const setLead = (next: string) => setTeam({ lead: next })
  const setMembers = (next: TaskGroupMember[]) => setTeam({ members: next })
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [formError, setFormError] = useState<string>()
  const [message, setMessage] = useState('')

  const setMember = (index: number, change: Partial<TaskGroupMember>) =>
    setMembers(members.map((member, at) => (at === index ? { ...member, ...change } : member)))

  async function submit(event: FormEvent) {
    event.preventDefault()
    setFormError(undefined)
    setMessage('')
    const parsed = priorityPlanSchema.safeParse({ aim, team: { name, lead, members } })
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error))
      return
    }
    setErrors({})
    try {
      draft.clear()
      await onSave(parsed.data)
      setMessage('Plan saved.')
    } catch (failure) {
      // Not saved after all: keep the typing again (cleared first because a save remounts this form).
      draft.set((current) => ({ ...current }))
      if (failure instanceof RequestError) setFormError(failure.error.message)
      else setFormError(String(failure))
    }
  }

  return (
    <form className="form team-form" onSubmit={(event) => void submit(event)} noValidate aria-label={`Plan for ${title}`}>
      {formError && <ErrorMessage>{formError}</ErrorMessage>}
      <DraftNotice draft={draft} />
      <Field label="What we want to achieve" error={errors.aim}>
        {(props) => <textarea {...props} rows={2} value={aim} onChange={(event) => setAim(event.target.value)} />}
      </Field>
      <fieldset className="team-form__group">
        <legend>Task and Finish group</legend>
        <div className="form__row">
          <Field label="Group name" hint="For example Peer support Task and Finish group" error={errors['team.name']}>
            {(props) => <input {...props} type="text" value={name} onChange={(event) => setName(event.target.value)} autoComplete="off" />}
          </Field>
          <Field label="Group lead" hint="A role is enough" error={errors['team.lead']}>
            {(props) => <input {...props} type="text" value={lead} onChange={(event) => setLead(event.target.value)} autoComplete="off" />}
          </Field>
        </div>
        <ul className="member-list" aria-label="Members">
          {members.map((member, index) => (
            <li key={index} className="member-row">
              <Field label={`Member ${index + 1} role`}>
                {(props) => (
                  <select {...props} value={member.role} onChange={(event) => setMember(index, { role: event.target.value as GroupRole })}>
                    {GROUP_ROLES.map((role) => <option key={role} value={role}>{GROUP_ROLE_LABELS[role]}</option>)}
                  </select>
                )}
              </Field>
              <Field label={`Member ${index + 1} name (optional)`} error={errors[`team.members.${index}.name`]}>
                {(props) => <input {...props} type="text" value={member.name} onChange={(event) => setMember(index, { name: event.target.value })} autoComplete="off" />}
              </Field>
              <button type="button" className="button button--danger-quiet" onClick={() => setMembers(members.filter((_, at) => at !== index))}>
                Remove member {index + 1}
              </button>
            </li>
          ))}
        </ul>
        {errors['team.members'] && <p className="field__error">{errors['team.members']}</p>}
        <button type="button" className="button" onClick={() => setMembers([...members, { role: 'foster_carers', name: '' }])}>
          Add a member
        </button>
      </fieldset>
      <LiveMessage>{message}</LiveMessage>
      <div className="actions">
        <button type="submit" className="button button--primary">
          Save plan
        </button>
      </div>
    </form>
  )
}
