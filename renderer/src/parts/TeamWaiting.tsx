import { useApi } from '../api/queries'
import { routeHref } from '../router'
import './team.css'

/**
 * "Waiting to publish": what is in the outbox for the team library, said on the start screen. The
 * work is never held up by it; Common Ground keeps trying in the background.
 */
export function TeamWaiting() {
  const status = useApi('team.status', {})
  if (status.data === undefined) return null
  const waiting = status.data.outbox.filter((entry) => entry.state === 'waiting')
  const refused = status.data.outbox.filter((entry) => entry.state === 'refused')
  if (waiting.length === 0 && refused.length === 0) return null
  const titles = (entries: typeof waiting) => [...new Set(entries.map((entry) => entry.title))]
  return (
    <section className="team-waiting" aria-labelledby="team-waiting-heading">
      <h2 id="team-waiting-heading" className="team-waiting__heading">
        <span aria-hidden="true">⟳ </span>Waiting to publish
      </h2>
      {waiting.length > 0 && (
        <p>
          {new Intl.ListFormat('en-GB').format(titles(waiting).map((title) => `“${title}”`))}: the team library is not answering yet, so{' '}
          {titles(waiting).length === 1 ? 'it waits' : 'they wait'} here and {titles(waiting).length === 1 ? 'is' : 'are'} sent as soon as it does. Carry on working.
        </p>
      )}
      {refused.length > 0 && (
        <p>
          {new Intl.ListFormat('en-GB').format(titles(refused).map((title) => `“${title}”`))}: someone published a newer revision first. Open the workshop to choose what to do.
        </p>
      )}
      <p>
        <a href={routeHref({ screen: 'team' })}>Team library</a>
      </p>
    </section>
  )
}
