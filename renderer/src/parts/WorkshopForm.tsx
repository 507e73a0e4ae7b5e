import { useState, type FormEvent } from 'react'
import { fieldErrors } from '../../../shared/api/result'
import { formatUkDate, parseUkDate, todayIso } from '../../../shared/domain/dates'
import type { PackInfo } from '../../../shared/api/packs'
import { workshopDetailsSchema, type PackRef, type Workshop, type WorkshopDetails } from '../../../shared/domain/workshop'
import { RequestError } from '../api/client'
import { Field } from '../ui/Field'
import { ErrorMessage } from '../ui/Status'
import { DraftNotice } from '../ui/DraftNotice'
import { useDraft } from '../ui/useDraft'
import { FormActions } from '../ui/FormActions'

interface Draft {
  title: string
  localArea: string
  date: string
  venue: string
  facilitators: string
  cycle: string
  notes: string
}

function draftOf(workshop: Workshop | undefined): Draft {
  return {
    title: workshop?.title ?? '',
    localArea: workshop?.localArea ?? '',
    date: formatUkDate(workshop?.date ?? todayIso()),
    venue: workshop?.venue ?? '',
    facilitators: workshop?.facilitators ?? '',
    cycle: String(workshop?.cycle ?? 1),
    notes: workshop?.notes ?? '',
  }
}

interface Props {
  workshop?: Workshop
  submitLabel: string
  /** For a new workshop: the installed content packs to choose from. */
  packs?: readonly PackInfo[]
  onSubmit: (details: WorkshopDetails, pack?: PackRef) => Promise<void>
  onCancel?: () => void
}

/** The workshop's details: checked here for instant messages, and again by the API. */
const packKey = (pack: PackRef) => `${pack.id}@${pack.version}`

export function WorkshopForm({ workshop, submitLabel, packs, onSubmit, onCancel }: Props) {
  const [packChoice, setPackChoice] = useState(() => (packs?.[packs.length - 1] ? packKey(packs[packs.length - 1]!) : ''))
  // Typing kept from before a reload or crash, offered back rather than applied over saved details silently.
  const kept = useDraft<Draft>({ workshopId: workshop?.id ?? 'new', form: 'workshop-details' }, draftOf(workshop), { offer: true })
  const draft = kept.value
  const setDraft = kept.set
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [formError, setFormError] = useState<string>()
  const [busy, setBusy] = useState(false)
  const set = (key: keyof Draft) => (event: { target: { value: string } }) => setDraft({ ...draft, [key]: event.target.value })

  async function submit(event: FormEvent) {
    event.preventDefault()
    setFormError(undefined)
    const date = parseUkDate(draft.date)
    const candidate = {
      ...draft,
      date: date ?? draft.date,
      cycle: /^\s*\d+\s*$/.test(draft.cycle) ? Number(draft.cycle) : Number.NaN,
    }
    const parsed = workshopDetailsSchema.safeParse(candidate)
    const found = parsed.success ? {} : fieldErrors(parsed.error)
    if (date === null) found.date = 'Enter a real date, for example 23 November 2026.'
    if (Number.isNaN(candidate.cycle)) found.cycle = 'Cycle must be a whole number, for example 1.'
    setErrors(found)
    if (!parsed.success || Object.keys(found).length > 0) {
      setFormError('Check the fields marked below.')
      return
    }
    setBusy(true)
    try {
      const pack = packs?.find((candidate) => packKey(candidate) === packChoice)
      await onSubmit(parsed.data, pack && { id: pack.id, version: pack.version })
      kept.clear()
    } catch (error) {
      if (error instanceof RequestError) {
        setErrors(error.error.fields ?? {})
        setFormError(error.error.message)
      } else {
        setFormError(String(error))
      }
    } finally {
      setBusy(false)
    }
  }

  const parsedDate = parseUkDate(draft.date)
  return (
    <form className="form" onSubmit={(event) => void submit(event)} noValidate aria-label="Workshop details">
      {formError && <ErrorMessage>{formError}</ErrorMessage>}
      <DraftNotice draft={kept}>
        <p>
          <strong>You have changes to these details that were not saved</strong> (title “{kept.offered?.title || 'no title'}”). Restore them?
        </p>
      </DraftNotice>
      <Field label="Title" hint="For example: Foster carers’ forum, autumn" error={errors.title}>
        {(props) => <input {...props} type="text" value={draft.title} onChange={set('title')} autoComplete="off" />}
      </Field>
      <Field label="Local area" error={errors.localArea}>
        {(props) => <input {...props} type="text" value={draft.localArea} onChange={set('localArea')} autoComplete="off" />}
      </Field>
      <div className="form__row">
        <Field
          label="Date"
          hint={parsedDate ? `Reads as ${formatUkDate(parsedDate)}` : 'For example 23 November 2026 or 23/11/2026'}
          error={errors.date}
        >
          {(props) => <input {...props} type="text" value={draft.date} onChange={set('date')} autoComplete="off" inputMode="text" />}
        </Field>
        <Field label="Cycle" hint="1 for the first Assess–Plan–Do–Review cycle" error={errors.cycle}>
          {(props) => <input {...props} type="number" min={1} max={99} step={1} value={draft.cycle} onChange={set('cycle')} className="input--short" />}
        </Field>
      </div>
      <Field label="Venue" error={errors.venue}>
        {(props) => <input {...props} type="text" value={draft.venue} onChange={set('venue')} autoComplete="off" />}
      </Field>
      <Field label="Facilitators" hint="Roles are enough; names are optional" error={errors.facilitators}>
        {(props) => <input {...props} type="text" value={draft.facilitators} onChange={set('facilitators')} autoComplete="off" />}
      </Field>
      {packs && packs.length > 1 && (
        <Field label="Reflective tool" hint="The edition is kept with the workshop, so later editions never change its record" error={errors.pack}>
          {(props) => (
            <select {...props} value={packChoice} onChange={(event) => setPackChoice(event.target.value)}>
              {packs.map((pack) => (
                <option key={packKey(pack)} value={packKey(pack)}>
                  {pack.title} (version {pack.version})
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      {packs && packs.length === 1 && (
        <p className="field__hint">
          Uses the {packs[0]!.title} (version {packs[0]!.version}).
        </p>
      )}
      <Field label="Notes" error={errors.notes}>
        {(props) => <textarea {...props} rows={3} value={draft.notes} onChange={set('notes')} />}
      </Field>
      {/* Cancel is a choice to drop what was typed. */}
      <FormActions submitLabel={submitLabel} busy={busy} onCancel={onCancel && (() => {
        kept.clear()
        onCancel()
      })} />
    </form>
  )
}
