// `npm run export:sample -- <file.docx> [--briefing <file.docx>]`: the sample workshop's Word report and briefing.
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { buildIfNeeded, root } from './build-if-needed.mjs'

buildIfNeeded()
await import(pathToFileURL(join(root, 'out', 'main', 'export-sample.js')).href)
