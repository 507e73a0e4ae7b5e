import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'
import { formatTable, readRows } from './table'

/** `npm run bench`'s global setup: a fresh file for this run's rows, and the one table at the end. */
export default function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), 'common-ground-bench-rows-'))
  const file = join(dir, 'rows.jsonl')
  project.provide('benchRows', file)
  project.provide('benchRun', `${process.pid}-${Date.now()}`)
  return () => {
    const rows = readRows(file)
    rmSync(dir, { recursive: true, force: true })
    if (rows.length === 0) return
    process.stdout.write(`\nnpm run bench — every figure against a baseline measured in this run\n${formatTable(rows)}\n`)
  }
}
