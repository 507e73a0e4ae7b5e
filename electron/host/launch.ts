import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/**
 * The page the app's own browser opens: a file only this account can read (0600, in a new 0700
 * folder), which sends the browser on to the app with a one-time launch code, as Jupyter does. The
 * launcher's command line names only the file, so the code never shows in the process list; once
 * used (or at exit) the file is removed, and the code cannot be used again.
 */
export function writeLaunchFile(url: string): { file: string; remove: () => void } {
  const folder = mkdtempSync(join(tmpdir(), 'common-ground-launch-'))
  const file = join(folder, 'open-common-ground.html')
  const escaped = url.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')
  writeFileSync(
    file,
    `<!doctype html>\n<html lang="en-GB"><head><meta charset="utf-8"><meta http-equiv="refresh" content="0;url=${escaped}"><title>Opening Common Ground</title></head>\n<body><p><a href="${escaped}">Open Common Ground</a></p></body></html>\n`,
    { mode: 0o600 },
  )
  return { file, remove: () => rmSync(folder, { recursive: true, force: true }) }
}

export function openInBrowser(file: string): void {
  const [command, args] =
    process.platform === 'win32' ? ['cmd', ['/c', 'start', '""', file]] : process.platform === 'darwin' ? ['open', [file]] : ['xdg-open', [file]]
  try {
    const child = spawn(command, args, { stdio: 'ignore', detached: true })
    child.on('error', () => undefined) // No browser here (a server, CI): the printed address is enough.
    child.unref()
  } catch {
    // Same as above.
  }
}
