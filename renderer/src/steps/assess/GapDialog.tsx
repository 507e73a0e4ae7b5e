import type { Pack } from '../../../../shared/content/schema'
import { gapDetailsSchema, type Gap, type GapDetails } from '../../../../shared/domain/gaps'
import type { Group } from '../../../../shared/domain/workshop'
import { write } from '../../api/queries'
import { Dialog } from '../../ui/Dialog'
import { DraftNotice } from '../../ui/DraftNotice'
import { useDraft } from '../../ui/useDraft'
import { Field } from '../../ui/Field'
import { ErrorMessage } from '../../ui/Status'
import { useContractForm } from '../../parts/useContractForm'
import { GuideCheckboxes } from './GuideCheckboxes'

interface Props {
  open: boolean
  title: string
  workshopId: string
  pack: Pack
  groups: Group[]
  /** Prefilled details (from a question's tags, from an uncovered KP…). */
  initial: Partial<GapDetails>
  /** When editing, the gap's id. */
  gapId?: string | undefined
  /** The source question's text, shown so the room knows where the gap came from. */
  sourceText?: string | undefined
  /** A note above the links, e.g. that the question applies to every Recommendation. */
  hint?: string | undefined
  onClose: () => void
  onSaved: (gap: Gap) => void
}

const EMPTY: GapDetails = { title: '', detail: '', links: [], groupIds: [], sourceQuestionId: null, edie: false }

export function GapDialog({ open, title, ...props }: Props) {
  return (
    <Dialog title={title} open={open} onClose={props.onClose} className="dialog--sheet">
      {open && <GapForm {...props} />}
    </Dialog>
  )
}

function GapForm({ workshopId, pack, groups, initial, gapId, sourceText, hint, onClose, onSaved }: Omit<Props, 'open' | 'title'>) {
  // A new gap's draft is filed by the question it came from, so another question's form starts clean.
  const draft = useDraft<GapDetails>({ workshopId, form: 'gap', recordId: gapId ?? `new:${initial.sourceQuestionId ?? ''}` }, { ...EMPTY, ...initial })
  const details = draft.value
  const { form, submit, busy, formError, errorOf } = useContractForm({ schema: gapDetailsSchema, draft, serverPrefix: 'details.' })
  const send = submit(async (details) => {
    const gap = gapId ? await write('gaps.update', { id: gapId, details }) : await write('gaps.create', { workshopId, details })
    draft.clear()
    onSaved(gap)
  })

  return (
    <form className="form" onSubmit={(event) => void send(event)} noValidate aria-label={gapId ? 'Edit gap' : 'New gap'}>
      {formError && <ErrorMessage>{formError}</ErrorMessage>}
      <DraftNotice draft={draft} />
      {sourceText && details.sourceQuestionId && (
        <div className="gap-source">
          <p>
            <strong>From the question:</strong> {sourceText}
          </p>
          <label className="checkbox">
            <input type="checkbox" checked={details.sourceQuestionId !== null} onChange={() => form.setValue('sourceQuestionId', null)} />
            Link this gap to the question
          </label>
        </div>
      )}
      <Field label="Title" hint="A few words the room will recognise, for example ‘No peer support at weekends’" error={errorOf('title')}>
        {(field) => <input {...field} type="text" {...form.register('title')} autoComplete="off" data-autofocus />}
      </Field>
      <Field label="Detail" hint="What the groups said, in their words" error={errorOf('detail')}>
        {(field) => <textarea {...field} rows={3} {...form.register('detail')} />}
      </Field>
      {hint && <p className="field__hint">{hint}</p>}
      <GuideCheckboxes pack={pack} legend="Linked Key Principles and Recommendations" value={details.links} onChange={(links) => form.setValue('links', links)} error={errorOf('links')} />
      <fieldset className="checkboxes">
        <legend>Raised by</legend>
        {errorOf('groupIds') && <p className="field__error">{errorOf('groupIds')}</p>}
        {groups.length === 0 && <p className="empty">No groups recorded in Set-up.</p>}
        {groups.map((group) => (
          <label key={group.id} className="checkbox">
            <input
              type="checkbox"
              checked={details.groupIds.includes(group.id)}
              onChange={() =>
                form.setValue('groupIds', details.groupIds.includes(group.id) ? details.groupIds.filter((id) => id !== group.id) : groups.map((g) => g.id).filter((id) => id === group.id || details.groupIds.includes(id)))
              }
            />
            {group.name}
          </label>
        ))}
      </fieldset>
      <label className="checkbox">
        <input type="checkbox" {...form.register('edie')} />
        EDIE: raised through an Equality, Diversity, Inclusion and Equity lens
      </label>
      <div className="actions">
        <button
          type="button"
          className="button"
          onClick={() => {
            // Cancel is a choice to drop what was typed; closing with Escape keeps it.
            draft.clear()
            onClose()
          }}
        >
          Cancel
        </button>
        <button type="submit" className="button button--primary" disabled={busy}>
          {gapId ? 'Save gap' : 'Record gap'}
        </button>
      </div>
    </form>
  )
}
