import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { CALL_NAMES, CHANGES_CHANNEL, ipcChannel } from '../../shared/api/calls'
import { CONTENT_SECURITY_POLICY } from '../serve/csp'

/**
 * Electron's runtime cannot be downloaded on the machines that build and test Common Ground, so
 * this test loads the real main-process module against a stand-in `electron` that records what
 * main asks of it: the windows it opens, the handlers it registers and the guards it installs.
 */
type Listener = (...args: unknown[]) => unknown
const recorded = vi.hoisted(() => ({
  appListeners: new Map<string, Listener>(),
  contentsListeners: new Map<string, Listener>(),
  ipc: new Map<string, Listener>(),
  windows: [] as Array<{ options: { webPreferences: Record<string, unknown> }; url?: string; webContents: unknown }>,
  /** What main pushed to each window's page: [window id, channel, message]. */
  sent: [] as Array<[number, string, unknown]>,
  protocolHandlers: new Map<string, Listener>(),
  permissionHandler: undefined as Listener | undefined,
  headersHandler: undefined as Listener | undefined,
  dictionaryUrl: undefined as string | undefined,
  opened: [] as string[],
  dataDir: '',
}))

vi.mock('electron', () => {
  const contentsFor = (id: number) => ({ id, isDestroyed: () => false, send: (channel: string, message: unknown) => recorded.sent.push([id, channel, message]) })
  class BrowserWindow {
    webContents = contentsFor(recorded.windows.length + 1)
    constructor(options: unknown) {
      recorded.windows.push({ options: options as { webPreferences: Record<string, unknown> }, webContents: this.webContents })
    }
    static contentsFor = contentsFor
    static getAllWindows() {
      return recorded.windows
    }
    on() {}
    once() {}
    loadURL(url: string) {
      recorded.windows.at(-1)!.url = url
      return Promise.resolve()
    }
  }
  const session = {
    defaultSession: {
      setPermissionRequestHandler: (handler: Listener) => (recorded.permissionHandler = handler),
      setPermissionCheckHandler: () => undefined,
      setDevicePermissionHandler: () => undefined,
      setSpellCheckerDictionaryDownloadURL: (url: string) => (recorded.dictionaryUrl = url),
      on: () => undefined,
      webRequest: { onBeforeRequest: () => undefined, onHeadersReceived: (handler: Listener) => (recorded.headersHandler = handler) },
    },
  }
  return {
    app: {
      enableSandbox: () => undefined,
      on: (event: string, listener: Listener) => recorded.appListeners.set(event, listener),
      whenReady: () => Promise.resolve(),
      getPath: () => recorded.dataDir,
      isPackaged: false,
      quit: () => undefined,
    },
    BrowserWindow,
    dialog: { showErrorBox: (title: string, message: string) => { throw new Error(`${title}: ${message}`) } },
    ipcMain: { handle: (channel: string, listener: Listener) => recorded.ipc.set(channel, listener) },
    protocol: { registerSchemesAsPrivileged: () => undefined, handle: (scheme: string, handler: Listener) => recorded.protocolHandlers.set(scheme, handler) },
    screen: { getAllDisplays: () => [], getPrimaryDisplay: () => ({}) },
    // This machine offers no keychain: a team-library password is refused, never kept in the clear.
    safeStorage: { isEncryptionAvailable: () => false, encryptString: () => Buffer.alloc(0), decryptString: () => '' },
    session,
    shell: { openExternal: (url: string) => { recorded.opened.push(url); return Promise.resolve() } },
  }
})

beforeAll(async () => {
  recorded.dataDir = mkdtempSync(join(tmpdir(), 'common-ground-main-'))
  await import('./index')
  await vi.waitFor(() => expect(recorded.windows).toHaveLength(1))
})
afterAll(() => {
  recorded.appListeners.get('will-quit')?.()
  rmSync(recorded.dataDir, { recursive: true, force: true })
})

function fakeContents(type: string) {
  const listeners = new Map<string, Listener>()
  listeners.set('did-create-window', () => undefined)
  let openHandler: Listener | undefined
  let closed = false
  const contents = {
    getType: () => type,
    close: () => (closed = true),
    on: (event: string, listener: Listener) => listeners.set(event, listener),
    setWindowOpenHandler: (handler: Listener) => (openHandler = handler),
  }
  recorded.appListeners.get('web-contents-created')!({}, contents)
  return { listeners, open: (url: string) => openHandler!({ url }), closed: () => closed }
}

