import { extname, isAbsolute, relative, resolve } from 'node:path'

/** Where the renderer is served from: a standard, secure custom origin instead of file://. */
export const APP_SCHEME = 'app'
export const APP_HOST = 'common-ground'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`

/** True for a page of our own app (same scheme and host), the only thing a window may show. */
export function isOurPage(url: string): boolean {
  try {
    const parsed = new URL(url)
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST
  } catch {
    return false
  }
}

/**
 * Maps an app:// request to a file inside the renderer folder, or undefined when it is not ours
 * or would leave the folder (`..`, encoded separators, absolute paths, NUL bytes). Paths without
 * an extension are app routes and get the app shell.
 */
export function rendererFileFor(rendererDir: string, url: string): string | undefined {
  let parsed: URL
  let pathname: string
  try {
    parsed = new URL(url)
    pathname = decodeURIComponent(parsed.pathname)
  } catch {
    return undefined
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST || pathname.includes('\0')) return undefined
  const root = resolve(rendererDir)
  const file = resolve(root, `.${pathname.replace(/\\/g, '/')}`)
  const inside = relative(root, file)
  if (inside.startsWith('..') || isAbsolute(inside)) return undefined
  if (inside === '') return resolve(root, 'index.html')
  return extname(inside) === '' ? resolve(root, 'index.html') : file
}

/**
 * Whether a link may be handed to the system browser: https only, a real host, no credentials
 * in the address (they are a phishing trick), nothing that launches another program.
 */
export function isSafeExternalUrl(url: string): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  return parsed.protocol === 'https:' && parsed.hostname !== '' && parsed.username === '' && parsed.password === ''
}
