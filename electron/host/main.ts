import { randomBytes } from 'node:crypto'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { openApplication, type Application } from '../services/application'
import { startLanListener } from '../lan/server'
import { listNetworks } from '../services/networks'
import { builtImportWorker } from '../services/importRunner'
import { environmentCredentials } from '../services/teamConnection'
import { createHostAuth, LAUNCH_CODE_LIFETIME_MS } from './auth'
import { openInBrowser, writeLaunchFile } from './launch'
import { parseServeArgs, UsageError } from './options'
import { startHost } from './server'

/** Built to <out>/main/host.js; the renderer is in <out>/renderer (whichever output folder built it) and the packs in resources/. */
const here = dirname(fileURLToPath(import.meta.url))
const appRoot = resolve(here, '..', '..')
const rendererDir = resolve(here, '..', 'renderer')

const LOOPBACK_ROOM = { address: '127.0.0.1', interfaceName: 'lo', kind: 'other' as const, label: 'This computer only (for measuring; no phone can reach it)', likely: false }

async function main(): Promise<void> {
  const options = parseServeArgs(process.argv.slice(2))
  const startImportWorker = builtImportWorker(here)
  // The room's LAN listener for phones starts only when the facilitator opens the room.
  const app: Application = openApplication({
    dataDir: options.dataDir,
    resourcesDir: join(appRoot, 'resources'),
    // Browser mode keeps no password: the team library's whole address comes from COMMON_GROUND_TEAM_URL.
    teamCredentials: environmentCredentials(process.env),
    ...(process.env.COMMON_GROUND_TEAM_RETRY_MS ? { teamRetryMs: Number(process.env.COMMON_GROUND_TEAM_RETRY_MS) } : {}),
    ...(startImportWorker ? { startImportWorker } : {}),
    listen: (address, port) => startLanListener({ address, port, app, rendererDir }),
    // For the bench and tools: the room may also open on this computer's own loopback, which no phone can reach.
    ...(process.env.COMMON_GROUND_ROOM_ON_LOOPBACK === '1' ? { networks: () => [...listNetworks(), LOOPBACK_ROOM] } : {}),
  })
  for (const problem of app.packProblems) console.error(`Content pack problem: ${problem}`)
  const status = app.status()
  if (status.state === 'damaged') {
    console.error(
      `Your library failed its integrity check (${status.problem ?? 'unknown damage'}). Common Ground has not changed it and kept a copy as ${status.damagedCopy ?? 'a damaged copy'} in ${status.folder}. Open Common Ground to restore a backup.`,
    )
  }
  if (status.state === 'missing') console.error(`Your library in ${status.folder} is missing or empty, though that folder shows it held workshops. Open Common Ground to restore a backup.`)
  if (status.message) console.error(status.message)
  for (const warning of status.warnings) console.error(warning)
  const token = randomBytes(24).toString('base64url')
  let launch: { file: string; remove: () => void } | undefined
  const auth = createHostAuth(token, { onLaunchCodeUsed: () => launch?.remove() })
  const host = await startHost({ handlers: app.handlers, rendererDir, auth, changes: app.changes }, options.port)
  console.log(`Common Ground is running at ${host.url}?token=${token}`)
  if (options.open) {
    launch = writeLaunchFile(`${host.url}?code=${auth.issueLaunchCode()}`)
    openInBrowser(launch.file)
    setTimeout(() => launch?.remove(), LAUNCH_CODE_LIFETIME_MS).unref()
  }

  const stop = () => {
    launch?.remove()
    // Every write is already committed; if a connection keeps the server from closing, do not wait for ever.
    setTimeout(() => process.exit(0), 3_000).unref()
    void host.close().then(() => {
      app.close()
      process.exit(0)
    })
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((error: unknown) => {
  if (error instanceof UsageError) console.error(error.message)
  else if (error instanceof Error && 'code' in error && error.code === 'EADDRINUSE') console.error('That port is already in use. Choose another with --port, or --port 0 for any free port.')
  else console.error(error instanceof Error ? error.message : String(error))
  process.exit(1)
})
