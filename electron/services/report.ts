import { MIME } from '../../shared/api/files'
import { formatUkDate, todayIso } from '../../shared/domain/dates'
import { buildReportModel, type ReportSource } from '../../shared/report/build'
import { buildBriefing } from '../../shared/report/briefing'
import { actionsCsv, gapsCsv, ratingsCsv } from '../../shared/report/csv'
import { reportFileName } from '../../shared/report/model'
import { renderBriefing } from '../export/briefing'
import { renderReport } from '../export/docx'
import type { BaseHandlers, Clock, HandlersFor } from './types'

/**
 * Reads everything the report needs through the application's own calls, so the report sees
 * exactly what the screens see (and never a round's votes before they are revealed).
 */
export async function readReportSource(handlers: BaseHandlers, workshopId: string): Promise<ReportSource> {
  const workshop = await handlers['workshops.get']({ id: workshopId })
  const byWorkshop = { workshopId }
  const [groups, pack, gaps, ratings, notes, offer, roundList, priorities, plan, review, youSaid] = await Promise.all([
    handlers['groups.list'](byWorkshop),
    handlers['packs.get'](workshop.pack),
    handlers['gaps.list'](byWorkshop),
    handlers['ratings.list'](byWorkshop),
    handlers['notes.list'](byWorkshop),
    handlers['offer.list'](byWorkshop),
    handlers['rounds.list'](byWorkshop),
    handlers['priorities.get'](byWorkshop),
    handlers['plan.get'](byWorkshop),
    handlers['review.get'](byWorkshop),
    handlers['review.youSaid'](byWorkshop),
  ])
  const rounds = await Promise.all(
    roundList.map(async (round) => ({ round, results: round.revealed ? (await handlers['rounds.results']({ id: round.id })).results : null })),
  )
  const before = review.previous && { workshopId: review.previous.id }
  const previous = before && review.previous
    ? {
        cycle: review.previous.cycle,
        date: review.previous.date,
        groups: await handlers['groups.list'](before),
        ratings: await handlers['ratings.list'](before),
        priorityTitles: (await handlers['priorities.get'](before)).priorities.map((priority) => priority.title),
      }
    : null
  return {
    workshop,
    groups,
    pack,
    gaps,
    ratings,
    notes,
    offer,
    rounds,
    priorities: priorities.priorities,
    plan,
    // What the facilitator edited and saved wins; until then, the draft from the plan.
    youSaid: youSaid.saved.length > 0 ? youSaid.saved : youSaid.draft,
    review: { ratings: review.ratings, actions: review.actions, voices: review.voices },
    previous,
  }
}

const CSV_TABLES = {
  gaps: { csv: gapsCsv, name: 'gaps' },
  actions: { csv: actionsCsv, name: 'action plan' },
  ratings: { csv: ratingsCsv, name: 'ratings' },
} as const

/** The report reads through the other calls, so it is built over them. */
export function reportHandlers(handlers: BaseHandlers, clock: Clock): HandlersFor<'report'> {
  return {
    'report.docx': async ({ workshopId, options }) => {
      const model = buildReportModel(await readReportSource(handlers, workshopId), options, todayIso(clock.now()))
      const buffer = await renderReport(model)
      return { fileName: reportFileName(model.title, model.date), mimeType: MIME.docx, base64: buffer.toString('base64') }
    },
    'report.briefing': async ({ workshopId }) => {
      const source = await readReportSource(handlers, workshopId)
      const buffer = await renderBriefing(buildBriefing(source, todayIso(clock.now())))
      return { fileName: reportFileName(`${source.workshop.title} - briefing for elected members`, formatUkDate(source.workshop.date)), mimeType: MIME.docx, base64: buffer.toString('base64') }
    },
    'report.csv': async ({ workshopId, table, includeGroupNames }) => {
      const options = { sections: [table], includeGroupNames }
      const model = buildReportModel(await readReportSource(handlers, workshopId), options, todayIso(clock.now()))
      const { csv, name } = CSV_TABLES[table]
      const fileName = reportFileName(`${model.title} - ${name}`, model.date, 'csv')
      return { fileName, mimeType: MIME.csv, base64: Buffer.from(csv(model), 'utf8').toString('base64') }
    },
  }
}
