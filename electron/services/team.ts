import { randomUUID } from 'node:crypto'
import type { ChangeEvent } from '../../shared/api/changes'
import type { CallOutput } from '../../shared/api/contract'
import type { PublishAnswer } from '../../shared/api/team'
import { GUIDE_TAGS, guideTagSchema } from '../../shared/domain/links'
import { LIMITS } from '../../shared/domain/text'
import { partnershipPage, summariseByTag } from '../../shared/report/partnership'
import { tagRef } from '../../shared/report/build'
import { MIME } from '../../shared/api/files'
import { formatUkDate, todayIso } from '../../shared/domain/dates'
import { renderPartnershipPage } from '../export/partnership'
import type { Store } from '../store'
import { TEAM_SCHEMA, TeamRefusal, TeamUnreachable, type StoredRevision } from '../team/library'
import { AddressProblem, parseTeamAddress } from '../team/address'
import type { LibraryControl } from './backups'
import type { ChangeFeed } from './changes'
import { CallError, existingWorkshop, invalid, notFound } from './errors'
import { plannedPriorities } from './plan'
import { NOT_CONNECTED, teamRefusal, type TeamConnection } from './teamConnection'
import { exportWorkshop, importWorkshopFile } from './workshopFile'
import type { BaseHandlers, Clock, HandlersFor } from './types'

/** Which action of this cycle carries forward which of the cycle before, by place in each document. */
interface CarriedLink {
  plan: number
  action: number
  fromPlan: number
  fromAction: number
  /** The earlier action's words, to find it again should its place have moved. */
  text: string
}

const WAITING_MESSAGE = 'Waiting to publish: the team library is not answering. Common Ground keeps trying; carry on working, nothing here waits for it.'

export interface TeamDeps {
  store: Store
  handlers: BaseHandlers
  clock: Clock
  team: TeamConnection
  library: LibraryControl
  changes: ChangeFeed | undefined
}

const when = (iso: string) => {
  const date = new Date(iso)
  return `${formatUkDate(iso.slice(0, 10))} at ${new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/London' }).format(date)}`
}

function refusedMessage(newer: { number: number; publishedBy: string; publishedAt: string } | null): string {
  const who = newer ? `${newer.publishedBy} published revision ${newer.number} on ${when(newer.publishedAt)}` : 'Someone published a newer revision'
  return `${who}, after the one your copy is based on, so yours was not published and nothing was overwritten. Get theirs first, or publish yours as a separate copy.`
}

function carriedLinks(store: Store, workshopId: string, previousId: string | null): CarriedLink[] {
  if (!previousId) return []
  const before = plannedPriorities(store, previousId)
  const places = new Map(before.flatMap((priority, fromPlan) => priority.actions.map((action, fromAction) => [action.id, { fromPlan, fromAction, text: action.action }] as const)))
  return plannedPriorities(store, workshopId).flatMap((priority, plan) =>
    priority.actions.flatMap((action, index) => {
      const from = action.carriedFromId ? places.get(action.carriedFromId) : undefined
      return from ? [{ plan, action: index, ...from }] : []
    }),
  )
}

function readCarried(value: unknown): CarriedLink[] {
  if (!Array.isArray(value)) return []
  return value.filter((link): link is CarriedLink =>
    typeof link === 'object' && link !== null && ['plan', 'action', 'fromPlan', 'fromAction'].every((key) => Number.isInteger((link as Record<string, unknown>)[key])) && typeof (link as CarriedLink).text === 'string',
  )
}

/** Ties a brought-in cycle's carried actions back to the actions of the cycle before it here. */
function relinkCarried(store: Store, workshopId: string, previousId: string, carried: readonly CarriedLink[]): void {
  const before = plannedPriorities(store, previousId)
  const earlier = before.flatMap((priority) => priority.actions)
  const now = plannedPriorities(store, workshopId)
  for (const link of carried) {
    const target = now[link.plan]?.actions[link.action]
    const placed = before[link.fromPlan]?.actions[link.fromAction]
    const source = placed?.action === link.text ? placed : earlier.find((action) => action.action === link.text)
    if (target && source) store.team.setCarriedFrom(target.id, source.id)
  }
}

