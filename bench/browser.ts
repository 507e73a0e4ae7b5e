import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium, type Browser } from '@playwright/test'
import { inject } from 'vitest'

/**
 * What the browser benches share: one production build per run, the browser-mode host as a child
 * process (as `npm run serve` runs it), Chromium, and API calls from here with the printed token.
 */
export const root = fileURLToPath(new URL('../', import.meta.url))
/** Its own build folder, so a bench run never disturbs a build someone else is testing. */
export const OUT = 'out-bench'
export const FRAME_BUDGET_MS = 1000 / 60

/** `npm run build` into out-bench/, once per bench run however many files ask for it. */
export function buildOnce(): void {
  const marker = join(root, OUT, '.bench-run')
  const run = inject('benchRun')
  if (existsSync(marker) && readFileSync(marker, 'utf8') === run) return
  execFileSync('npx', ['electron-vite', 'build'], { cwd: root, env: { ...process.env, COMMON_GROUND_OUT_DIR: OUT }, stdio: 'ignore' })
  writeFileSync(marker, run)
}

export interface RunningHost {
  /** The printed address, with its token: what a person opens. */
  url: string
  origin: string
  token: string
  child: ChildProcess
  /** A contract call over HTTP with the token header; throws the refusal's message. */
  call: <T = unknown>(name: string, input: unknown) => Promise<T>
  /** The host process's resident memory now, in bytes (Linux /proc). */
  rss: () => number
  stop: () => Promise<void>
}

export function startHost(dataDir: string, { env = process.env }: { env?: NodeJS.ProcessEnv } = {}): Promise<RunningHost> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, OUT, 'main', 'host.js'), '--port', '0', '--data', dataDir, '--no-open'], { stdio: ['ignore', 'pipe', 'pipe'], env })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      const match = /Common Ground is running at (http:\/\/127\.0\.0\.1:\d+\/\?token=(\S+))/.exec(output)
      if (!match) return
      const url = match[1]!
      const token = match[2]!
      const origin = new URL(url).origin
      const exited = new Promise<void>((done) => child.once('exit', () => done()))
      resolve({
        url,
        origin,
        token,
        child,
        call: async <T>(name: string, input: unknown): Promise<T> => {
          const response = await fetch(`${origin}/api/${name}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-common-ground-token': token }, body: JSON.stringify(input) })
          const answer = (await response.json()) as { ok: boolean; value?: T; error?: { message: string } }
          if (!answer.ok) throw new Error(`${name}: ${answer.error?.message}`)
          return answer.value as T
        },
        rss: () => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? Number.NaN) * 1024,
        stop: async () => {
          if (child.exitCode === null) child.kill('SIGTERM')
          await exited
        },
      })
    })
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.on('exit', (code) => reject(new Error(`The host exited with ${code}: ${output}`)))
  })
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  })
}

const KPS = ['KP1', 'KP2', 'KP3', 'KP4', 'KP5', 'KP6', 'KP7', 'KP8']

/** A workshop of `count` gaps through the public API: a third wait in the tray, the rest link to one or two Key Principles. */
export async function seedGapWorkshop(host: RunningHost, count: number, title = `Board bench, ${count} gaps`): Promise<string> {
  const workshop = await host.call<{ id: string }>('workshops.create', { title, localArea: '', date: '2026-11-23', venue: '', facilitators: '', cycle: 1, notes: '' })
  for (let i = 0; i < count; i += 1) {
    const links = i % 3 === 0 ? [] : i % 3 === 1 ? [KPS[i % 8]] : [KPS[i % 8], KPS[(i + 3) % 8]]
    await host.call('gaps.create', { workshopId: workshop.id, details: { title: `Gap ${i + 1}: support the room named`, detail: '', links, groupIds: [], sourceQuestionId: null, edie: i % 10 === 0 } })
  }
  return workshop.id
}
