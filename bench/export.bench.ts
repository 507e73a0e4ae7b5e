import { Packer } from 'docx'
import { afterAll, it } from 'vitest'
import { buildReportDocument } from '../electron/export/docx'
import { dispatch } from '../electron/services'
import { readReportSource } from '../electron/services/report'
import { buildReportModel } from '../shared/report/build'
import { DEFAULT_REPORT_OPTIONS } from '../shared/report/options'
import { tempApplication } from '../tests/fixtures/app'
import { measure } from './measure'
import { recordSamples } from './table'

const app = tempApplication()
afterAll(() => app.dispose())

it('Word export of the sample workshop, against docx’s own Packer.toBuffer of the finished Document', async () => {
  const made = await dispatch(app.handlers, 'sample.create', {})
  if (!made.ok) throw new Error(made.error.message)
  const { workshopId } = made.value as { workshopId: string }
  const options = DEFAULT_REPORT_OPTIONS
  const source = await readReportSource(app.handlers, workshopId)
  const document = buildReportDocument(buildReportModel(source, options, '2026-11-25'))

  const baseline = await measure('Packer.toBuffer of the finished Document', () => Packer.toBuffer(document))
  const whole = await measure('Whole export through the API (read the workshop, build the model and document, pack, base64)', () =>
    dispatch(app.handlers, 'report.docx', { workshopId, options }),
  )
  // Packing the document is most of the work: everything around it costs at most half as much again.
  recordSamples('Word export of the sample (report.docx), median', whole, baseline, 1.5)
})