/** The old copy's place in the chain of cycles goes to its replacement: next cycles, and actions carried from it. */
function handOver(store: Store, oldId: string, newId: string): void {
  for (const next of store.team.nextCycles(oldId)) store.team.setPreviousWorkshop(next, newId)
  const oldActions = plannedPriorities(store, oldId)
  const newActions = plannedPriorities(store, newId)
  const everyNew = newActions.flatMap((priority) => priority.actions)
  const placeOf = new Map(oldActions.flatMap((priority, plan) => priority.actions.map((action, index) => [action.id, { plan, index, text: action.action }] as const)))
  for (const { id, from } of store.team.carriedFrom(oldId)) {
    const place = placeOf.get(from)
    if (!place) continue
    const placed = newActions[place.plan]?.actions[place.index]
    const replacement = placed?.action === place.text ? placed : everyNew.find((action) => action.action === place.text)
    if (replacement) store.team.setCarriedFrom(id, replacement.id)
  }
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

export function teamHandlers({ store, handlers, clock, team, library: control, changes }: TeamDeps): HandlersFor<'team'> {
  const requireConnected = () => {
    if (!team.connected()) throw new CallError('invalid', NOT_CONNECTED)
    return team.library()
  }
  const remote = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work()
    } catch (error) {
      return teamRefusal(error)
    }
  }
  const settingsOut = (): CallOutput<'team.settings'> => {
    const saved = team.settings()
    const address = team.address()
    return {
      source: team.credentials.source,
      address: address?.display ?? (team.credentials.source === 'settings' ? saved.address : null),
      displayName: saved.displayName,
      connect: saved.connect,
      passwordSaved: team.credentials.password() !== null,
    }
  }

  async function identify() {
    const identity = await team.library().identify()
    const saved = team.settings()
    if (JSON.stringify(saved.services) !== JSON.stringify(identity.services)) team.save({ ...saved, services: identity.services })
    return identity
  }

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

  function answerFor(workshopId: string, newer: PublishAnswer['newer'] = null): PublishAnswer {
    const pending = store.team.outboxOf(workshopId)
    const link = store.team.link(workshopId)
    const refused = pending.find((entry) => entry.state === 'refused')
    if (refused) return { state: 'refused', message: refused.lastError ?? refusedMessage(newer), revisionNumber: link?.revisionNumber ?? null, newer }
    if (pending.length > 0) return { state: 'waiting', message: WAITING_MESSAGE, revisionNumber: link?.revisionNumber ?? null, newer: null }
    return { state: 'published', message: `Published to the team library as revision ${link?.revisionNumber ?? 1}.`, revisionNumber: link?.revisionNumber ?? null, newer: null }
  }

  async function partnership(): Promise<CallOutput<'team.partnership'>> {
    const teamLibrary = requireConnected()
    const [rows, identity] = await remote(() => Promise.all([teamLibrary.summaries(), teamLibrary.identify()]))
    const cycles = rows.map((row) => ({
      service: row.service,
      cycle: row.cycle,
      date: row.date,
      latest: row.latest,
      priorities: row.priorities.map((priority) => ({ title: priority.title, tags: priority.tags.filter((tag) => guideTagSchema.safeParse(tag).success) as CallOutput<'team.partnership'>['cycles'][number]['priorities'][number]['tags'], actions: priority.actions })),
    }))
    return { partnerships: identity.partnerships, cycles, byTag: summariseByTag(cycles) }
  }

  const send = () => team.serially(() => sendWaiting(() => store, team, changes))

  return {
    'team.settings': settingsOut,

    'team.saveSettings': async ({ address, password, displayName, connect }) => {
      const saved = team.settings()
      let kept = saved.address
      if (team.credentials.source === 'settings') {
        if (address === '') kept = null
        else {
          try {
            const parsed = parseTeamAddress(address)
            if (parsed.password !== null) throw invalid('Put the password in the Password field, not in the address.', 'address')
            kept = parsed.display
          } catch (error) {
            if (error instanceof AddressProblem) throw invalid(error.message, 'address')
            throw error
          }
        }
        if (kept === null && connect) throw invalid('Enter the team library’s address to connect.', 'address')
        if (kept !== saved.address) team.credentials.forgetPassword()
        if (password !== '') {
          try {
            team.credentials.savePassword(password)
          } catch (error) {
            if (error instanceof CallError) throw error
            throw invalid(error instanceof Error ? error.message : String(error), 'password')
          }
        }
      } else if (connect && !team.credentials.environmentAddress()) {
        throw invalid('Start Common Ground with COMMON_GROUND_TEAM_URL set to the team library’s address to connect in browser mode.', 'address')
      }
      team.save({ address: kept, displayName, connect, services: kept === saved.address ? saved.services : [] })
      if (connect) {
        // Learn the role's services now if the server answers; a server away now is no reason not to save.
        await identify().catch(() => undefined)
        void send().catch(() => undefined)
      }
      return settingsOut()
    },

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

    'team.check': async () => {
      const none = { role: null, services: [], partnerships: [] }
      if (!team.connected()) return { state: 'off' as const, message: NOT_CONNECTED, ...none }
      try {
        const identity = await identify()
        if (identity.schema !== TEAM_SCHEMA) {
          const message = identity.schema === null
            ? 'The team library has not been set up on this database yet. Ask your council’s IT to run npm run team:setup.'
            : `The team library’s schema is ${identity.schema}; this version of Common Ground works with ${TEAM_SCHEMA}. Ask your council’s IT to run npm run team:setup.`
          return { state: 'not_set_up' as const, message, role: identity.role, services: [], partnerships: [] }
        }
        const what = [
          ...identity.services.map((service) => service.name),
          ...identity.partnerships.map((name) => `the partnership ${name}`),
        ]
        const message = what.length > 0
          ? `Connected as ${identity.role}, for ${new Intl.ListFormat('en-GB').format(what)}.`
          : `Connected as ${identity.role}, but that role is in no service or partnership yet. Ask your council’s IT to add it.`
        return { state: 'connected' as const, message, role: identity.role, services: identity.services, partnerships: identity.partnerships }
      } catch (error) {
        if (error instanceof TeamUnreachable) return { state: 'unreachable' as const, message: 'The team library is not answering. Publishing waits and retries; your work here is not affected.', ...none }
        if (error instanceof TeamRefusal) return { state: error.kind, message: error.message, ...none }
        if (error instanceof CallError) return { state: 'refused' as const, message: error.message, ...none }
        throw error
      }
    },

    'team.publish': async ({ workshopId, serviceId, asSeparateCopy }) => {
      existingWorkshop(store, workshopId)
      requireConnected()
      const refused = store.team.outboxOf(workshopId).filter((entry) => entry.state === 'refused')
      if (refused.length > 0) {
        if (!asSeparateCopy) return answerFor(workshopId)
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
      return answerFor(workshopId, refusals.get(workshopId) ?? null)
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

    'team.partnership': () => partnership(),

    'team.partnershipReport': async () => {
      const summary = await partnership()
      const [info] = await handlers['packs.list']({})
      const pack = info ? await handlers['packs.get']({ id: info.id }) : undefined
      const refs = new Map(pack ? GUIDE_TAGS.map((tag) => [tag, tagRef(pack, tag)] as const) : [])
      const bytes = await renderPartnershipPage(partnershipPage(summary, formatUkDate(todayIso(clock.now()))), refs)
      return { fileName: `Across the partnership ${todayIso(clock.now())}.docx`, mimeType: MIME.docx, base64: bytes.toString('base64') }
    },
  }
}
