import type { ReactNode } from 'react'
import { formatUkDate } from '../../../../shared/domain/dates'
import { groupByService } from '../../../../shared/domain/plan/cycles'
import type { WorkshopSummary } from '../../../../shared/domain/workshop'
import { useApi } from '../../api/queries'
import { routeHref } from '../../router'
import './start.css'

/** Which workshop follows which, and the overdue actions, for the start screen. */
export function useCycleOverview() {
  return useApi('cycles.overview', {}).data ?? { links: [], overdue: [] }
}

/**
 * The start screen's list with the cycles of one service listed together (latest first); a
 * workshop with no other cycles is listed on its own, as before.
 */
export function ServiceList({ workshops, links, card }: {
  workshops: readonly WorkshopSummary[]
  links: ReadonlyArray<{ id: string; previousId: string | null }>
  card: (workshop: WorkshopSummary) => ReactNode
}) {
  return (
    <>
      {groupByService(workshops, links).map((service) => {
        if (service.length === 1) return card(service[0]!)
        const first = service.at(-1)!
        return (
          <li key={`service-${first.id}`} className="service">
            <h2 className="service__heading">
              {first.localArea ? `${first.localArea}: ` : ''}cycles {first.cycle} to {service[0]!.cycle} of the same service
            </h2>
            <ul className="workshop-list" aria-label={`Cycles of ${first.title}, latest first`}>
              {service.map(card)}
            </ul>
          </li>
        )
      })}
    </>
  )
}

/** Actions past their by-when date and not complete, in every workshop, most overdue first. */
export function OverdueActions({ overdue }: { overdue: ReturnType<typeof useCycleOverview>['overdue'] }) {
  if (overdue.length === 0) return null
  return (
    <section className="panel start-overdue" aria-labelledby="overdue-heading">
      <h2 id="overdue-heading">
        <span aria-hidden="true" className="start-overdue__flag">⚑</span> {overdue.length === 1 ? '1 overdue action' : `${overdue.length} overdue actions`}
      </h2>
      <ul>
        {overdue.map((action) => (
          <li key={action.id}>
            <a href={routeHref({ screen: 'workshop', workshopId: action.workshopId, step: 'do' })}>{action.action}</a>: due {formatUkDate(action.byWhen)}, led by {action.lead}
            {' '}({action.workshopTitle}; priority: {action.priorityTitle})
          </li>
        ))}
      </ul>
    </section>
  )
}
