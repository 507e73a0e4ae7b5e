import { randomBytes, timingSafeEqual } from 'node:crypto'
import type { IncomingMessage } from 'node:http'

export const TOKEN_HEADER = 'x-common-ground-token'

/** How long a launch code waits to be used; the browser the app opens uses it within seconds. */
export const LAUNCH_CODE_LIFETIME_MS = 10 * 60 * 1000

const secret = () => randomBytes(32).toString('base64url')

function same(given: string, expected: string): boolean {
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

/** The value of one cookie in a Cookie header, if present. */
function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const at = part.indexOf('=')
    if (at > 0 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim()
  }
  return undefined
}

/**
 * Who may call browser mode's API, in one place. Three secrets, each new every run:
 * - the **API token**, in the address the app prints (`…/?token=<token>`) for the person who started it
 *   and for scripts: accepted on every request in the `x-common-ground-token` header, and exchanged for
 *   a session cookie when a browser opens that address;
 * - a **launch code** for each browser the app opens itself, handed over in a 0600 file, never on a
 *   command line: exchanged once for a session cookie, refused after that (or after ten minutes);
 * - **sessions**: the cookie a browser holds, HttpOnly (page scripts cannot read it) and SameSite=Strict
 *   (another site's page cannot make the browser send it). Its name carries the port, because browsers
 *   share cookies between ports of the same host: two runs never overwrite each other's.
 *
 * `authenticate(req)` is the one check for every request that needs it: contract calls, and any later
 * endpoint such as a Server-Sent Events change stream (an EventSource cannot set headers, so the cookie
 * is how a page's stream authenticates; scripts may send the header instead).
 */
export interface HostAuth {
  readonly token: string
  /** A new one-time launch code, for a browser the app opens itself. */
  issueLaunchCode(): string
  /**
   * Exchanges a launch code (once) or the API token (any number of times) for a new session.
   * Returns the Set-Cookie header value, or undefined when the code is not (or no longer) good.
   */
  exchange(code: string): string | undefined
  authenticate(req: IncomingMessage): boolean
  /** Called once the port is known (the cookie's name carries it). */
  bindPort(port: number): void
}

export function createHostAuth(token: string, { onLaunchCodeUsed, now = Date.now }: { onLaunchCodeUsed?: () => void; now?: () => number } = {}): HostAuth {
  const launchCodes = new Map<string, number>()
  const sessions = new Set<string>()
  let cookieName = 'common-ground-session'

  const takeLaunchCode = (code: string): boolean => {
    for (const [issued, expires] of launchCodes) {
      if (!same(code, issued)) continue
      launchCodes.delete(issued)
      onLaunchCodeUsed?.()
      return expires > now()
    }
    return false
  }

  return {
    token,
    issueLaunchCode: () => {
      const code = secret()
      launchCodes.set(code, now() + LAUNCH_CODE_LIFETIME_MS)
      return code
    },
    exchange: (code) => {
      if (!same(code, token) && !takeLaunchCode(code)) return undefined
      const session = secret()
      sessions.add(session)
      return `${cookieName}=${session}; HttpOnly; SameSite=Strict; Path=/`
    },
    authenticate: (req) => {
      const header = req.headers[TOKEN_HEADER]
      const given = Array.isArray(header) ? header[0] : header
      if (given !== undefined) return same(given, token)
      const session = cookieValue(req.headers.cookie, cookieName)
      return session !== undefined && sessions.has(session)
    },
    bindPort: (port) => {
      cookieName = `common-ground-session-${port}`
    },
  }
}
