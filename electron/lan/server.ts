import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { ChangeArea } from '../../shared/api/changes'
import { PHONE_API_PREFIX, PHONE_CHANGES, PHONE_PAGE } from '../../shared/api/phoneCalls'
import { HTTP_STATUS, fail, type Result } from '../../shared/api/result'
import type { Application } from '../services/application'
import { ROOM_CLOSED, type Device, type LanListener } from '../services/room'
import { PHONE_CONTENT_SECURITY_POLICY } from '../serve/csp'
import { HttpRefusal, readBody, sendJson as sendPlainJson } from '../serve/http'
import { loadPhoneAssets, type PhoneAsset } from './assets'

/** A phone's requests are small: a ballot of 60 gaps or a note is a few kilobytes. */
export const MAX_PHONE_BODY_BYTES = 16 * 1024
/** The device's cookie: HttpOnly (page scripts never see it), SameSite=Strict, for the phone paths only. */
export const PHONE_COOKIE = 'cg-phone'
/** A phone's session outlives a lunch break but not the day. */
const COOKIE_MAX_AGE_S = 12 * 60 * 60
/** Comment lines that keep an idle stream open through Wi-Fi and sleepy phones, and find dead ones. */
const HEARTBEAT_MS = 25_000
const MAX_STREAMS_PER_DEVICE = 4
/** The areas whose changes a phone shows; any other change is not told to phones. */
const PHONE_AREAS: readonly ChangeArea[] = ['workshops', 'groups', 'agenda', 'rounds', 'gaps', 'room']
/** Areas whose changes a phone hears of only when what it shows of them moved (PhoneSurface.hasNews). */
const QUIET_AREAS: readonly ChangeArea[] = ['rounds', 'room']

export interface LanOptions {
  address: string
  port: number
  app: Pick<Application, 'room' | 'phones' | 'changes'>
  /** The built renderer; only the phone page's own files are taken from it. */
  rendererDir: string
  log?: (message: string) => void
}

const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
}

/** A JSON answer (electron/serve/http.ts) with the phone surface's security headers. */
function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  sendPlainJson(res, status, body, { ...SECURITY_HEADERS, ...headers })
}

/** What a phone opening the page as the room closes is shown (the phone page's heading for it), with nothing to run. */
const ROOM_CLOSED_PAGE = `<!doctype html>
<html lang="en-GB">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>The room has closed: Common Ground</title>
  </head>
  <body>
    <main>
      <h1>The room has closed</h1>
      <p>${ROOM_CLOSED}</p>
    </main>
  </body>
</html>
`

function refuse(res: ServerResponse, status: number, message: string): void {
  sendJson(res, status, fail(status === 404 ? 'unknown_call' : status === 413 ? 'too_large' : status === 429 ? 'too_many' : 'invalid', message))
}

function cookieOf(req: IncomingMessage): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const at = part.indexOf('=')
    if (at > 0 && part.slice(0, at).trim() === PHONE_COOKIE) return part.slice(at + 1).trim()
  }
  return undefined
}

/**
 * The room's own listener, on the chosen LAN address only, beside the facilitator's on 127.0.0.1.
 * It serves the phone surface and nothing else: the phone page and its files, the phone calls
 * and the phones' change stream. Every facilitator call, the facilitator's page and its session
 * answer 404 here. The Host header must be this address and port (DNS rebinding), an Origin must
 * be this origin, request bodies are capped, and every input is checked with zod by the surface.
 */
