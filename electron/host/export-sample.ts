import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { dispatch } from '../services'
import { openApplication } from '../services/application'
import { DEFAULT_REPORT_OPTIONS } from '../../shared/report/options'

/**
 * `npm run export:sample -- <file.docx>`: makes the sample workshop in a throwaway library and
 * writes its Word report, without touching the user's own data.
 */
const here = dirname(fileURLToPath(import.meta.url))
const appRoot = resolve(here, '..', '..')

async function main(): Promise<void> {
  const target = process.argv[2]
  if (!target || !target.toLowerCase().endsWith('.docx')) {
    console.error('Usage: npm run export:sample -- <file.docx>')
    process.exit(2)
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'common-ground-sample-'))
  const app = openApplication({ dataDir, resourcesDir: join(appRoot, 'resources') })
  try {
    const made = await dispatch(app.handlers, 'sample.create', {})
    if (!made.ok) throw new Error(made.error.message)
    const { workshopId } = made.value as { workshopId: string }
    const report = await dispatch(app.handlers, 'report.docx', { workshopId, options: DEFAULT_REPORT_OPTIONS })
    if (!report.ok) throw new Error(report.error.message)
    const { base64 } = report.value as { base64: string }
    writeFileSync(resolve(target), Buffer.from(base64, 'base64'))
    console.log(`Wrote the sample workshop’s report to ${resolve(target)}`)
  } finally {
    app.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error))
  process.exit(1)
})
