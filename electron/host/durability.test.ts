import type { ChildProcess } from 'node:child_process'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { sampleDetails, tempDir } from '../../tests/fixtures/app'
import { startHostProcess } from '../../tests/fixtures/host'
import { TOKEN_HEADER } from './server'

const dirs: Array<{ remove: () => void }> = []
const children: ChildProcess[] = []
afterEach(() => {
  children.splice(0).forEach((child) => child.kill('SIGKILL'))
  dirs.splice(0).forEach((dir) => dir.remove())
})

describe('durability', () => {
  it('keeps every acknowledged write when the process is killed with SIGKILL in the middle of a thousand', async () => {
    const dir = tempDir()
    dirs.push(dir)
    const { child, base, token } = await startHostProcess(dir.path)
    children.push(child)
    const exited = new Promise((resolve) => child.once('exit', resolve))

    const total = 1000
    const killAfter = 400
    const acknowledged: string[] = []
    let next = 0
    let killed = false
    // Four writers at once, so writes are in flight (and mid-commit) when the kill lands.
    const writer = async () => {
      while (next < total && !killed) {
        const title = `Write ${String(next++).padStart(4, '0')}`
        try {
          const response = await fetch(`${base}api/workshops.create`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
            body: JSON.stringify({ ...sampleDetails, title }),
          })
          if (response.status !== 200) throw new Error(`HTTP ${response.status}: ${await response.text()}`)
          await response.json()
          acknowledged.push(title)
          if (acknowledged.length >= killAfter && !killed) {
            killed = true
            child.kill('SIGKILL')
          }
        } catch (error) {
          if (!killed) throw error
        }
      }
    }
    await Promise.all([writer(), writer(), writer(), writer()])
    await exited
    expect(killed).toBe(true)
    expect(next).toBeLessThan(total)

    const db = new Database(join(dir.path, 'common-ground.sqlite'))
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
      const stored = new Set((db.prepare('SELECT title FROM workshops').all() as Array<{ title: string }>).map((row) => row.title))
      const lost = acknowledged.filter((title) => !stored.has(title))
      expect(lost).toEqual([])
      expect(stored.size).toBeGreaterThanOrEqual(acknowledged.length)
    } finally {
      db.close()
    }
  }, 30_000)
})
