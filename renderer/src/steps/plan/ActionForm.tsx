import { formatUkDate, parseUkDate, todayIso } from '../../../../shared/domain/dates'
import { actionDetailsSchema, type ActionDetails } from '../../../../shared/domain/plan/action'
import { pastByWhenWarning, type ActionStatus } from '../../../../shared/domain/plan/status'
import { DraftNotice } from '../../ui/DraftNotice'
import { Field } from '../../ui/Field'
import { useDraft } from '../../ui/useDraft'
import type { DraftPlace } from '../../../../shared/domain/drafts'
import { ErrorMessage } from '../../ui/Status'
import { StatusOptions } from '../../parts/StatusBadge'
import { FormActions } from '../../ui/FormActions'
import { useContractForm } from '../../parts/useContractForm'
import { ConfirmWarning, useConfirmation } from '../../ui/ConfirmWarning'

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
  const { form, submit, busy, formError, errorOf } = useContractForm({
    schema: actionDetailsSchema,
    draft,
    // A date typed the UK way becomes ISO; anything else goes to the schema as typed and is refused there.
    read: (values) => ({ ...values, byWhen: parseUkDate(values.byWhen) ?? values.byWhen }),
    serverPrefix: 'details.',
  })
  const pastDate = useConfirmation()
  const send = submit(async (details) => {
    // A date already past is asked about once (not again for an action whose date was already so).
    const changed = details.byWhen !== initial?.byWhen
    if (!pastDate.check(details.byWhen, changed ? pastByWhenWarning(details.byWhen, details.status, todayIso()) : null)) return
    await onSubmit(details)
    pastDate.clear()
    if (initial) draft.clear()
    else draft.reset()
  })

  return (
    <form className="form action-form" onSubmit={(event) => void send(event)} noValidate aria-label={label}>
      {formError && <ErrorMessage>{formError}</ErrorMessage>}
      <DraftNotice draft={draft} />
      <Field label="Action" hint="What will be done" error={errorOf('action')}>
        {(props) => <textarea {...props} rows={2} {...form.register('action')} />}
      </Field>
      <div className="form__row">
        <Field label="Lead owner" hint="A role is enough, for example Fostering service manager" error={errorOf('lead')}>
          {(props) => <input {...props} type="text" {...form.register('lead')} autoComplete="off" />}
        </Field>
        <Field
          label="By when"
          hint="For example 31 March 2027"
          error={errorOf('byWhen')}
          warning={pastDate.asked && parseUkDate(form.watch('byWhen')) === pastDate.asked.value && <ConfirmWarning message={pastDate.asked.message} confirmLabel={`Keep ${formatUkDate(pastDate.asked.value)}`} onConfirm={pastDate.confirm} />}
        >
          {(props) => <input {...props} type="text" {...form.register('byWhen')} autoComplete="off" />}
        </Field>
        <Field label="Status" error={errorOf('status')}>
          {(props) => (
            <select {...props} {...form.register('status')}>
              <StatusOptions />
            </select>
          )}
        </Field>
      </div>
      <div className="form__row">
        <Field label="Outcome or impact sought" error={errorOf('outcome')}>
          {(props) => <textarea {...props} rows={2} {...form.register('outcome')} />}
        </Field>
        <Field label="How it will be measured" error={errorOf('measure')}>
          {(props) => <textarea {...props} rows={2} {...form.register('measure')} />}
        </Field>
      </div>
      <FormActions submitLabel={submitLabel} busy={busy} onCancel={onCancel && (() => {
        draft.clear()
        onCancel()
      })} />
    </form>
  )
}
