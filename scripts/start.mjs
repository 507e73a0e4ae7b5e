// `npm start`: the desktop app when Electron's runtime is installed, browser mode otherwise.
import { spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { buildIfNeeded, root } from './build-if-needed.mjs'

/** Electron's binary path, or null when it was never downloaded (offline installs skip it). */
function electronBinary() {
  const dir = join(root, 'node_modules', 'electron')
  const pathFile = join(dir, 'path.txt')
  if (!existsSync(pathFile)) return null
  const binary = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim())
  return existsSync(binary) ? binary : null
}

buildIfNeeded()
const binary = electronBinary()
if (binary) {
  const child = spawn(binary, [root, ...process.argv.slice(2)], { stdio: 'inherit' })
  child.on('exit', (code) => process.exit(code ?? 0))
} else {
  console.log('The Electron runtime is not installed here (run `npm run setup:electron` where there is internet), so Common Ground is starting in browser mode.')
  await import(pathToFileURL(join(root, 'out', 'main', 'host.js')).href)
}
