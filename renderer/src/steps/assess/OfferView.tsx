import { useState } from 'react'
import { GUIDE_TAGS, type GuideTag } from '../../../../shared/domain/links'
import { OFFER_KIND_LABELS, OFFER_KINDS, coverage, offerDetailsSchema, type OfferDetails, type OfferItem } from '../../../../shared/domain/offer'
import type { Workshop } from '../../../../shared/domain/workshop'
import { messageOf } from '../../api/client'
import { useApi, write } from '../../api/queries'
import { ConfirmDialog } from '../../ui/Dialog'
import { Field } from '../../ui/Field'
import { DraftNotice } from '../../ui/DraftNotice'
import { useDraft } from '../../ui/useDraft'
import type { DraftPlace } from '../../../../shared/domain/drafts'
import { ErrorMessage, LiveMessage } from '../../ui/Status'
import { GapDialog } from './GapDialog'
import { useContractForm } from '../../parts/useContractForm'
import { GuideCheckboxes } from './GuideCheckboxes'
import { guideName, TagChips } from './TagChip'
import { type AssessData } from './useAssessData'
import { FormActions } from '../../ui/FormActions'

const EMPTY: OfferDetails = { name: '', kind: 'local', deliveredBy: '', takeUp: '', notes: '', links: [] }

