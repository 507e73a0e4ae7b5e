import { GROUP_ROLES, GROUP_ROLE_LABELS, groupDetailsSchema, type GroupDetails, type GroupRole } from '../../../../shared/domain/workshop'
import { DraftNotice } from '../../ui/DraftNotice'
import { Field } from '../../ui/Field'
import { useDraft } from '../../ui/useDraft'
import type { DraftPlace } from '../../../../shared/domain/drafts'
import { ErrorMessage } from '../../ui/Status'
import { FormActions } from '../../ui/FormActions'
import { useContractForm } from '../../parts/useContractForm'

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

/** A count typed as text: its number, or NaN when it is not a whole number. */
const wholeNumber = (text: string) => (/^\s*-?\d+\s*$/.test(text) ? Number(text) : Number.NaN)

export function GroupForm({ initial, draftPlace, submitLabel, label, onSubmit, onCancel }: Props) {
  const draft = useDraft(draftPlace, { name: initial?.name ?? '', roles: initial?.roles ?? ([] as GroupRole[]), headCount: String(initial?.headCount ?? 0) })
  const { form, submit, busy, formError, errorOf } = useContractForm({
    schema: groupDetailsSchema,
    draft,
    read: (values) => ({ ...values, headCount: wholeNumber(values.headCount) }),
    unreadable: (values) => ({ headCount: Number.isNaN(wholeNumber(values.headCount)) ? 'Head count must be a whole number, for example 6.' : undefined }),
  })
  const roles = draft.value.roles
  const send = submit(async (details) => {
    await onSubmit(details)
    if (initial) draft.clear()
    else draft.reset()
  })

  function toggle(role: GroupRole) {
    form.setValue('roles', roles.includes(role) ? roles.filter((r) => r !== role) : GROUP_ROLES.filter((r) => r === role || roles.includes(r)))
  }

  return (
    <form className="form group-form" onSubmit={(event) => void send(event)} noValidate aria-label={label}>
      {formError && <ErrorMessage>{formError}</ErrorMessage>}
      <DraftNotice draft={draft} />
      <div className="form__row">
        <Field label="Group name" hint="For example Table 1 or Carers A" error={errorOf('name')}>
          {(props) => <input {...props} type="text" {...form.register('name')} autoComplete="off" />}
        </Field>
        <Field label="Head count" error={errorOf('headCount')}>
          {(props) => <input {...props} type="number" min={0} max={500} step={1} className="input--short" {...form.register('headCount')} />}
        </Field>
      </div>
      <fieldset className="checkboxes">
        <legend>Role mix</legend>
        {errorOf('roles') && <p className="field__error">{errorOf('roles')}</p>}
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
