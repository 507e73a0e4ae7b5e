import { Packer } from 'docx'
import { it } from 'vitest'
import { buildReportDocument, renderReport } from '../electron/export/docx'
import { fullReportModel } from '../shared/report/example'
import { measure, report } from './measure'

it('Word export: whole export against docx’s own Packer.toBuffer of the finished Document', async () => {
  const model = fullReportModel()
  const document = buildReportDocument(model)
  const baseline = await measure('Packer.toBuffer of the finished Document', () => Packer.toBuffer(document))
  const whole = await measure('Whole report export (model → Document → .docx bytes)', () => renderReport(model))
  console.log(report(whole, baseline))
})
