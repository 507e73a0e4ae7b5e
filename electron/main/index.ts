import { app, BrowserWindow, dialog, ipcMain, protocol, safeStorage, screen, session, shell, type WebContents, type WebPreferences } from 'electron'
import { existsSync, realpathSync } from 'node:fs'
import { join } from 'node:path'
import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { openApplication, type Application } from '../services/application'
import { startLanListener } from '../lan/server'
import { builtImportWorker } from '../services/importRunner'
import { pushChanges, registerIpc } from './ipc'
import { CONTENT_SECURITY_POLICY, pagePolicy } from '../serve/csp'
import { realFileInside } from '../serve/inside'
import { contentTypeFor } from '../serve/mime'
import { APP_ORIGIN, APP_SCHEME, isOurPage, isSafeExternalUrl, rendererFileFor } from './guards'
import { isPresenterUrl, placeOnProjector, presenterWindowOptions } from './presenter'
import { safeStorageCredentials } from './teamPassword'

// Every renderer is sandboxed, including any a future change forgets to configure.
app.enableSandbox()

// The renderer is served from app://common-ground, a standard secure origin, rather than file://.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }])

const here = fileURLToPath(new URL('.', import.meta.url))
const rendererDir = join(here, '..', 'renderer')
/** The renderer folder's real path (the folder itself may be reached through a link). */
const realRendererDir = () => (existsSync(rendererDir) ? realpathSync(rendererDir) : rendererDir)
const windows = new Set<WebContents>()

/** The locked-down preferences every window of ours gets: the main window and the presenter window. */
function secureWebPreferences(): WebPreferences {
  return {
    // electronegativity-accepted: PRELOAD_JS_CHECK — the preload (electron/preload) exposes exactly the contract's calls through contextBridge, nothing of Electron or Node.
    preload: join(here, '..', 'preload', 'index.cjs'),
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    disableBlinkFeatures: 'Auxclick',
    webviewTag: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: true,
  }
}

function createWindow(): BrowserWindow {
  // electronegativity-accepted: AUXCLICK_JS_CHECK, CONTEXT_ISOLATION_JS_CHECK, SANDBOX_JS_CHECK — set in secureWebPreferences() above (Auxclick disabled, contextIsolation and sandbox on), which the checker cannot follow.
  const window = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 800,
    minHeight: 600,
    title: 'Common Ground',
    show: false,
    webPreferences: secureWebPreferences(),
  })
  windows.add(window.webContents)
  window.on('closed', () => windows.delete(window.webContents))
  window.once('ready-to-show', () => window.show())
  void window.loadURL(`${APP_ORIGIN}/index.html`)
  return window
}

function hardenSessions(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.defaultSession.setPermissionCheckHandler(() => false)
  session.defaultSession.setDevicePermissionHandler(() => false)
  // On Windows and Linux Chromium downloads spell-check dictionaries from Google's CDN when a field is
  // first checked. Nothing leaves the machine: the download points at a reserved name that never
  // resolves (RFC 2606 .invalid), so only dictionaries already on the computer are used.
  session.defaultSession.setSpellCheckerDictionaryDownloadURL('https://dictionaries.invalid/')
  // No remote content: nothing outside app:// is fetched, whatever a page asks for.
  session.defaultSession.webRequest.onBeforeRequest(
    { urls: ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*', 'file://*'] },
    (_details, callback) => callback({ cancel: true }),
  )
  // Reports and exports reach the user as downloads: ask where to save each one, starting in Documents.
  session.defaultSession.on('will-download', (_event, item) => {
    item.setSaveDialogOptions({ title: 'Save the file', defaultPath: join(app.getPath('documents'), item.getFilename()) })
  })
  // Our own pages' answers carry their own policy already (the handler below: index.html's allows the
  // page's first code, inline, by its hash) and keep it; anything else gets the constant.
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    const headers = details.responseHeaders ?? {}
    if (details.url.startsWith(`${APP_ORIGIN}/`) && Object.keys(headers).some((name) => name.toLowerCase() === 'content-security-policy')) return callback({ responseHeaders: headers })
    // electronegativity-accepted: CSP_GLOBAL_CHECK — the policy is the constant in electron/serve/csp.ts (default-src 'none', script-src 'self', no eval); the checker cannot read it through a variable.
    callback({ responseHeaders: { ...headers, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } })
  })
  protocol.handle(APP_SCHEME, async (request) => {
    // Resolved and checked to stay inside the renderer folder (guards.ts), then followed through any
    // symbolic links and checked again (inside.ts); anything else is 404.
    const asked = request.method === 'GET' ? rendererFileFor(rendererDir, request.url) : undefined
    const file = asked ? await realFileInside(realRendererDir(), asked) : undefined
    if (!file) return new Response('Not found', { status: 404 })
    // Read from disk here rather than with net.fetch(file://…): that would pass through the
    // session's request filter above, which refuses file:// for everything else.
    const body = await readFile(file).catch(() => undefined)
    if (!body) return new Response('Not found', { status: 404 })
    return new Response(body, {
      status: 200,
      headers: { 'Content-Type': contentTypeFor(file), 'Content-Security-Policy': file.endsWith('.html') ? pagePolicy(body) : CONTENT_SECURITY_POLICY, 'X-Content-Type-Options': 'nosniff' },
    })
  })
}

