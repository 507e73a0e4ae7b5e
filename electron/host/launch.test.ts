import type { ChildProcess } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { tempDir } from '../../tests/fixtures/app'
import { startHostProcess } from '../../tests/fixtures/host'
import { TOKEN_HEADER } from './server'

const dirs: Array<{ remove: () => void }> = []
const children: ChildProcess[] = []
const launchers: number[] = []
afterEach(() => {
  children.splice(0).forEach((child) => child.kill('SIGKILL'))
  // The host starts the launcher in its own process group: end that group (the script and its sleep).
  launchers.splice(0).forEach((pid) => process.kill(-pid, 'SIGTERM'))
  dirs.splice(0).forEach((dir) => dir.remove())
})

/** Every process's command line on this machine, as another local account could read it. */
function everyCommandLine(): string[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ')
      } catch {
        return '' // The process ended while we looked.
      }
    })
}

async function waitFor<T>(read: () => T | undefined): Promise<T> {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const value = read()
    if (value !== undefined) return value
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error('Timed out waiting.')
}

describe('the browser the app opens itself', () => {
  it('gets a one-time launch code through a 0600 file, never on a command line, and a second use is refused', async () => {
    const dir = tempDir()
    dirs.push(dir)
    // A stand-in for xdg-open that records the arguments it was given, as the real one would receive them.
    const bin = join(dir.path, 'bin')
    const record = join(dir.path, 'launcher-args.txt')
    const fake = join(bin, 'xdg-open')
    mkdirSync(bin)
    // It stays running a while, so its command line is there to be read; the test ends it by its id.
    writeFileSync(fake, `#!/bin/sh\necho $$ > '${record}.pid'\nprintf '%s\\n' "$@" > '${record}'\nsleep 30 & wait\n`)
    chmodSync(fake, 0o755)

    const { child, base, token } = await startHostProcess(join(dir.path, 'data'), { open: true, env: { ...process.env, PATH: `${bin}:${process.env.PATH}` } })
    children.push(child)
    const args = await waitFor(() => (existsSync(record) ? readFileSync(record, 'utf8').trim().split('\n') : undefined))
    launchers.push(Number(readFileSync(`${record}.pid`, 'utf8')))

    // The launcher is given one argument: a file, only this account's, in a folder only this account can open.
    expect(args).toHaveLength(1)
    const file = args[0]!
    expect(statSync(file).mode & 0o777).toBe(0o600)
    expect(statSync(dirname(file)).mode & 0o777).toBe(0o700)
    const code = /\?code=([\w-]+)"/.exec(readFileSync(file, 'utf8'))?.[1]
    expect(code).toMatch(/^[\w-]{40,}$/)
    expect(readFileSync(file, 'utf8')).toContain(`http-equiv="refresh" content="0;url=${base}?code=${code}"`)

    // Neither secret is in any process's arguments: the launcher's (still running), the host's, anyone's.
    const lines = everyCommandLine()
    expect(lines.some((line) => line.includes(file))).toBe(true)
    expect(lines.filter((line) => line.includes(token) || line.includes(code!))).toEqual([])

    const exchange = () => fetch(new URL('/session', base), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code }) })
    const first = await exchange()
    expect(first.status).toBe(200)
    expect(first.headers.get('set-cookie')).toMatch(/HttpOnly; SameSite=Strict/)
    // Used: the file is gone, and the same code is refused.
    await waitFor(() => (existsSync(file) ? undefined : true))
    const second = await exchange()
    expect(second.status).toBe(401)
    expect(((await second.json()) as { error: { message: string } }).error.message).toMatch(/used already/)

    // The printed token still works in the header, for scripts.
    const listed = await fetch(new URL('/api/workshops.list', base), { method: 'POST', headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token }, body: '{}' })
    expect(listed.status).toBe(200)
  }, 30_000)
})
