import { useState, type FormEvent } from 'react'
import { fieldErrors } from '../../../../shared/api/result'
import { formatUkDate, parseUkDate, todayIso } from '../../../../shared/domain/dates'
import { actionUpdateInputSchema, type Action } from '../../../../shared/domain/plan/action'
import { RequestError, request } from '../../api/client'
import { StatusOptions } from '../../parts/StatusBadge'
import { DraftNotice } from '../../ui/DraftNotice'
import { Field } from '../../ui/Field'
import { useDraft } from '../../ui/useDraft'
import { ErrorMessage } from '../../ui/Status'

/** Where an update being typed on an action is kept until it is recorded. */
export const updateDraftPlace = (action: Action) => ({ workshopId: action.workshopId, form: 'action-update', recordId: action.id })

/** A dated progress check: the status now and the update and evidence behind it. */
export function UpdateForm({ action, onLogged }: { action: Action; onLogged: () => Promise<void> }) {
  const draft = useDraft<{ date: string; status: string; text: string }>(updateDraftPlace(action), { date: formatUkDate(todayIso()), status: action.status, text: '' })
  const { date, status, text } = draft.value
  const setDate = (next: string) => draft.set((current) => ({ ...current, date: next }))
  const setStatus = (next: string) => draft.set((current) => ({ ...current, status: next }))
  const setText = (next: string) => draft.set((current) => ({ ...current, text: next }))
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [formError, setFormError] = useState<string>()
  const [busy, setBusy] = useState(false)

  async function submit(event: FormEvent) {
    event.preventDefault()
    setFormError(undefined)
    const parsed = actionUpdateInputSchema.safeParse({ date: parseUkDate(date) ?? date, status, text })
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error))
      return
    }
    setErrors({})
    setBusy(true)
    try {
      await request('actions.log', { id: action.id, update: parsed.data })
      draft.reset()
      await onLogged()
    } catch (failure) {
      if (failure instanceof RequestError) {
        setErrors(Object.fromEntries(Object.entries(failure.error.fields ?? {}).map(([key, message]) => [key.replace(/^update\./, ''), message])))
        setFormError(failure.error.message)
      } else setFormError(String(failure))
    } finally {
      setBusy(false)
    }
  }

  return (
    <form className="form update-form" onSubmit={(event) => void submit(event)} noValidate aria-label={`Record an update on ${action.action}`}>
      {formError && <ErrorMessage>{formError}</ErrorMessage>}
      <DraftNotice draft={draft} />
      <div className="form__row">
        <Field label="Date" hint="For example 23 November 2026" error={errors.date}>
          {(props) => <input {...props} type="text" value={date} onChange={(event) => setDate(event.target.value)} autoComplete="off" />}
        </Field>
        <Field label="Status now" error={errors.status}>
          {(props) => (
            <select {...props} value={status} onChange={(event) => setStatus(event.target.value)}>
              <StatusOptions />
            </select>
          )}
        </Field>
      </div>
      <Field label="Update and evidence" hint="What has happened, and how you know" error={errors.text}>
        {(props) => <textarea {...props} rows={2} value={text} onChange={(event) => setText(event.target.value)} />}
      </Field>
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          Record update
        </button>
      </div>
    </form>
  )
}
