// Builds the app with electron-vite when out/ is missing or older than any source file.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const SOURCES = ['electron', 'renderer', 'shared', 'electron.vite.config.ts', 'package.json']
const OUTPUTS = ['out/main/index.js', 'out/main/host.js', 'out/main/export-sample.js', 'out/preload/index.cjs', 'out/renderer/index.html']

function newestMtime(path) {
  const info = statSync(path)
  if (!info.isDirectory()) return info.mtimeMs
  let newest = 0
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)))
  return newest
}

export function buildIfNeeded() {
  const outputs = OUTPUTS.map((file) => join(root, file))
  const built = outputs.every((file) => existsSync(file))
  const builtAt = built ? Math.min(...outputs.map((file) => statSync(file).mtimeMs)) : 0
  const changedAt = Math.max(...SOURCES.map((path) => newestMtime(join(root, path))))
  if (built && builtAt >= changedAt) return
  console.log('Building Common Ground…')
  const result = spawnSync(process.execPath, [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  if (result.status !== 0) {
    console.error('The build failed; see the messages above.')
    process.exit(result.status ?? 1)
  }
}
