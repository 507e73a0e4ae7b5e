import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { dispatch } from '../services'
import { openApplication } from '../services/application'
import { DEFAULT_REPORT_OPTIONS } from '../../shared/report/options'

/**
 * `npm run export:sample -- <file.docx>` (and `--briefing <file.docx>`): makes the sample workshop in a
 * throwaway library and writes its Word report and its briefing for elected members, without touching
 * the user's own data.
 */
const here = dirname(fileURLToPath(import.meta.url))
const appRoot = resolve(here, '..', '..')

const USAGE = 'Usage: npm run export:sample -- [<report.docx>] [--briefing <briefing.docx>]'

/** The report's file (a lone .docx) and the briefing's (after --briefing); at least one. */
function targets(args: readonly string[]): { report?: string; briefing?: string } | null {
  const out: { report?: string; briefing?: string } = {}
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index]!
    if (arg === '--briefing') out.briefing = args[(index += 1)]
    else if (!out.report) out.report = arg
    else return null
  }
  const files = [out.report, out.briefing].filter((file) => file !== undefined)
  if ('briefing' in out && !out.briefing) return null
  return files.length > 0 && files.every((file) => file.toLowerCase().endsWith('.docx')) ? out : null
}

async function main(): Promise<void> {
  const wanted = targets(process.argv.slice(2))
  if (!wanted) {
    console.error(USAGE)
    process.exit(2)
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'common-ground-sample-'))
  const app = openApplication({ dataDir, resourcesDir: join(appRoot, 'resources') })
  const write = async (file: string, name: 'report.docx' | 'report.briefing', input: object, what: string) => {
    const answer = await dispatch(app.handlers, name, input)
    if (!answer.ok) throw new Error(answer.error.message)
    writeFileSync(resolve(file), Buffer.from((answer.value as { base64: string }).base64, 'base64'))
    console.log(`Wrote the sample workshop’s ${what} to ${resolve(file)}`)
  }
  try {
    const made = await dispatch(app.handlers, 'sample.create', {})
    if (!made.ok) throw new Error(made.error.message)
    const { workshopId } = made.value as { workshopId: string }
    if (wanted.report) await write(wanted.report, 'report.docx', { workshopId, options: DEFAULT_REPORT_OPTIONS }, 'report')
    if (wanted.briefing) await write(wanted.briefing, 'report.briefing', { workshopId }, 'briefing for elected members')
  } finally {
    app.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error))
  process.exit(1)
})
