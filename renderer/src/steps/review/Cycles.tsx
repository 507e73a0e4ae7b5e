import { useState } from 'react'
import { z } from 'zod'
import { isoDateSchema, type Workshop } from '../../../../shared/domain/workshop'
import { formatUkDate, parseUkDate } from '../../../../shared/domain/dates'
import { useApi, write } from '../../api/queries'
import { navigate, routeHref } from '../../router'
import { useContractForm } from '../../parts/useContractForm'
import { Dialog } from '../../ui/Dialog'
import { Field } from '../../ui/Field'
import { FormActions } from '../../ui/FormActions'
import { ErrorMessage } from '../../ui/Status'
import { useDraft } from '../../ui/useDraft'

const nextCycleSchema = z.object({ date: isoDateSchema })

/** What starting the next cycle asks: the date the next cycle's workshop meets (never this one's, unasked). */
function StartNextForm({ workshop, onCancel }: { workshop: Workshop; onCancel: () => void }) {
  const draft = useDraft({ workshopId: workshop.id, form: 'next-cycle' }, { date: '' })
  const { form, submit, busy, formError, errorOf } = useContractForm({
    schema: nextCycleSchema,
    draft,
    read: (values) => ({ date: parseUkDate(values.date) ?? values.date }),
  })
  const send = submit(async ({ date }) => {
    const created = await write('cycles.startNext', { workshopId: workshop.id, date })
    draft.clear()
    navigate({ screen: 'workshop', workshopId: created.id, step: 'setup' })
  })
  return (
    <form className="form" onSubmit={(event) => void send(event)} noValidate aria-label={`Start cycle ${workshop.cycle + 1}`}>
      <p>
        A new workshop for cycle {workshop.cycle + 1} of this service will be created. It carries forward the priorities and actions that are still open (complete ones stay here), and this cycle’s ratings as the baseline to re-rate against. Add the groups in the room in its Set-up.
      </p>
      {formError && <ErrorMessage>{formError}</ErrorMessage>}
      <Field label={`Date of the cycle ${workshop.cycle + 1} workshop`} hint={`This cycle met on ${formatUkDate(workshop.date)}. For example 23 November 2027`} error={errorOf('date')}>
        {(props) => <input {...props} type="text" {...form.register('date')} autoComplete="off" data-autofocus />}
      </Field>
      <FormActions submitLabel={`Start cycle ${workshop.cycle + 1}`} busy={busy} onCancel={onCancel} />
    </form>
  )
}

/** The cycles of this service, and "Start the next cycle" from this workshop. */
export function Cycles({ workshop }: { workshop: Workshop }) {
  const cycles = useApi('cycles.list', { workshopId: workshop.id })
  const [asking, setAsking] = useState(false)
  const next = cycles.data?.find((other) => other.cycle === workshop.cycle + 1)

  return (
    <section className="panel" aria-labelledby="cycles-heading">
      <h2 id="cycles-heading">Cycles of this service</h2>
      {cycles.error && <ErrorMessage>{cycles.error.message}</ErrorMessage>}
      {cycles.data && (
        <ol className="cycle-list">
          {cycles.data.map((cycle) => (
            <li key={cycle.id}>
              {cycle.id === workshop.id ? (
                <strong aria-current="page">Cycle {cycle.cycle}: {cycle.title} ({formatUkDate(cycle.date)}), this workshop</strong>
              ) : (
                <a href={routeHref({ screen: 'workshop', workshopId: cycle.id, step: 'review' })}>Cycle {cycle.cycle}: {cycle.title} ({formatUkDate(cycle.date)})</a>
              )}
            </li>
          ))}
        </ol>
      )}
      {next ? (
        <p>The next cycle has been started: <a href={routeHref({ screen: 'workshop', workshopId: next.id, step: 'setup' })}>cycle {next.cycle}</a>.</p>
      ) : (
        <div className="actions actions--start">
          <button type="button" className="button button--primary" onClick={() => setAsking(true)}>
            Start the next cycle
          </button>
        </div>
      )}
      <Dialog title="Start the next cycle?" open={asking} onClose={() => setAsking(false)}>
        <StartNextForm workshop={workshop} onCancel={() => setAsking(false)} />
      </Dialog>
    </section>
  )
}