app.on('web-contents-created', (_event, contents) => {
  // Only our own BrowserWindows: a webview, browser view or anything else is closed at once.
  if (contents.getType() !== 'window') {
    contents.close()
    return
  }
  contents.on('will-navigate', (event, url) => {
    if (!isOurPage(url)) event.preventDefault()
  })
  contents.on('will-redirect', (event, url) => {
    if (!isOurPage(url)) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.on('did-create-window', (child) => {
    // The presenter window calls the application like the main window does.
    windows.add(child.webContents)
    child.on('closed', () => windows.delete(child.webContents))
    placeOnProjector(child, screen.getAllDisplays(), screen.getPrimaryDisplay())
  })
  contents.setWindowOpenHandler(({ url }) => {
    // The one window a page may open: our own page at a workshop's presenter route, for the projector.
    if (windows.has(contents) && isPresenterUrl(url)) {
      return { action: 'allow', overrideBrowserWindowOptions: presenterWindowOptions(secureWebPreferences()) }
    }
    // Otherwise no new windows, ever. A checked https link goes to the system browser instead.
    // electronegativity-accepted: OPEN_EXTERNAL_JS_CHECK — called only after isSafeExternalUrl (https, a real host, no credentials; tested in guards.test.ts).
    if (isSafeExternalUrl(url)) void shell.openExternal(url)
    return { action: 'deny' }
  })
})

app.whenReady().then(() => {
  const startImportWorker = builtImportWorker(here)
  // The room for phones listens on the LAN with plain Node http (electron/lan), only while the facilitator has it open.
  const application: Application = openApplication({
    dataDir: app.getPath('userData'),
    // The team library's password, kept by the operating system's keychain through safeStorage.
    teamCredentials: safeStorageCredentials(app.getPath('userData'), safeStorage),
    resourcesDir: app.isPackaged ? process.resourcesPath : join(here, '..', '..', 'resources'),
    ...(startImportWorker ? { startImportWorker } : {}),
    listen: (address, port) => startLanListener({ address, port, app: application, rendererDir: realRendererDir() }),
  })
  hardenSessions()
  // Only our own windows, showing our own page, may call the application.
  registerIpc(
    ipcMain,
    application.handlers,
    (event) => windows.has(event.sender) && event.senderFrame !== null && event.senderFrame.parent === null && isOurPage(event.senderFrame.url),
    application.changes,
  )
  // What changed reaches our own windows only, never a page outside them.
  pushChanges(application.changes, () => windows)
  createWindow()
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow()
  })
  app.on('will-quit', () => application.close())
}).catch((error: unknown) => {
  dialog.showErrorBox('Common Ground could not start', error instanceof Error ? error.message : String(error))
  app.quit()
})

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit()
})
