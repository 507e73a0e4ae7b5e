// `npm run lint:electron`: runs Electronegativity over electron/ and fails on any finding that is not
// explained by an `electronegativity-accepted: CHECK_NAME — why` comment within three lines of it.
// Electronegativity itself exits 0 even with findings, so the gate is this script reading its SARIF output.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(import.meta.url)
const scanned = join(root, 'electron')
const outDir = join(root, 'node_modules', '.cache', 'electronegativity')
const sarif = join(outDir, 'electronegativity.sarif')
const electronVersion = require('electron/package.json').version
const tool = join(dirname(require.resolve('@doyensec/electronegativity/package.json')), 'dist', 'index.js')

// AvailableSecurityFixesGlobalCheck needs the internet (Electron's release list); the Electron version
// is kept current through npm instead.
const EXCLUDED = ['AvailableSecurityFixesGlobalCheck']
const ACCEPT_WINDOW = 3

mkdirSync(outDir, { recursive: true })
rmSync(sarif, { force: true })
const run = spawnSync(
  process.execPath,
  ['--require', join(root, 'scripts', 'electronegativity-offline.cjs'), tool, '-i', scanned, '-e', electronVersion, '-r', '-x', EXCLUDED.join(','), '-o', sarif],
  { cwd: root, encoding: 'utf8' },
)
if (!existsSync(sarif)) {
  console.error(`Electronegativity did not write its report (exit ${run.status}).\n${run.stdout}\n${run.stderr}`)
  process.exit(1)
}

const report = JSON.parse(readFileSync(sarif, 'utf8'))
const findings = report.runs.flatMap((entry) => entry.results ?? [])
/**
 * The checks a comment accepts: `electronegativity-accepted: CHECK_A, CHECK_B — why`. A comment
 * without a reason after the dash accepts nothing.
 */
function acceptedChecks(text) {
  const match = /electronegativity-accepted:\s*([A-Z_]+(?:\s*,\s*[A-Z_]+)*)\s+[—–-]\s*\S.{9,}/.exec(text)
  return match ? match[1].split(',').map((name) => name.trim()) : []
}

const unexplained = []
const accepted = []
for (const finding of findings) {
  const location = finding.locations?.[0]?.physicalLocation
  const file = location?.artifactLocation?.uri
  const line = location?.region?.startLine ?? 0
  const where = file ? join(scanned, file) : undefined
  const lines = where && existsSync(where) ? readFileSync(where, 'utf8').split('\n') : []
  const nearby = lines.slice(Math.max(0, line - 1 - ACCEPT_WINDOW), line + ACCEPT_WINDOW)
  const explained = nearby.some((text) => acceptedChecks(text).includes(finding.ruleId))
  const label = `${finding.ruleId} (${finding.level}) at electron/${file}:${line}: ${finding.message?.text ?? ''}`
  ;(explained ? accepted : unexplained).push(label)
}

for (const label of accepted) console.log(`accepted  ${label}`)
if (unexplained.length > 0) {
  for (const label of unexplained) console.error(`UNEXPLAINED  ${label}`)
  console.error(
    `\n${unexplained.length} Electronegativity finding(s) without an explanation. Fix them, or explain each beside the code with\n` +
      '// electronegativity-accepted: CHECK_NAME — why it is safe here',
  )
  process.exit(1)
}
console.log(`Electronegativity (Electron ${electronVersion}): ${findings.length} finding(s), all explained.`)
