import { formatUkDate, parseUkDate, todayIso } from '../../../../shared/domain/dates'
import { actionUpdateInputSchema, type Action } from '../../../../shared/domain/plan/action'
import { write } from '../../api/queries'
import { StatusOptions } from '../../parts/StatusBadge'
import { futureUpdateWarning } from '../../../../shared/domain/plan/status'
import { useContractForm } from '../../parts/useContractForm'
import { ConfirmWarning, useConfirmation } from '../../ui/ConfirmWarning'
import { DraftNotice } from '../../ui/DraftNotice'
import { Field } from '../../ui/Field'
import { useDraft } from '../../ui/useDraft'
import { ErrorMessage } from '../../ui/Status'

/** Where an update being typed on an action is kept until it is recorded. */
export const updateDraftPlace = (action: Action) => ({ workshopId: action.workshopId, form: 'action-update', recordId: action.id })

/** A dated progress check: the status now and the update and evidence behind it. */
export function UpdateForm({ action, onLogged }: { action: Action; onLogged: () => void }) {
  const draft = useDraft<{ date: string; status: string; text: string }>(updateDraftPlace(action), { date: formatUkDate(todayIso()), status: action.status, text: '' })
  const { form, submit, busy, formError, errorOf } = useContractForm({
    schema: actionUpdateInputSchema,
    draft,
    read: (values) => ({ ...values, date: parseUkDate(values.date) ?? values.date }),
    serverPrefix: 'update.',
  })
  const futureDate = useConfirmation()
  const send = submit(async (update) => {
    if (!futureDate.check(update.date, futureUpdateWarning(update.date, todayIso()))) return
    await write('actions.log', { id: action.id, update })
    futureDate.clear()
    draft.reset()
    onLogged()
  })

  return (
    <form className="form update-form" onSubmit={(event) => void send(event)} noValidate aria-label={`Record an update on ${action.action}`}>
      {formError && <ErrorMessage>{formError}</ErrorMessage>}
      <DraftNotice draft={draft} />
      <div className="form__row">
        <Field
          label="Date"
          hint="For example 23 November 2026"
          error={errorOf('date')}
          warning={futureDate.asked && parseUkDate(form.watch('date')) === futureDate.asked.value && <ConfirmWarning message={futureDate.asked.message} confirmLabel={`Keep ${formatUkDate(futureDate.asked.value)}`} onConfirm={futureDate.confirm} />}
        >
          {(props) => <input {...props} type="text" {...form.register('date')} autoComplete="off" />}
        </Field>
        <Field label="Status now" error={errorOf('status')}>
          {(props) => (
            <select {...props} {...form.register('status')}>
              <StatusOptions />
            </select>
          )}
        </Field>
      </div>
      <Field label="Update and evidence" hint="What has happened, and how you know" error={errorOf('text')}>
        {(props) => <textarea {...props} rows={2} {...form.register('text')} />}
      </Field>
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          Record update
        </button>
      </div>
    </form>
  )
}
