import type { BrowserWindow, BrowserWindowConstructorOptions, Display, WebPreferences } from 'electron'
import { APP_HOST, APP_SCHEME } from './guards'

const PRESENT_HASH = /^#\/workshops\/[0-9a-f-]{36}\/present$/i

/**
 * The one address a page may open as a new window: our own page at a workshop's presenter route
 * (renderer/src/presenter). Everything else stays denied by the window-open handler.
 */
export function isPresenterUrl(url: string): boolean {
  try {
    const parsed = new URL(url)
    return (
      parsed.protocol === `${APP_SCHEME}:` &&
      parsed.host === APP_HOST &&
      (parsed.pathname === '/' || parsed.pathname === '/index.html') &&
      parsed.search === '' &&
      PRESENT_HASH.test(parsed.hash)
    )
  } catch {
    return false
  }
}

/** The presenter window: the same locked-down web preferences as the main window, able to go full screen. */
export function presenterWindowOptions(webPreferences: WebPreferences): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 720,
    title: 'Common Ground: shared screen',
    fullscreenable: true,
    autoHideMenuBar: true,
    backgroundColor: '#fbfaf7',
    webPreferences: { ...webPreferences },
  }
}

/** Moves the presenter window to a second display (the projector) and fills it; with one display it stays a normal window. */
export function placeOnProjector(window: BrowserWindow, displays: readonly Display[], primary: Display): void {
  const projector = displays.find((display) => display.id !== primary.id)
  if (!projector) return
  window.setBounds(projector.workArea)
  window.setFullScreen(true)
}
