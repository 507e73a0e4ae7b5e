import type { ChangeEvent } from '../../shared/api/changes'
import type { PublishAnswer } from '../../shared/api/team'
import { formatUkDate } from '../../shared/domain/dates'
import type { Store } from '../store'
import { TeamRefusal, TeamUnreachable } from '../team/library'
import type { ChangeFeed } from './changes'
import type { Logger } from './dispatch'
import type { TeamConnection } from './teamConnection'

/** The team library's outbox: what waits to be published, sent in order, and what a publish answers. */

const WAITING_MESSAGE = 'Waiting to publish: the team library is not answering. Common Ground keeps trying; carry on working, nothing here waits for it.'

const when = (iso: string) => {
  const date = new Date(iso)
  return `${formatUkDate(iso.slice(0, 10))} at ${new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/London' }).format(date)}`
}

function refusedMessage(newer: { number: number; publishedBy: string; publishedAt: string } | null): string {
  const who = newer ? `${newer.publishedBy} published revision ${newer.number} on ${when(newer.publishedAt)}` : 'Someone published a newer revision'
  return `${who}, after the one your copy is based on, so yours was not published and nothing was overwritten. Get theirs first, or publish yours as a separate copy.`
}

/**
 * Sends what waits in the outbox, oldest first, one revision at a time. A revision refused because
 * someone published a newer one waits for the facilitator's choice (and so do the ones after it for
 * that workshop); when the server does not answer, everything stays for the next try.
 */
export async function sendWaiting(current: () => Store | undefined, team: TeamConnection, changes: ChangeFeed | undefined): Promise<Map<string, PublishAnswer['newer']>> {
  const refusals = new Map<string, PublishAnswer['newer']>()
  if (!team.connected()) return refusals
  const library = team.library()
  for (;;) {
    const store = current()
    if (!store) return refusals
    const entries = store.team.outbox()
    const next = entries.find((entry) => entry.state === 'waiting' && !entries.some((other) => other.workshopId === entry.workshopId && other.state === 'refused' && other.position < entry.position))
    if (!next) return refusals
    let outcome
    try {
      outcome = await library.publish({ ...next, carried: JSON.parse(next.carried) as unknown })
    } catch (error) {
      const message = error instanceof TeamUnreachable || error instanceof TeamRefusal ? error.message : `The team library refused it: ${error instanceof Error ? error.message : String(error)}`
      current()?.team.failed(next.revisionId, message)
      return refusals
    }
    const after = current()
    if (!after) return refusals
    if (outcome.kind === 'published') {
      after.transaction(() => {
        after.team.sent(next.revisionId)
        after.team.landed(next.teamWorkshopId, outcome.revision.id, outcome.revision.number)
      })
    } else {
      const newer = { number: outcome.latest.number, publishedBy: outcome.latest.publishedBy, publishedAt: outcome.latest.publishedAt }
      after.transaction(() => {
        after.team.refuse(next.workshopId, next.position)
        after.team.failed(next.revisionId, refusedMessage(newer))
      })
      refusals.set(next.workshopId, newer)
    }
    changes?.publish(next.workshopId, ['team'], null)
  }
}

/** A write anywhere in a linked workshop means its copy here has changes the team library has not seen. */
export function noteLocalChange(store: Store | undefined, event: ChangeEvent): void {
  if (!store || event.workshopId === null) return
  if (event.areas.every((area) => area === 'team' || area === 'presenter' || area === 'library')) return
  if (store.team.link(event.workshopId)) store.team.markChanged(event.workshopId, true)
}

export function answerFor(store: Store, workshopId: string, newer: PublishAnswer['newer'] = null): PublishAnswer {
  const pending = store.team.outboxOf(workshopId)
  const link = store.team.link(workshopId)
  const refused = pending.find((entry) => entry.state === 'refused')
  if (refused) return { state: 'refused', message: refused.lastError ?? refusedMessage(newer), revisionNumber: link?.revisionNumber ?? null, newer }
  if (pending.length > 0) return { state: 'waiting', message: WAITING_MESSAGE, revisionNumber: link?.revisionNumber ?? null, newer: null }
  return { state: 'published', message: `Published to the team library as revision ${link?.revisionNumber ?? 1}.`, revisionNumber: link?.revisionNumber ?? null, newer: null }
}

/**
 * Publishes waiting for the team library are tried again every `retryMs` until they land, while the
 * library can be written (`current` answers a store); work here never waits for them. Returns the stop.
 */
export function keepPublishing({ team, changes, log, retryMs, current }: { team: TeamConnection; changes: ChangeFeed; log: Logger; retryMs: number; current: () => Store | undefined }): () => void {
  const retry = setInterval(() => {
    const store = current()
    if (!team.connected() || !store || store.team.outbox().every((entry) => entry.state !== 'waiting')) return
    void team.serially(() => sendWaiting(current, team, changes)).catch((error: unknown) => log(`Publishing to the team library failed: ${error instanceof Error ? error.message : String(error)}`))
  }, retryMs)
  retry.unref()
  return () => clearInterval(retry)
}
