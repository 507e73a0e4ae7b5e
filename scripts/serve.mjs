// Browser mode: `npm run serve -- --port <n> --data <dir> [--no-open]`.
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { buildIfNeeded, root } from './build-if-needed.mjs'

buildIfNeeded()
await import(pathToFileURL(join(root, 'out', 'main', 'host.js')).href)
