import { useState } from 'react'
import type { StatusCounts } from '../../../../shared/api/team'
import { formatUkDate } from '../../../../shared/domain/dates'
import { ACTION_STATUSES, STATUS_WORDS } from '../../../../shared/domain/plan/status'
import { messageOf, request } from '../../api/client'
import { saveFile } from '../../api/download'
import { useApi } from '../../api/queries'
import { StatusBadge } from '../../parts/StatusBadge'
import { routeHref } from '../../router'
import { TeamPage } from '../../parts/TeamPage'
import { ErrorMessage, LiveMessage } from '../../ui/Status'
import '../../parts/team.css'

function Counts({ counts }: { counts: StatusCounts }) {
  const shown = ACTION_STATUSES.filter((status) => counts[status] > 0)
  if (shown.length === 0) return <>No actions yet</>
  return (
    <ul className="team-counts">
      {shown.map((status) => (
        <li key={status}>
          <StatusBadge status={status} /> <span className="visually-hidden">{STATUS_WORDS[status].word}:</span> {counts[status]}
        </li>
      ))}
    </ul>
  )
}

/**
 * Across the partnership: what member services are working on, from the team library's summaries
 * only (priorities, their Key Principles and Recommendations, action status counts; never notes,
 * group names or ballots).
 */
export function PartnershipScreen() {
  const settings = useApi('team.settings', {})
  const connected = settings.data?.connect === true
  const summary = useApi('team.partnership', {}, { enabled: connected, remote: true })
  const [message, setMessage] = useState('')
  const [error, setError] = useState<string>()
  const services = [...new Set(summary.data?.cycles.map((cycle) => cycle.service) ?? [])]

  async function download() {
    setError(undefined)
    setMessage('Preparing the Word page…')
    try {
      const file = await request('team.partnershipReport', {})
      saveFile(file)
      setMessage(`Ready: ${file.fileName}`)
    } catch (failure) {
      setMessage('')
      setError(messageOf(failure))
    }
  }

  return (
    <TeamPage
      title="Across the partnership"
      withTeamLink
      actions={summary.data && <button type="button" className="button" onClick={() => void download()}>Download the Word page</button>}
      subtitle={summary.data && summary.data.partnerships.length > 0 && new Intl.ListFormat('en-GB').format(summary.data.partnerships)}
    >
      {settings.data && !connected && (
        <p className="empty">No team library is connected. <a href={routeHref({ screen: 'settings' })}>Connect one in Settings</a>.</p>
      )}
      <LiveMessage>{message}</LiveMessage>
      {error && <ErrorMessage>{error}</ErrorMessage>}
      {connected && summary.isPending && <p>Asking the team library…</p>}
      {connected && summary.error && <ErrorMessage>{summary.error.message}</ErrorMessage>}
      {summary.data && (
        <>
          <p>
            From the team library’s summaries only: each service’s agreed priorities, their Key Principles and Recommendations, and how their actions stand. No notes, group names or
            ballots.
          </p>
          <section aria-labelledby="by-tag-heading">
            <h2 id="by-tag-heading">By Key Principle and Recommendation</h2>
            {summary.data.byTag.length === 0 ? (
              <p className="empty">No service has agreed priorities linked to a Key Principle or Recommendation yet.</p>
            ) : (
              <div className="table-scroll">
                <table className="team-table">
                  <caption className="visually-hidden">How many services prioritise each Key Principle and Recommendation in their latest cycle, and how their actions stand</caption>
                  <thead>
                    <tr>
                      <th scope="col">Key Principle or Recommendation</th>
                      <th scope="col">Services prioritising it (latest cycle)</th>
                      <th scope="col">Their actions</th>
                    </tr>
                  </thead>
                  <tbody>
                    {summary.data.byTag.map((row) => (
                      <tr key={row.tag}>
                        <th scope="row">{row.tag}</th>
                        <td>
                          {row.services.length} of {services.length}: {row.services.join(', ')}
                        </td>
                        <td><Counts counts={row.actions} /></td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
          <section aria-labelledby="by-service-heading">
            <h2 id="by-service-heading">By service and cycle</h2>
            {services.map((service) => (
              <div key={service} className="team-service">
                <h3>{service}</h3>
                {summary.data.cycles.filter((cycle) => cycle.service === service).map((cycle) => (
                  <div key={`${cycle.cycle}-${cycle.date}`}>
                    <p>
                      <strong>Cycle {cycle.cycle}</strong>, {formatUkDate(cycle.date)}{cycle.latest && ' (latest)'}
                      {cycle.priorities.length === 0 && ': no priorities agreed yet.'}
                    </p>
                    {cycle.priorities.length > 0 && (
                      <ul>
                        {cycle.priorities.map((priority, index) => (
                          <li key={index}>
                            {priority.title} ({priority.tags.join(', ') || 'none linked'}) <Counts counts={priority.actions} />
                          </li>
                        ))}
                      </ul>
                    )}
                  </div>
                ))}
              </div>
            ))}
          </section>
        </>
      )}
    </TeamPage>
  )
}
