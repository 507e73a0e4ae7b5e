import { useState, type FormEvent } from 'react'
import { fieldErrors } from '../../../../shared/api/result'
import { GROUP_ROLES, GROUP_ROLE_LABELS, groupDetailsSchema, type GroupDetails, type GroupRole } from '../../../../shared/domain/workshop'
import { RequestError } from '../../api/client'
import { DraftNotice } from '../../ui/DraftNotice'
import { Field } from '../../ui/Field'
import { useDraft } from '../../ui/useDraft'
import type { DraftPlace } from '../../../../shared/domain/drafts'
import { ErrorMessage } from '../../ui/Status'
import { FormActions } from '../../ui/FormActions'

interface Props {
  initial?: GroupDetails
  /** Where unsaved typing is kept: the workshop, and the group being edited. */
  draftPlace: DraftPlace
  submitLabel: string
  /** Accessible name of the form, e.g. "Add a group" or "Edit Table 2". */
  label: string
  onSubmit: (details: GroupDetails) => Promise<void>
  onCancel?: () => void
}

export function GroupForm({ initial, draftPlace, submitLabel, label, onSubmit, onCancel }: Props) {
  const draft = useDraft(draftPlace, { name: initial?.name ?? '', roles: initial?.roles ?? ([] as GroupRole[]), headCount: String(initial?.headCount ?? 0) })
  const { name, roles, headCount } = draft.value
  const setName = (next: string) => draft.set((current) => ({ ...current, name: next }))
  const setRoles = (next: GroupRole[]) => draft.set((current) => ({ ...current, roles: next }))
  const setHeadCount = (next: string) => draft.set((current) => ({ ...current, headCount: next }))
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [formError, setFormError] = useState<string>()
  const [busy, setBusy] = useState(false)

  function toggle(role: GroupRole) {
    setRoles(roles.includes(role) ? roles.filter((r) => r !== role) : GROUP_ROLES.filter((r) => r === role || roles.includes(r)))
  }

  async function submit(event: FormEvent) {
    event.preventDefault()
    setFormError(undefined)
    const count = /^\s*-?\d+\s*$/.test(headCount) ? Number(headCount) : Number.NaN
    const parsed = groupDetailsSchema.safeParse({ name, roles, headCount: count })
    if (!parsed.success) {
      const found = fieldErrors(parsed.error)
      if (Number.isNaN(count)) found.headCount = 'Head count must be a whole number, for example 6.'
      setErrors(found)
      return
    }
    setErrors({})
    setBusy(true)
    try {
      await onSubmit(parsed.data)
      if (initial) draft.clear()
      else draft.reset()
    } catch (error) {
      if (error instanceof RequestError) {
        setErrors(error.error.fields ?? {})
        setFormError(error.error.message)
      } else setFormError(String(error))
    } finally {
      setBusy(false)
    }
  }

  return (
    <form className="form group-form" onSubmit={(event) => void submit(event)} noValidate aria-label={label}>
      {formError && <ErrorMessage>{formError}</ErrorMessage>}
      <DraftNotice draft={draft} />
      <div className="form__row">
        <Field label="Group name" hint="For example Table 1 or Carers A" error={errors.name}>
          {(props) => <input {...props} type="text" value={name} onChange={(event) => setName(event.target.value)} autoComplete="off" />}
        </Field>
        <Field label="Head count" error={errors.headCount}>
          {(props) => (
            <input {...props} type="number" min={0} max={500} step={1} className="input--short" value={headCount} onChange={(event) => setHeadCount(event.target.value)} />
          )}
        </Field>
      </div>
      <fieldset className="checkboxes">
        <legend>Role mix</legend>
        {errors.roles && <p className="field__error">{errors.roles}</p>}
        {GROUP_ROLES.map((role) => (
          <label key={role} className="checkbox">
            <input type="checkbox" checked={roles.includes(role)} onChange={() => toggle(role)} />
            {GROUP_ROLE_LABELS[role]}
          </label>
        ))}
      </fieldset>
      <FormActions submitLabel={submitLabel} busy={busy} onCancel={onCancel && (() => {
        draft.clear()
        onCancel()
      })} />
    </form>
  )
}
