import { MIME } from '../../shared/api/files'
import { todayIso } from '../../shared/domain/dates'
import { buildReportModel } from '../../shared/report/build'
import { reportFileName } from '../../shared/report/model'
import { renderReport } from '../export/docx'
import type { Store } from '../store'
import { found } from './errors'
import { choosePack, type PackLibrary } from './packs'
import type { Clock, HandlersFor } from './types'

const MISSING = 'That workshop no longer exists. It may have been deleted in another window.'

export function reportHandlers(store: Store, packs: PackLibrary, clock: Clock): HandlersFor<'report'> {
  return {
    'report.docx': async ({ workshopId, options }) => {
      const workshop = found(store.workshops.get(workshopId), MISSING, 'workshopId')
      const source = { workshop, groups: store.groups.listForWorkshop(workshopId), pack: choosePack(packs, workshop.pack) }
      const model = buildReportModel(source, options, todayIso(clock.now()))
      const buffer = await renderReport(model)
      return { fileName: reportFileName(model.title, model.date), mimeType: MIME.docx, base64: buffer.toString('base64') }
    },
  }
}
