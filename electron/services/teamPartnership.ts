import type { CallOutput } from '../../shared/api/contract'
import { MIME } from '../../shared/api/files'
import { formatUkDate, todayIso } from '../../shared/domain/dates'
import { GUIDE_TAGS, guideTagSchema } from '../../shared/domain/links'
import { tagRef } from '../../shared/report/build'
import { partnershipPage, summariseByTag } from '../../shared/report/partnership'
import { renderPartnershipPage } from '../export/partnership'
import { connectedLibrary, remote, type TeamConnection } from './teamConnection'
import type { BaseHandlers, Clock, HandlersFor } from './types'

type PartnershipCalls = Pick<HandlersFor<'team'>, 'team.partnership' | 'team.partnershipReport'>

/** Across the partnership: what the services the role may see prioritise, on screen and as a Word page. */
export function partnershipHandlers(handlers: BaseHandlers, clock: Clock, team: TeamConnection): PartnershipCalls {
  async function partnership(): Promise<CallOutput<'team.partnership'>> {
    const teamLibrary = connectedLibrary(team)
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

  return {
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