export function startLanListener({ address, port, app, rendererDir, log = (message) => console.error(message) }: LanOptions): Promise<LanListener> {
  const { page, assets } = loadPhoneAssets(rendererDir)
  let bound = ''
  let origin = ''
  const streams = new Map<string, Set<ServerResponse>>()

  const sendAsset = (req: IncomingMessage, res: ServerResponse, asset: PhoneAsset, isPage: boolean) => {
    const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))
    const body = gzip ? asset.gzipped : asset.body
    res.writeHead(200, {
      'content-type': asset.type,
      'content-length': body.length,
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
      vary: 'accept-encoding',
      'cache-control': isPage ? 'no-store' : 'public, max-age=31536000, immutable',
      ...(isPage ? { 'content-security-policy': PHONE_CONTENT_SECURITY_POLICY } : {}),
      ...SECURITY_HEADERS,
    })
    res.end(req.method === 'HEAD' ? undefined : body)
  }

  const deviceOf = (req: IncomingMessage): Device | undefined => app.room.device(cookieOf(req))

  async function handleCall(req: IncomingMessage, res: ServerResponse, name: string): Promise<void> {
    if (req.method !== 'POST') {
      res.setHeader('allow', 'POST')
      refuse(res, 405, 'Phone calls use POST.')
      return
    }
    if (!/^application\/json\s*(;\s*charset\s*=\s*"?utf-8"?\s*)?$/i.test(req.headers['content-type'] ?? '')) {
      refuse(res, 415, 'Phone calls send JSON.')
      return
    }
    const body = await readBody(req, MAX_PHONE_BODY_BYTES, 'That is too much to send from a phone.')
    let input: unknown
    try {
      input = body.length === 0 ? {} : JSON.parse(body.toString('utf8'))
    } catch {
      refuse(res, 400, 'That request could not be read.')
      return
    }
    if (name === 'phone.join') {
      const { result, token } = await app.phones.join(input, req.socket.remoteAddress ?? 'unknown')
      const cookie = token ? { 'set-cookie': `${PHONE_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=${PHONE_PAGE}; Max-Age=${COOKIE_MAX_AGE_S}` } : undefined
      sendJson(res, status(result), result, cookie)
      return
    }
    const result = await app.phones.call(name, input, deviceOf(req))
    sendJson(res, status(result), result)
  }

  const status = (result: Result<unknown>) => (result.ok ? 200 : HTTP_STATUS[result.error.code])

  /** `change` when something a phone shows changed (it then asks for its state), `closed` when the room closes. */
  function handleChanges(req: IncomingMessage, res: ServerResponse): void {
    if (req.method !== 'GET') {
      res.setHeader('allow', 'GET')
      refuse(res, 405, 'The change stream is read with GET.')
      return
    }
    const device = deviceOf(req)
    if (!device) {
      sendJson(res, 401, fail('signed_out', 'This phone is not in the room.'))
      return
    }
    const own = streams.get(device.id) ?? new Set<ServerResponse>()
    streams.set(device.id, own)
    // A phone reopening the page many times keeps only its newest few streams.
    for (const old of [...own].slice(0, Math.max(0, own.size - MAX_STREAMS_PER_DEVICE + 1))) old.end()
    own.add(res)
    res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive', ...SECURITY_HEADERS })
    /**
     * Writes only to a stream still open. The laptop hears that a phone has gone (a locked screen,
     * lost Wi-Fi) only when its network says so, and a stream this listener ended (the room closed,
     * a fifth stream) still hears of the change that ended it: neither may ever write after the end.
     */
    const send = (text: string) => {
      if (!res.writableEnded && !res.destroyed) res.write(text)
    }
    send('retry: 2000\n\n')
    const stopChanges = app.changes.subscribe((event) => {
      if ((event.workshopId === device.workshopId || event.workshopId === null) && event.areas.some((area) => PHONE_AREAS.includes(area))) {
        // A change only to the rounds or the room (a ballot, a phone joining) is told only if it moved what this phone shows.
        if (event.areas.every((area) => QUIET_AREAS.includes(area)) && !app.phones.hasNews(device)) return
        send(`event: change\ndata: ${JSON.stringify({ revision: event.revision })}\n\n`)
      }
    })
    const stopClose = app.room.onClose(() => {
      send('event: closed\ndata: {}\n\n')
      stop()
      res.end()
    })
    const heartbeat = setInterval(() => send(': still here\n\n'), HEARTBEAT_MS)
    heartbeat.unref()
    let stopped = false
    const stop = () => {
      if (stopped) return
      stopped = true
      clearInterval(heartbeat)
      stopChanges()
      stopClose()
      own.delete(res)
      if (own.size === 0) streams.delete(device.id)
    }
    res.on('close', stop)
    // A connection the phone dropped fails its next write; that is the end of this stream, not of the listener.
    res.on('error', (error) => {
      log(`A phone's stream ended with ${error.message}`)
      stop()
    })
  }

  /**
   * The room has just closed and the listener is winding down (its last 300 ms): a request already
   * on its way hears that plainly, a stream its "closed" and a call the reason, never a bare refusal.
   */
  function answerClosed(req: IncomingMessage, res: ServerResponse, path: string, isRead: boolean): void {
    if (path === PHONE_CHANGES) {
      res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'close', ...SECURITY_HEADERS })
      res.end('retry: 2000\n\nevent: closed\ndata: {}\n\n')
    } else if (isRead && (path === '/' || path === PHONE_PAGE)) {
      // A phone opening the page just then is shown a page that says so, not the calls' JSON as text.
      res.writeHead(503, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'content-security-policy': PHONE_CONTENT_SECURITY_POLICY, connection: 'close', ...SECURITY_HEADERS })
      res.end(req.method === 'HEAD' ? undefined : ROOM_CLOSED_PAGE)
    } else if (isRead && assets.has(path)) {
      res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', connection: 'close', ...SECURITY_HEADERS })
      res.end(req.method === 'HEAD' ? undefined : ROOM_CLOSED)
    } else sendJson(res, HTTP_STATUS.signed_out, fail('signed_out', ROOM_CLOSED), { connection: 'close' })
  }

  const server = createServer((req, res) => {
    if (req.headers.host !== bound) {
      refuse(res, 421, 'Common Ground answers phones only on the address shown on the shared screen.')
      return
    }
    if (req.headers.origin !== undefined && req.headers.origin !== origin) {
      refuse(res, 403, 'Requests from other sites are refused.')
      return
    }
    const fetchSite = req.headers['sec-fetch-site']
    if (fetchSite === 'cross-site' || fetchSite === 'same-site') {
      refuse(res, 403, 'Requests from other sites are refused.')
      return
    }
    const path = (req.url ?? '/').split('?')[0]!
    const isRead = req.method === 'GET' || req.method === 'HEAD'
    if (!app.room.bound()) {
      answerClosed(req, res, path, isRead)
      return
    }
    let work: Promise<void> = Promise.resolve()
    if (path === '/' && isRead) {
      res.writeHead(302, { location: PHONE_PAGE, 'cache-control': 'no-store', ...SECURITY_HEADERS })
      res.end()
    } else if (path === PHONE_PAGE && isRead && page) sendAsset(req, res, page, true)
    else if (isRead && assets.has(path)) sendAsset(req, res, assets.get(path)!, false)
    else if (path.startsWith(PHONE_API_PREFIX)) work = handleCall(req, res, path.slice(PHONE_API_PREFIX.length))
    else if (path === PHONE_CHANGES) handleChanges(req, res)
    else refuse(res, 404, 'Not found.')
    work.catch((error: unknown) => {
      if (error instanceof HttpRefusal) {
        // Not "Connection: close": Node would then end the connection as soon as the answer is out, and
        // the bytes still coming would be met with a reset that loses the answer (serve/http.ts readBody).
        if (!res.headersSent) {
          refuse(res, error.status, error.message)
        }
        return
      }
      log(`A phone's request to ${path} failed: ${error instanceof Error ? error.message : String(error)}`)
      if (!res.headersSent) sendJson(res, 500, fail('internal', 'Something went wrong on the facilitator’s laptop.'))
    })
  })
  server.headersTimeout = 10_000
  server.requestTimeout = 30_000
  server.maxHeadersCount = 50
  // A room of sixty phones, each with a page, a stream and a call or two in flight.
  server.maxConnections = 600

  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen({ port, host: address, exclusive: true }, () => {
      server.off('error', reject)
      server.on('error', (error) => log(`The room's listener: ${error.message}`))
      const at = server.address()
      if (at === null || typeof at === 'string') {
        reject(new Error('The room did not get a TCP address.'))
        return
      }
      bound = `${address}:${at.port}`
      origin = `http://${bound}`
      resolve({
        port: at.port,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done())
            // Streams told "closed" have ended; give their last bytes a moment, then cut what is left.
            server.closeIdleConnections()
            setTimeout(() => server.closeAllConnections(), 300).unref()
          }),
      })
    })
  })
}
