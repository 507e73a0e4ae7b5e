import { useState } from 'react'
import { formatUkDate, parseUkDate, todayIso } from '../../../shared/domain/dates'
import type { PackInfo } from '../../../shared/api/packs'
import { workshopDetailsSchema, type PackRef, type Workshop, type WorkshopDetails } from '../../../shared/domain/workshop'
import { Field } from '../ui/Field'
import { ErrorMessage } from '../ui/Status'
import { DraftNotice } from '../ui/DraftNotice'
import { useDraft } from '../ui/useDraft'
import { FormActions } from '../ui/FormActions'
import { useContractForm } from './useContractForm'

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

/** A count typed as text: its number, or NaN when it is not a whole number. */
const wholeNumber = (text: string) => (/^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN)

export function WorkshopForm({ workshop, submitLabel, packs, onSubmit, onCancel }: Props) {
  const [packChoice, setPackChoice] = useState(() => (packs?.[packs.length - 1] ? packKey(packs[packs.length - 1]!) : ''))
  // Typing kept from before a reload or crash, offered back rather than applied over saved details silently.
  const kept = useDraft<Draft>({ workshopId: workshop?.id ?? 'new', form: 'workshop-details' }, draftOf(workshop), { offer: true })
  const { form, submit, busy, formError, errorOf } = useContractForm({
    schema: workshopDetailsSchema,
    draft: kept,
    read: (draft) => ({ ...draft, date: parseUkDate(draft.date) ?? draft.date, cycle: wholeNumber(draft.cycle) }),
    unreadable: (draft) => ({
      date: parseUkDate(draft.date) === null ? 'Enter a real date, for example 23 November 2026.' : undefined,
      cycle: Number.isNaN(wholeNumber(draft.cycle)) ? 'Cycle must be a whole number, for example 1.' : undefined,
    }),
    summary: 'Check the fields marked below.',
  })
  const send = submit(async (details) => {
    const pack = packs?.find((candidate) => packKey(candidate) === packChoice)
    await onSubmit(details, pack && { id: pack.id, version: pack.version })
    kept.clear()
  })

  const parsedDate = parseUkDate(kept.value.date)
  return (
    <form className="form" onSubmit={(event) => void send(event)} noValidate aria-label="Workshop details">
      {formError && <ErrorMessage>{formError}</ErrorMessage>}
      <DraftNotice draft={kept}>
        <p>
          <strong>You have changes to these details that were not saved</strong> (title “{kept.offered?.title || 'no title'}”). Restore them?
        </p>
      </DraftNotice>
      <Field label="Title" hint="For example: Foster carers’ forum, autumn" error={errorOf('title')}>
        {(props) => <input {...props} type="text" {...form.register('title')} autoComplete="off" />}
      </Field>
      <Field label="Local area" error={errorOf('localArea')}>
        {(props) => <input {...props} type="text" {...form.register('localArea')} autoComplete="off" />}
      </Field>
      <div className="form__row">
        <Field
          label="Date"
          hint={parsedDate ? `Reads as ${formatUkDate(parsedDate)}` : 'For example 23 November 2026 or 23/11/2026'}
          error={errorOf('date')}
        >
          {(props) => <input {...props} type="text" {...form.register('date')} autoComplete="off" inputMode="text" />}
        </Field>
        <Field label="Cycle" hint="1 for the first Assess–Plan–Do–Review cycle" error={errorOf('cycle')}>
          {(props) => <input {...props} type="number" min={1} max={99} step={1} {...form.register('cycle')} className="input--short" />}
        </Field>
      </div>
      <Field label="Venue" error={errorOf('venue')}>
        {(props) => <input {...props} type="text" {...form.register('venue')} autoComplete="off" />}
      </Field>
      <Field label="Facilitators" hint="Roles are enough; names are optional" error={errorOf('facilitators')}>
        {(props) => <input {...props} type="text" {...form.register('facilitators')} autoComplete="off" />}
      </Field>
      {packs && packs.length > 1 && (
        <Field label="Reflective tool" hint="The edition is kept with the workshop, so later editions never change its record" error={errorOf('pack')}>
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
      <Field label="Notes" error={errorOf('notes')}>
        {(props) => <textarea {...props} rows={3} {...form.register('notes')} />}
      </Field>
      {/* Cancel is a choice to drop what was typed. */}
      <FormActions submitLabel={submitLabel} busy={busy} onCancel={onCancel && (() => {
        kept.clear()
        onCancel()
      })} />
    </form>
  )
}
