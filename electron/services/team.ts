import { randomUUID } from 'node:crypto'
import type { CallOutput } from '../../shared/api/contract'
import type { PublishAnswer } from '../../shared/api/team'
import { LIMITS } from '../../shared/domain/text'
import type { Store } from '../store'
import type { StoredRevision } from '../team/library'
import type { LibraryControl } from './backups'
import type { ChangeFeed } from './changes'
import { existingWorkshop, invalid, notFound } from './errors'
import { carriedLinks, handOver, readCarried, relinkCarried } from './teamCarried'
import { connectedLibrary, remote, type TeamConnection } from './teamConnection'
import { answerFor, sendWaiting } from './teamOutbox'
import { partnershipHandlers } from './teamPartnership'
import { identifyRole, teamSettingsHandlers } from './teamSettings'
import { exportWorkshop, importWorkshopFile } from './workshopFile'
import type { BaseHandlers, Clock, HandlersFor } from './types'

export interface TeamDeps {
  store: Store
  handlers: BaseHandlers
  clock: Clock
  team: TeamConnection
  library: LibraryControl
  changes: ChangeFeed | undefined
}

export function teamHandlers({ store, handlers, clock, team, library: control, changes }: TeamDeps): HandlersFor<'team'> {
  const requireConnected = () => connectedLibrary(team)
  const identify = () => identifyRole(team)

  async function chooseService(workshopId: string, asked: string | undefined): Promise<string> {
    const linked = store.team.link(workshopId)
    if (linked) return linked.serviceId
    let services = team.settings().services
    if (services.length === 0) services = (await remote(identify)).services
    if (asked) {
      if (!services.some((service) => service.id === asked)) throw invalid('Choose one of your services.', 'serviceId')
      return asked
    }
    if (services.length === 1) return services[0]!.id
    if (services.length === 0) throw invalid('Your role in the team library works for no service yet, so there is nowhere to publish. Ask your council’s IT to add it to your service.')
    throw invalid('Choose which service this workshop belongs to.', 'serviceId')
  }

  /** Adds this workshop's current state to the outbox, based on the last revision it has or is waiting to send. */
  async function enqueue(workshopId: string, serviceId: string): Promise<void> {
    const link = store.team.link(workshopId)
    const pending = store.team.outboxOf(workshopId)
    if (link && !link.changed && (pending.length > 0 || link.revisionId !== null)) return
    const file = await exportWorkshop(store, handlers, workshopId, clock.now())
    const previousId = store.plan.previousWorkshopId(workshopId)
    const previous = previousId ? store.team.link(previousId) : undefined
    const at = clock.now().toISOString()
    store.transaction(() => {
      const teamWorkshopId = link?.teamWorkshopId ?? randomUUID()
      store.team.setLink({ workshopId, teamWorkshopId, serviceId, revisionId: link?.revisionId ?? null, revisionNumber: link?.revisionNumber ?? null, changed: false }, at)
      store.team.enqueue({
        revisionId: randomUUID(),
        workshopId,
        teamWorkshopId,
        baseRevisionId: pending.at(-1)?.revisionId ?? link?.revisionId ?? null,
        serviceId,
        copyOf: null,
        continuesFrom: previous?.teamWorkshopId ?? null,
        title: file.workshop.title,
        cycle: file.workshop.cycle,
        date: file.workshop.date,
        formatVersion: file.version,
        document: JSON.stringify(file),
        carried: JSON.stringify(carriedLinks(store, workshopId, previousId)),
        publishedByName: team.settings().displayName,
        createdAt: at,
      })
    })
  }

  const send = () => team.serially(() => sendWaiting(() => store, team, changes))

  return {
    ...teamSettingsHandlers(team, send),
    ...partnershipHandlers(handlers, clock, team),
    'team.status': () => ({
      connect: team.settings().connect,
      outbox: store.team.outbox().map((entry) => ({
        revisionId: entry.revisionId,
        workshopId: entry.workshopId,
        title: entry.title,
        since: entry.createdAt,
        attempts: entry.attempts,
        state: entry.state,
        lastError: entry.lastError,
      })),
      links: store.team.links().map(({ workshopId, teamWorkshopId, revisionNumber, changed }) => ({ workshopId, teamWorkshopId, revisionNumber, changed })),
    }),

    'team.publish': async ({ workshopId, serviceId, asSeparateCopy }) => {
      existingWorkshop(store, workshopId)
      requireConnected()
      const refused = store.team.outboxOf(workshopId).filter((entry) => entry.state === 'refused')
      if (refused.length > 0) {
        if (!asSeparateCopy) return answerFor(store, workshopId)
        const link = store.team.link(workshopId)!
        const copy = randomUUID()
        store.transaction(() => {
          store.team.retarget(workshopId, copy, link.teamWorkshopId)
          store.team.rebase(refused[0]!.revisionId, null)
          store.team.unlink(workshopId)
          store.team.setLink({ ...link, teamWorkshopId: copy, revisionId: null, revisionNumber: null }, clock.now().toISOString())
        })
        await enqueue(workshopId, link.serviceId)
      } else {
        const service = await chooseService(workshopId, serviceId)
        // Earlier cycles not yet in the team library go first, so getting this one brings them too.
        const chain: string[] = []
        for (let at = store.plan.previousWorkshopId(workshopId); at && chain.length < 99; at = store.plan.previousWorkshopId(at)) {
          if (!store.workshops.get(at) || store.team.link(at)) break
          chain.unshift(at)
        }
        for (const earlier of chain) await enqueue(earlier, service)
        await enqueue(workshopId, service)
      }
      const refusals = await send().catch(() => new Map<string, PublishAnswer['newer']>())
      return answerFor(store, workshopId, refusals.get(workshopId) ?? null)
    },

    'team.list': async () => {
      const library = requireConnected()
      const rows = await remote(() => library.list())
      const links = new Map(store.team.links().map((link) => [link.teamWorkshopId, link]))
      return rows.map((row) => {
        const link = links.get(row.id)
        const local = link && store.workshops.get(link.workshopId) ? { workshopId: link.workshopId, revisionNumber: link.revisionNumber, changed: link.changed } : null
        return {
          teamWorkshopId: row.id,
          title: row.title,
          service: row.service,
          cycle: row.cycle,
          date: row.date,
          revisionNumber: row.latestNumber,
          publishedBy: row.publishedBy,
          publishedAt: row.publishedAt,
          beingRunBy: row.beingRunBy,
          beingRunSince: row.beingRunSince,
          copyOf: row.copyOf,
          continuesFrom: row.continuesFrom,
          local,
          newerThanMine: local !== null && (local.revisionNumber ?? 0) < row.latestNumber,
        }
      })
    },

    'team.get': async ({ teamWorkshopId }) => {
      const library = requireConnected()
      // The workshop asked for, and the cycles it continues from, oldest first.
      const chain: StoredRevision[] = []
      for (let at: string | null = teamWorkshopId; at && chain.length < 99; ) {
        const id: string = at
        const revision = await remote(() => library.latest(id))
        if (!revision) {
          if (chain.length === 0) throw notFound('That workshop is not in the team library, or your role may not see it.', 'teamWorkshopId')
          break
        }
        chain.unshift(revision)
        at = revision.continuesFrom
      }
      const at = clock.now().toISOString()
      const removed: string[] = []
      const answer = store.transaction(() => {
        let previous: string | null = null
        const brought: CallOutput<'team.get'>['brought'] = []
        let keptMine: CallOutput<'team.get'>['keptMine'] = null
        let asked = ''
        for (const revision of chain) {
          const link = store.team.linkByTeam(revision.workshopId)
          const mine = link && store.workshops.get(link.workshopId)
          if (link && mine && (link.revisionNumber ?? 0) >= revision.number) {
            previous = asked = link.workshopId
            continue
          }
          // Through the workshop file's own import: the same schema, checks and replay as a file from a memory stick.
          const imported = importWorkshopFile(store, handlers, revision.document, true, [])
          if (link && mine) {
            const ownWork = link.changed || store.team.outboxOf(mine.id).length > 0
            if (ownWork) {
              // This computer's changes are kept, as a workshop of its own, never overwritten.
              const title = `${mine.title} (my version)`.slice(0, LIMITS.title)
              store.team.dropOutboxOf(mine.id)
              store.team.unlink(mine.id)
              store.team.rename(mine.id, title)
              keptMine = { workshopId: mine.id, title }
            } else {
              handOver(store, mine.id, imported.id)
              store.workshops.delete(mine.id)
              removed.push(mine.id)
            }
          }
          store.team.setLink({ workshopId: imported.id, teamWorkshopId: revision.workshopId, serviceId: revision.serviceId, revisionId: revision.id, revisionNumber: revision.number, changed: false }, at)
          if (previous) {
            store.team.setPreviousWorkshop(imported.id, previous)
            relinkCarried(store, imported.id, previous, readCarried(revision.carried))
          }
          previous = asked = imported.id
          brought.push({ workshopId: imported.id, title: imported.title, cycle: imported.cycle })
        }
        return { workshopId: asked, brought, keptMine }
      })
      // A replaced copy is deleted as any workshop is: nothing of it left in free pages or the log.
      for (const id of removed) control.afterWorkshopDeleted(id, false)
      return answer
    },

    'team.markRunning': async ({ workshopId, running }) => {
      existingWorkshop(store, workshopId)
      const teamLibrary = requireConnected()
      const link = store.team.link(workshopId)
      if (!link?.revisionId) throw invalid('Publish this workshop to the team library first, then mark it as being run.', 'workshopId')
      const name = team.settings().displayName || team.address()?.user || 'a facilitator'
      const by = running ? name : null
      const changed = await remote(() => teamLibrary.markRunning(link.teamWorkshopId, by))
      if (!changed) throw notFound('That workshop is no longer in the team library, or your role may not change it.', 'workshopId')
      return { beingRunBy: by }
    },

  }
}
