import { useState } from 'react'
import type { PublishAnswer } from '../../../shared/api/team'
import { messageOf, RequestError } from '../api/client'
import { useApi, write } from '../api/queries'
import { navigate, routeHref } from '../router'
import { ErrorMessage, LiveMessage } from '../ui/Status'
import { formatMoment } from './teamWords'
import './team.css'

/**
 * A workshop and the team library: publish it (it waits and retries when the server is away), mark
 * it as being run, and when someone published a newer revision first, the plain choice: get theirs
 * first, or publish mine as a separate copy. Nothing is overwritten.
 */
export function TeamPublish({ workshopId, title }: { workshopId: string; title: string }) {
  const settings = useApi('team.settings', {})
  const status = useApi('team.status', {})
  const connected = settings.data?.connect === true
  const link = status.data?.links.find((item) => item.workshopId === workshopId)
  const list = useApi('team.list', {}, { enabled: connected && link?.revisionNumber !== null && link !== undefined, remote: true })
  const check = useApi('team.check', {}, { enabled: connected, remote: true })
  const [answer, setAnswer] = useState<PublishAnswer>()
  const [message, setMessage] = useState('')
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)
  const [serviceId, setServiceId] = useState('')
  const [askService, setAskService] = useState(false)

  if (settings.data === undefined || status.data === undefined) return null
  if (!connected) {
    return (
      <p className="team-publish team-publish--off">
        This workshop is only on this computer. To share it with colleagues, <a href={routeHref({ screen: 'settings' })}>connect a team library</a>.
      </p>
    )
  }
  const entries = status.data.outbox.filter((entry) => entry.workshopId === workshopId)
  const refused = entries.find((entry) => entry.state === 'refused')
  const waiting = entries.find((entry) => entry.state === 'waiting')
  const row = list.data?.find((item) => item.teamWorkshopId === link?.teamWorkshopId)
  const services = check.data?.services ?? []

  async function act(work: () => Promise<void>) {
    setBusy(true)
    setError(undefined)
    setMessage('')
    try {
      await work()
    } catch (failure) {
      if (failure instanceof RequestError && failure.error.fields?.serviceId) setAskService(true)
      setError(messageOf(failure))
    } finally {
      setBusy(false)
    }
  }

  const publish = (asSeparateCopy = false) =>
    act(async () => {
      const result = await write('team.publish', { workshopId, ...(asSeparateCopy ? { asSeparateCopy } : {}), ...(serviceId ? { serviceId } : {}) })
      setAnswer(result)
      setAskService(false)
      setMessage(result.message)
    })
  const getTheirs = () =>
    act(async () => {
      if (!link) return
      const got = await write('team.get', { teamWorkshopId: link.teamWorkshopId })
      setMessage(got.keptMine ? `Got theirs. Your version is kept as “${got.keptMine.title}”.` : 'Got theirs.')
      if (got.workshopId !== workshopId) navigate({ screen: 'workshop', workshopId: got.workshopId, step: 'setup' })
    })
  const markRunning = (running: boolean) =>
    act(async () => {
      const marked = await write('team.markRunning', { workshopId, running })
      void list.refetch()
      setMessage(marked.beingRunBy ? `Marked as being run by ${marked.beingRunBy}.` : 'No longer marked as being run.')
    })

  const state = refused
    ? (answer?.state === 'refused' ? answer.message : refused.lastError) ?? 'Someone published a newer revision first.'
    : waiting
      ? `Waiting to publish (since ${formatMoment(waiting.since)}): the team library is not answering yet. Common Ground keeps trying; carry on working.`
      : link?.revisionNumber
        ? `In the team library as revision ${link.revisionNumber}${link.changed ? ', changed here since' : ''}.`
        : 'Not in the team library yet.'

  return (
    <section className="team-publish" aria-label={`${title} in the team library`}>
      <p className="team-publish__state">
        <strong>Team library:</strong> {state}
        {row?.beingRunBy && <> Being run by {row.beingRunBy}{row.beingRunSince ? ` since ${formatMoment(row.beingRunSince)}` : ''}.</>}
      </p>
      {askService && services.length > 1 && (
        <label>
          Service{' '}
          <select value={serviceId} onChange={(event) => setServiceId(event.target.value)}>
            <option value="">Choose…</option>
            {services.map((service) => <option key={service.id} value={service.id}>{service.name}</option>)}
          </select>
        </label>
      )}
      {!refused && (
        <button type="button" className="button button--primary" disabled={busy} onClick={() => void publish()}>
          Publish to the team library
        </button>
      )}
      {!refused && link?.revisionNumber && row && (
        row.beingRunBy
          ? <button type="button" className="button" disabled={busy} onClick={() => void markRunning(false)}>No longer running it</button>
          : <button type="button" className="button" disabled={busy} onClick={() => void markRunning(true)}>Mark as being run by me</button>
      )}
      {refused && (
        <div className="team-publish__choice" role="group" aria-label="Someone published a newer revision: choose">
          <button type="button" className="button button--primary" disabled={busy} onClick={() => void getTheirs()}>Get theirs first</button>{' '}
          <button type="button" className="button" disabled={busy} onClick={() => void publish(true)}>Publish mine as a separate copy</button>
        </div>
      )}
      {error && <ErrorMessage>{error}</ErrorMessage>}
      <LiveMessage>{message}</LiveMessage>
    </section>
  )
}
