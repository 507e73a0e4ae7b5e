import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import AxeBuilder from '@axe-core/playwright'
import { test as base, expect, type Locator, type Page } from '@playwright/test'

const root = fileURLToPath(new URL('../../', import.meta.url))
/** Where the build under test is: `out` unless COMMON_GROUND_OUT_DIR names another folder under the project. */
const outDir = join(root, process.env.COMMON_GROUND_OUT_DIR ?? 'out')

export interface Server {
  /** The address the server printed, with its token. */
  url: string
  dataDir: string
  stop(): Promise<void>
  restart(): Promise<void>
}

/**
 * Starts the built browser-mode host exactly as `npm run serve` does, and waits for its one line.
 * With `open`, it opens a browser as `npm start` does, through whatever `xdg-open` the PATH in `env` finds.
 */
export function launch(
  dataDir: string,
  { open = false, env = process.env, inside = [] }: { open?: boolean; env?: NodeJS.ProcessEnv; /** A prefix such as `ip netns exec <ns>`. */ inside?: string[] } = {},
): Promise<{ url: string; child: ChildProcess }> {
  return new Promise((resolve, reject) => {
    const command = [...inside, process.execPath, join(outDir, 'main', 'host.js'), '--port', '0', '--data', dataDir, ...(open ? [] : ['--no-open'])]
    const child = spawn(command[0]!, command.slice(1), {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    const timer = setTimeout(() => reject(new Error(`Server did not start: ${output}`)), 15_000)
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      const match = /Common Ground is running at (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(output)
      if (match) {
        clearTimeout(timer)
        resolve({ url: match[1]!, child })
      }
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.on('exit', (code) => reject(new Error(`Server exited with ${code}: ${output}`)))
  })
}

/** Stops the server as Ctrl+C would; a process that has already ended (by exit or by signal) is left alone. */
export function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve()
    // If it does not stop on its own, end it, so a stuck server fails its test instead of hanging the run.
    const force = setTimeout(() => child.kill('SIGKILL'), 10_000)
    child.once('exit', () => {
      clearTimeout(force)
      resolve()
    })
    child.kill('SIGTERM')
  })
}

export const test = base.extend<{ server: Server }>({
  // Playwright requires the destructuring pattern even when a fixture uses no other fixture.
  // eslint-disable-next-line no-empty-pattern
  server: async ({}, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'common-ground-e2e-'))
    let running = await launch(dataDir)
    const server: Server = {
      get url() {
        return running.url
      },
      dataDir,
      stop: () => stopChild(running.child),
      restart: async () => {
        await stopChild(running.child)
        running = await launch(dataDir)
      },
    }
    await use(server)
    await stopChild(running.child)
    rmSync(dataDir, { recursive: true, force: true })
  },
})

export { expect }

/** Fails the test with the list of violations if the page (as it is now) breaks WCAG A/AA rules. */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze()
  const summary = results.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`)
  expect(summary, `accessibility violations on ${label}`).toEqual([])
}

/** Presses Tab (or Shift+Tab) until `target` has focus, as a keyboard user would; fails if it never does. */
export async function tabTo(page: Page, target: Locator, { backwards = false, limit = 40 } = {}): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab')
  }
  await expect(target).toBeFocused()
}

/** Calls the app's API from the page, signed in as the page is (its session cookie), to set up what a test is not about. */
export async function callApi<T = unknown>(page: Page, name: string, input: unknown): Promise<T> {
  // A page just opened from its token address trades the token for its session cookie first: wait for that, as its own calls do.
  const port = new URL(page.url()).port
  await expect.poll(async () => (await page.context().cookies()).some((cookie) => cookie.name === `common-ground-session-${port}`), { message: 'the page signs in' }).toBe(true)
  const answer = await page.evaluate(
    async ([callName, body]) => {
      const response = await fetch(`/api/${callName}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      })
      return (await response.json()) as { ok: boolean; value?: unknown; error?: { message: string } }
    },
    [name, input] as const,
  )
  if (!answer.ok) throw new Error(`${name}: ${answer.error?.message}`)
  return answer.value as T
}