describe('the Electron main process', () => {
  it('opens one locked-down window on the app:// page', () => {
    const [window] = recorded.windows
    expect(window!.url).toBe('app://common-ground/index.html')
    expect(window!.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false })
    expect(window!.options.webPreferences.preload).toMatch(/preload[\\/]index\.cjs$/)
  })

  it('registers one IPC handler per contract call, refusing senders that are not our windows', async () => {
    expect([...recorded.ipc.keys()].sort()).toEqual(CALL_NAMES.map(ipcChannel).sort())
    const stranger = { sender: { id: 999 }, senderFrame: { url: 'app://common-ground/index.html', parent: null } }
    expect(await recorded.ipc.get(ipcChannel('workshops.list'))!(stranger, {})).toMatchObject({ ok: false, error: { message: /did not come from Common Ground/ } })
  })

  it('serves only files inside the renderer folder on app://', async () => {
    const handler = recorded.protocolHandlers.get('app')!
    const response = (await handler({ method: 'GET', url: 'app://common-ground/..%2f..%2fpackage.json' })) as Response
    expect(response.status).toBe(404)
    expect(((await handler({ method: 'POST', url: 'app://common-ground/index.html' })) as Response).status).toBe(404)
  })

  it('gives every answer the strict policy, but for our own pages’ answers, which keep the policy they came with', () => {
    const policyOf = (url: string, responseHeaders?: Record<string, string[]>) => {
      let given: Record<string, string[]> | undefined
      recorded.headersHandler!({ url, responseHeaders }, ({ responseHeaders: headers }: { responseHeaders: Record<string, string[]> }) => (given = headers))
      return given!['Content-Security-Policy']
    }
    const pages = "default-src 'none'; script-src 'self' 'sha256-abc='"
    expect(policyOf('app://common-ground/index.html', { 'Content-Security-Policy': [pages] })).toEqual([pages])
    expect(policyOf('app://common-ground/assets/page-Ab3dE_9z.js')).toEqual([CONTENT_SECURITY_POLICY])
    // Another origin cannot bring a policy of its own.
    expect(policyOf('https://example.org/', { 'Content-Security-Policy': ["script-src 'unsafe-inline'"] })).toEqual([CONTENT_SECURITY_POLICY])
    expect(policyOf('app://common-ground.example/', { 'Content-Security-Policy': ["script-src 'unsafe-inline'"] })).toEqual([CONTENT_SECURITY_POLICY])
  })

  it('points the spell-check dictionary download at nothing, so nothing is fetched from a CDN', () => {
    expect(new URL(recorded.dictionaryUrl!).hostname).toMatch(/\.invalid$/)
  })

  it('sets the Electron fuses that close the file:// protocol\'s extra privileges and running as Node', () => {
    const config = readFileSync(join(fileURLToPath(new URL('../../', import.meta.url)), 'electron-builder.yml'), 'utf8')
    const fuses = config.slice(config.indexOf('electronFuses:'))
    for (const fuse of ['runAsNode: false', 'grantFileProtocolExtraPrivileges: false', 'enableNodeOptionsEnvironmentVariable: false', 'onlyLoadAppFromAsar: true']) {
      expect(fuses).toContain(`  ${fuse}`)
    }
  })

  it('denies every permission request', () => {
    let granted: boolean | undefined
    recorded.permissionHandler!({}, 'media', (answer: boolean) => (granted = answer))
    expect(granted).toBe(false)
  })

  it('closes anything that is not a window, and keeps windows on our own pages', () => {
    expect(fakeContents('webview').closed()).toBe(true)
    const window = fakeContents('window')
    let prevented = false
    window.listeners.get('will-navigate')!({ preventDefault: () => (prevented = true) }, 'https://example.org/')
    expect(prevented).toBe(true)
    prevented = false
    window.listeners.get('will-navigate')!({ preventDefault: () => (prevented = true) }, 'app://common-ground/index.html#/')
    expect(prevented).toBe(false)
  })

  it('opens no new windows; checked https links go to the system browser', () => {
    const window = fakeContents('window')
    expect(window.open('http://example.org/')).toEqual({ action: 'deny' })
    expect(window.open('https://user:pass@example.org/')).toEqual({ action: 'deny' })
    expect(window.open('https://foundations.org.uk/')).toEqual({ action: 'deny' })
    expect(recorded.opened).toEqual(['https://foundations.org.uk/'])
  })

  it('pushes each change to its own windows, the presenter window included, naming the window whose call made it', async () => {
    const main = recorded.windows[0]!.webContents as { id: number }
    const trusted = { sender: main, senderFrame: { url: 'app://common-ground/index.html', parent: null } }
    // The presenter window, opened by the main window's page.
    const opener = { getType: () => 'window', on: (event: string, listener: Listener) => event === 'did-create-window' && listener({ webContents: presenter, on: () => undefined }), setWindowOpenHandler: () => undefined }
    const presenter = { id: 42, isDestroyed: () => false, send: (channel: string, message: unknown) => recorded.sent.push([42, channel, message]) }
    recorded.appListeners.get('web-contents-created')!({}, opener)
    recorded.sent.length = 0

    const stranger = { sender: { id: 999 }, senderFrame: { url: 'app://common-ground/index.html', parent: null } }
    const details = { title: 'Forum', localArea: '', date: '2026-11-23', venue: '', facilitators: '', cycle: 1, notes: '' }
    await recorded.ipc.get(ipcChannel('workshops.create'))!(stranger, details, 'a-stranger-window')
    expect(recorded.sent).toEqual([])

    const created = (await recorded.ipc.get(ipcChannel('workshops.create'))!(trusted, details, 'main-window-0001')) as { ok: boolean; value: { id: string } }
    expect(created.ok).toBe(true)
    const event = { type: 'change', workshopId: created.value.id, areas: ['workshops'], revision: 1, origin: 'main-window-0001' }
    expect(recorded.sent).toEqual([
      [main.id, CHANGES_CHANNEL, expect.objectContaining(event)],
      [42, CHANGES_CHANNEL, expect.objectContaining(event)],
    ])
    // A read changes nothing, so nothing is pushed; an origin that is not an id is not passed on.
    await recorded.ipc.get(ipcChannel('workshops.list'))!(trusted, {}, 'main-window-0001')
    await recorded.ipc.get(ipcChannel('workshops.update'))!(trusted, { id: created.value.id, details }, '<script>')
    expect(recorded.sent.slice(2)).toEqual([
      [main.id, CHANGES_CHANNEL, expect.objectContaining({ areas: ['workshops'], revision: 2, origin: null })],
      [42, CHANGES_CHANNEL, expect.objectContaining({ areas: ['workshops'], revision: 2, origin: null })],
    ])
  })
})
