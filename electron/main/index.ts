import { app, BrowserWindow, dialog, ipcMain, net, protocol, session, shell, type WebContents } from 'electron'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { openApplication } from '../services/application'
import { registerIpc } from './ipc'
import { CONTENT_SECURITY_POLICY } from '../host/csp'

const SCHEME = 'app'
const APP_ORIGIN = `${SCHEME}://common-ground`

// The renderer is served from app://common-ground, a standard secure origin, rather than file://.
protocol.registerSchemesAsPrivileged([{ scheme: SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }])

const here = fileURLToPath(new URL('.', import.meta.url))
const rendererDir = join(here, '..', 'renderer')
const windows = new Set<WebContents>()

function isOurPage(url: string): boolean {
  return url === APP_ORIGIN || url.startsWith(`${APP_ORIGIN}/`)
}

function createWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 800,
    minHeight: 600,
    title: 'Common Ground',
    show: false,
    webPreferences: {
      preload: join(here, '..', 'preload', 'index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      disableBlinkFeatures: 'Auxclick',
      spellcheck: true,
    },
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
  // Reports and exports reach the user as downloads: ask where to save each one, starting in Documents.
  session.defaultSession.on('will-download', (_event, item) => {
    item.setSaveDialogOptions({ title: 'Save the file', defaultPath: join(app.getPath('documents'), item.getFilename()) })
  })
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } })
  })
  protocol.handle(SCHEME, (request) => {
    const { pathname } = new URL(request.url)
    const file = join(rendererDir, decodeURIComponent(pathname))
    if (!file.startsWith(rendererDir)) return new Response('Not found', { status: 404 })
    return net.fetch(pathToFileURL(file).toString())
  })
}

app.on('web-contents-created', (_event, contents) => {
  contents.on('will-navigate', (event, url) => {
    if (!isOurPage(url)) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    // External links open in the system browser, only for web addresses.
    if (/^https:\/\//.test(url)) void shell.openExternal(url)
    return { action: 'deny' }
  })
})

app.whenReady().then(() => {
  const application = openApplication({
    dataDir: app.getPath('userData'),
    resourcesDir: app.isPackaged ? process.resourcesPath : join(here, '..', '..', 'resources'),
  })
  hardenSessions()
  // Only our own windows, showing our own page, may call the application.
  registerIpc(ipcMain, application.handlers, (event) =>
    windows.has(event.sender) && event.senderFrame !== null && isOurPage(event.senderFrame.url))
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