/** What the service offers foster carers today, and which KPs and Recommendations it covers. */
export function OfferView({ workshop, data }: { workshop: Workshop; data: AssessData }) {
  const { pack, groups } = data
  const offer = useApi('offer.list', { workshopId: workshop.id })
  const items = offer.data
  const [editing, setEditing] = useState<OfferItem>()
  const [removing, setRemoving] = useState<OfferItem>()
  const [gapFor, setGapFor] = useState<GuideTag>()
  const [message, setMessage] = useState('')
  const [failed, setError] = useState<string>()
  const error = failed ?? offer.error?.message

  const tags = GUIDE_TAGS.filter((t) => pack.keyPrinciples.some((kp) => kp.id === t) || pack.recommendations.some((rec) => rec.id === t))
  const rows = coverage(tags, items ?? [])
  const gapsLikely = rows.filter((row) => row.items.length === 0).length

  return (
    <div className="offer">
      <section className="panel" aria-labelledby="offer-heading">
        <h2 id="offer-heading">The current support offer</h2>
        <p className="panel__intro">What the service offers foster carers today, each mapped to the Key Principles and Recommendations it serves.</p>
        <LiveMessage onMoveOn={() => setMessage('')}>{message}</LiveMessage>
        {error && <ErrorMessage>{error}</ErrorMessage>}
        {items?.length === 0 && <p className="empty">Nothing recorded yet. Add what the service offers today.</p>}
        <ul className="offer-list" aria-label="Support offer">
          {items?.map((item) =>
            editing?.id === item.id ? (
              <li key={item.id} className="offer-card">
                <OfferForm pack={pack} draftPlace={{ workshopId: workshop.id, form: 'offer', recordId: item.id }} label={`Edit ${item.name}`} submitLabel="Save" initial={item} onCancel={() => setEditing(undefined)} onSubmit={async (details) => {
                  await write('offer.update', { id: item.id, details })
                  setEditing(undefined)
                  setMessage(`Saved ${details.name}.`)
                }} />
              </li>
            ) : (
              <li key={item.id} className="offer-card" aria-labelledby={`offer-${item.id}`}>
                <h3 id={`offer-${item.id}`}>{item.name}</h3>
                <p className="offer-card__kind">{OFFER_KIND_LABELS[item.kind]}</p>
                <dl className="offer-card__facts">
                  {item.deliveredBy && (<><dt>Delivered by</dt><dd>{item.deliveredBy}</dd></>)}
                  {item.takeUp && (<><dt>How carers take it up</dt><dd>{item.takeUp}</dd></>)}
                  {item.notes && (<><dt>Notes</dt><dd>{item.notes}</dd></>)}
                </dl>
                <TagChips pack={pack} tags={item.links} label={`${item.name} serves`} />
                <div className="actions actions--start">
                  <button type="button" className="button button--small" onClick={() => setEditing(item)} aria-label={`Edit ${item.name}`}>Edit</button>
                  <button type="button" className="button button--small button--danger-quiet" onClick={() => setRemoving(item)} aria-label={`Remove ${item.name}`}>Remove</button>
                </div>
              </li>
            ),
          )}
        </ul>
        <h3>Add to the offer</h3>
        <OfferForm pack={pack} draftPlace={{ workshopId: workshop.id, form: 'offer' }} label="Add to the support offer" submitLabel="Add to the offer" onSubmit={async (details) => {
          await write('offer.add', { workshopId: workshop.id, details })
          setMessage(`Added ${details.name}.`)
        }} />
      </section>

      <section className="panel" aria-labelledby="coverage-heading">
        <h2 id="coverage-heading">Coverage</h2>
        <p className="panel__intro">
          {gapsLikely === 0 ? 'Every Key Principle and Recommendation has something in the offer.' : `${gapsLikely} of ${rows.length} have nothing in the offer: these are likely gaps.`}
        </p>
        <table className="coverage">
          <thead>
            <tr>
              <th scope="col">Key Principle or Recommendation</th>
              <th scope="col">In the offer</th>
              <th scope="col"><span className="visually-hidden">Action</span></th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.tag} className={row.items.length === 0 ? 'coverage__row coverage__row--none' : 'coverage__row'}>
                <th scope="row">{guideName(pack, row.tag)}</th>
                <td>
                  {row.items.length === 0 ? (
                    <strong className="coverage__none"><span aria-hidden="true">⚠ </span>Nothing mapped: likely a gap</strong>
                  ) : (
                    <span><span aria-hidden="true">✓ </span>{row.items.join(', ')}</span>
                  )}
                </td>
                <td>
                  {row.items.length === 0 && (
                    <button type="button" className="button button--small" onClick={() => setGapFor(row.tag)} aria-label={`Record a gap for ${row.tag}`}>
                      Record a gap
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <ConfirmDialog title="Remove from the offer?" open={removing !== undefined} confirmLabel="Remove" onCancel={() => setRemoving(undefined)} onConfirm={async () => {
        if (!removing) return
        try {
          await write('offer.remove', { id: removing.id })
          setMessage(`Removed ${removing.name}.`)
        } catch (failure) {
          setError(messageOf(failure))
        }
        setRemoving(undefined)
      }}>
        {removing && <p>{removing.name} will be removed from the support offer.</p>}
      </ConfirmDialog>
      <GapDialog
        open={gapFor !== undefined}
        title={gapFor ? `Record a gap for ${gapFor}` : 'Record a gap'}
        workshopId={workshop.id}
        pack={pack}
        groups={groups}
        initial={gapFor ? { links: [gapFor] } : {}}
        onClose={() => setGapFor(undefined)}
        onSaved={(gap) => {
          setGapFor(undefined)
          setMessage(`Gap recorded: ${gap.title}.`)
        }}
      />
    </div>
  )
}

interface FormProps {
  pack: AssessData['pack']
  label: string
  submitLabel: string
  initial?: OfferDetails
  /** Where unsaved typing is kept: the workshop, and the offer being edited. */
  draftPlace: DraftPlace
  onSubmit: (details: OfferDetails) => Promise<void>
  onCancel?: () => void
}

function OfferForm({ pack, label, submitLabel, initial, draftPlace, onSubmit, onCancel }: FormProps) {
  const draft = useDraft<OfferDetails>(draftPlace, initial ? { name: initial.name, kind: initial.kind, deliveredBy: initial.deliveredBy, takeUp: initial.takeUp, notes: initial.notes, links: initial.links } : EMPTY)
  const details = draft.value
  const { form, submit, formError, errorOf } = useContractForm({ schema: offerDetailsSchema, draft, serverPrefix: 'details.' })
  const send = submit(async (details) => {
    await onSubmit(details)
    if (initial) draft.clear()
    else draft.reset()
  })

  return (
    <form className="form" onSubmit={(event) => void send(event)} noValidate aria-label={label}>
      {formError && <ErrorMessage>{formError}</ErrorMessage>}
      <DraftNotice draft={draft} />
      <Field label="Name" hint="For example Mockingbird, or ‘Monthly support group’" error={errorOf('name')}>
        {(field) => <input {...field} type="text" {...form.register('name')} autoComplete="off" />}
      </Field>
      <fieldset className="checkboxes checkboxes--stacked">
        <legend>Kind</legend>
        {OFFER_KINDS.map((kind) => (
          <label key={kind} className="checkbox">
            <input type="radio" {...form.register('kind')} value={kind} />
            {OFFER_KIND_LABELS[kind]}
          </label>
        ))}
      </fieldset>
      <div className="form__row">
        <Field label="Who delivers it" error={errorOf('deliveredBy')}>
          {(field) => <input {...field} type="text" {...form.register('deliveredBy')} autoComplete="off" />}
        </Field>
        <Field label="How carers take it up" error={errorOf('takeUp')}>
          {(field) => <input {...field} type="text" {...form.register('takeUp')} autoComplete="off" />}
        </Field>
      </div>
      <Field label="Notes" error={errorOf('notes')}>
        {(field) => <textarea {...field} rows={2} {...form.register('notes')} />}
      </Field>
      <GuideCheckboxes pack={pack} legend="Serves these Key Principles and Recommendations" value={details.links} onChange={(links) => form.setValue('links', links)} error={errorOf('links')} />
      <FormActions submitLabel={submitLabel} onCancel={onCancel && (() => {
        draft.clear()
        onCancel()
      })} />
    </form>
  )
}
