import { useState } from 'react'
import type { Workshop } from '../../../../shared/domain/workshop'
import { formatUkDate } from '../../../../shared/domain/dates'
import { messageOf, request } from '../../api/client'
import { useCall } from '../../api/useCall'
import { navigate, routeHref } from '../../router'
import { ConfirmDialog } from '../../ui/Dialog'
import { ErrorMessage } from '../../ui/Status'

/** The cycles of this service, and "Start the next cycle" from this workshop. */
export function Cycles({ workshop }: { workshop: Workshop }) {
  const [cycles] = useCall('cycles.list', { workshopId: workshop.id })
  const [asking, setAsking] = useState(false)
  const [error, setError] = useState<string>()
  const next = cycles.state === 'ready' ? cycles.value.find((other) => other.cycle === workshop.cycle + 1) : undefined

  async function start() {
    setAsking(false)
    setError(undefined)
    try {
      const created = await request('cycles.startNext', { workshopId: workshop.id })
      navigate({ screen: 'workshop', workshopId: created.id, step: 'setup' })
    } catch (failure) {
      setError(messageOf(failure))
    }
  }

  return (
    <section className="panel" aria-labelledby="cycles-heading">
      <h2 id="cycles-heading">Cycles of this service</h2>
      {cycles.state === 'ready' && (
        <ol className="cycle-list">
          {cycles.value.map((cycle) => (
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
      {error && <ErrorMessage>{error}</ErrorMessage>}
      {next ? (
        <p>The next cycle has been started: <a href={routeHref({ screen: 'workshop', workshopId: next.id, step: 'setup' })}>cycle {next.cycle}</a>.</p>
      ) : (
        <div className="actions actions--start">
          <button type="button" className="button button--primary" onClick={() => setAsking(true)}>
            Start the next cycle
          </button>
        </div>
      )}
      <ConfirmDialog title="Start the next cycle?" open={asking} confirmLabel={`Start cycle ${workshop.cycle + 1}`} onCancel={() => setAsking(false)} onConfirm={start}>
        <p>
          A new workshop for cycle {workshop.cycle + 1} of this service will be created. It carries forward the priorities and actions that are still open (complete ones stay here), and this cycle’s ratings as the baseline to re-rate against. Add the groups in the room in its Set-up.
        </p>
      </ConfirmDialog>
    </section>
  )
}
