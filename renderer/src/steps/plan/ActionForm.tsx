import { useState, type FormEvent } from 'react'
import { fieldErrors } from '../../../../shared/api/result'
import { formatUkDate, parseUkDate } from '../../../../shared/domain/dates'
import { actionDetailsSchema, type ActionDetails } from '../../../../shared/domain/plan/action'
import type { ActionStatus } from '../../../../shared/domain/plan/status'
import { RequestError } from '../../api/client'
import { DraftNotice } from '../../ui/DraftNotice'
import { Field } from '../../ui/Field'
import { useDraft } from '../../ui/useDraft'
import type { DraftPlace } from '../../../../shared/domain/drafts'
import { ErrorMessage } from '../../ui/Status'
import { StatusOptions } from '../../parts/StatusBadge'
import { FormActions } from '../../ui/FormActions'

interface Props {
  initial?: ActionDetails
  /** Where unsaved typing is kept (workshop, and the action or the priority it is added to). */
  draftPlace: DraftPlace
  /** Accessible name of the form, e.g. "Add an action to Peer support". */
  label: string
  submitLabel: string
  onSubmit: (details: ActionDetails) => Promise<void>
  onCancel?: () => void
}

const EMPTY = { action: '', lead: '', byWhen: '', outcome: '', measure: '', status: 'awaiting_start' as ActionStatus }

/** Only the form's own fields: an action being edited also carries its id and updates, which are not typed here. */
const pick = (details: ActionDetails | undefined) =>
  details && { action: details.action, lead: details.lead, outcome: details.outcome, measure: details.measure, status: details.status }

/** One row of the action plan: action, lead owner, by when, outcome or impact sought, how it is measured, status. */
export function ActionForm({ initial, draftPlace, label, submitLabel, onSubmit, onCancel }: Props) {
  const draft = useDraft(draftPlace, { ...EMPTY, ...pick(initial), byWhen: initial ? formatUkDate(initial.byWhen) : '' })
  const values = draft.value
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [formError, setFormError] = useState<string>()
  const [busy, setBusy] = useState(false)
  const set = (key: keyof typeof values) => (event: { target: { value: string } }) => draft.set({ ...values, [key]: event.target.value })

  async function submit(event: FormEvent) {
    event.preventDefault()
    setFormError(undefined)
    // A date typed the UK way becomes ISO; anything else goes to the schema as typed and is refused there.
    const parsed = actionDetailsSchema.safeParse({ ...values, byWhen: parseUkDate(values.byWhen) ?? values.byWhen })
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error))
      return
    }
    setErrors({})
    setBusy(true)
    try {
      await onSubmit(parsed.data)
      if (initial) draft.clear()
      else draft.reset()
    } catch (failure) {
      if (failure instanceof RequestError) {
        const fields = Object.fromEntries(Object.entries(failure.error.fields ?? {}).map(([key, message]) => [key.replace(/^details\./, ''), message]))
        setErrors(fields)
        setFormError(failure.error.message)
      } else setFormError(String(failure))
    } finally {
      setBusy(false)
    }
  }

  return (
    <form className="form action-form" onSubmit={(event) => void submit(event)} noValidate aria-label={label}>
      {formError && <ErrorMessage>{formError}</ErrorMessage>}
      <DraftNotice draft={draft} />
      <Field label="Action" hint="What will be done" error={errors.action}>
        {(props) => <textarea {...props} rows={2} value={values.action} onChange={set('action')} />}
      </Field>
      <div className="form__row">
        <Field label="Lead owner" hint="A role is enough, for example Fostering service manager" error={errors.lead}>
          {(props) => <input {...props} type="text" value={values.lead} onChange={set('lead')} autoComplete="off" />}
        </Field>
        <Field label="By when" hint="For example 31 March 2027" error={errors.byWhen}>
          {(props) => <input {...props} type="text" value={values.byWhen} onChange={set('byWhen')} autoComplete="off" />}
        </Field>
        <Field label="Status" error={errors.status}>
          {(props) => (
            <select {...props} value={values.status} onChange={set('status')}>
              <StatusOptions />
            </select>
          )}
        </Field>
      </div>
      <div className="form__row">
        <Field label="Outcome or impact sought" error={errors.outcome}>
          {(props) => <textarea {...props} rows={2} value={values.outcome} onChange={set('outcome')} />}
        </Field>
        <Field label="How it will be measured" error={errors.measure}>
          {(props) => <textarea {...props} rows={2} value={values.measure} onChange={set('measure')} />}
        </Field>
      </div>
      <FormActions submitLabel={submitLabel} busy={busy} onCancel={onCancel && (() => {
        draft.clear()
        onCancel()
      })} />
    </form>
  )
}
