import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { readFile } from 'node:fs/promises'
import { existsSync, realpathSync } from 'node:fs'
import { extname, join, normalize, relative as relativePath, resolve, sep } from 'node:path'
import { z } from 'zod'
import { HTTP_STATUS, fail, ok, type Result } from '../../shared/api/result'
import { CHANGES_PATH, eventId, ORIGIN_HEADER, originSchema, POSITION_HEADER, type StreamMessage } from '../../shared/api/changes'
import { dispatch, type Handlers } from '../services'
import { isCallName } from '../../shared/api/calls'
import { CALL_EFFECTS } from '../../shared/api/effects'
import type { ChangeFeed } from '../services/changes'
import type { Logger } from '../services/dispatch'
import type { HostAuth } from './auth'
import { CONTENT_SECURITY_POLICY, pagePolicy } from '../serve/csp'
import { realFileInside } from '../serve/inside'
import { contentTypeFor } from '../serve/mime'
import { HttpRefusal, readBody, sendJson } from '../serve/http'

export { TOKEN_HEADER } from './auth'

/** Largest request body the API accepts; above this the answer is 413 and nothing is read further. */
export const MAX_BODY_BYTES = 4 * 1024 * 1024

/** Where a page exchanges a launch code or the API token for its session cookie. */
export const SESSION_PATH = '/session'
/** A file of the renderer's build named by its content's hash (the build's assets/ folder). */
const IMMUTABLE_ASSET = /^assets\/[\w.-]+-[\w-]{8}\.(?:js|css|woff2|png|svg)$/

export const NOT_SIGNED_IN =
  'This browser is not signed in to Common Ground. Open it from the address Common Ground printed when it started (a link Common Ground opened for you works once).'

/** `application/json`, optionally with a UTF-8 charset: nothing that merely starts with it. */
const JSON_TYPE = /^application\/json\s*(?:;\s*charset\s*=\s*(?:utf-8|"utf-8")\s*)?$/i

export function isJsonContentType(type: string | undefined): boolean {
  return type !== undefined && JSON_TYPE.test(type)
}

/** The most first reads one opening may carry: a screen's own (the Prioritise step's are ten) with room to spare. */
export const MAX_FIRST_READS = 24

const sessionRequestSchema = z.object({ code: z.string().min(1).max(200).optional(), reads: z.unknown().optional() }).strict()
/** Checked apart from the code: reads the host cannot take never cost the page its sign-in. */
const firstReadsSchema = z.array(z.object({ name: z.string().max(100), input: z.unknown() }).strict()).max(MAX_FIRST_READS)

export interface HostOptions {
  handlers: Handlers
  /** Folder holding the built renderer (index.html and assets). */
  rendererDir: string
  auth: HostAuth
  log?: Logger
  /** The change stream served at /changes (Server-Sent Events); without it there is none. */
  changes?: ChangeFeed
}

export interface RunningHost {
  server: Server
  port: number
  url: string
  close(): Promise<void>
}

function sendRefusal(res: ServerResponse, status: number, message: string): void {
  const code = status === 413 ? 'too_large' : status === 404 ? 'unknown_call' : 'invalid'
  sendJson(res, status, fail(code, message))
}

/**
 * Browser mode: the same handlers as the Electron app behind HTTP on 127.0.0.1 only.
 * Guards: the Host header must be our own loopback address (DNS rebinding), cross-origin
 * requests are refused, every API call needs the per-run token, bodies are capped.
 */
export function startHost(options: HostOptions, port = 0): Promise<RunningHost> {
  const { handlers, auth, changes, log = (message) => console.error(message) } = options
  // Real paths: a symbolic link inside the renderer folder must not lead the server out of it.
  // (A host run from source, as the durability test does, has no built renderer: then nothing is served.)
  const rendererDir = existsSync(options.rendererDir) ? realpathSync(options.rendererDir) : resolve(options.rendererDir)
  let allowedHosts = new Set<string>()
  let allowedOrigins = new Set<string>()

  /** A POST with a JSON body, read and parsed; undefined when refused (the answer is already sent). */
  async function readJsonPost(req: IncomingMessage, res: ServerResponse): Promise<{ input: unknown } | undefined> {
    if (req.method !== 'POST') {
      res.setHeader('allow', 'POST')
      sendRefusal(res, 405, 'API calls must use POST.')
      return undefined
    }
    if (!isJsonContentType(req.headers['content-type'])) {
      sendRefusal(res, 415, 'API calls must send JSON (Content-Type: application/json).')
      return undefined
    }
    const body = await readBody(req, MAX_BODY_BYTES, 'That request is too large for Common Ground to accept.')
    try {
      return { input: body.length === 0 ? {} : JSON.parse(body.toString('utf8')) }
    } catch {
      sendRefusal(res, 400, 'The request body is not valid JSON.')
      return undefined
    }
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, name: string): Promise<void> {
    if (req.method === 'POST' && !auth.authenticate(req)) {
      sendRefusal(res, 401, NOT_SIGNED_IN)
      return
    }
    const request = await readJsonPost(req, res)
    if (!request) return
    const origin = originSchema.safeParse(req.headers[ORIGIN_HEADER])
    const result: Result<unknown> = await dispatch(handlers, name, request.input, { log, changes, origin: origin.success ? origin.data : null })
    sendJson(res, result.ok ? 200 : HTTP_STATUS[result.error.code], result)
  }

  /**
   * The change stream as Server-Sent Events (shared/api/changes.ts). Signed in like every call, by the
   * session cookie (all an EventSource can send) or the token header; the Host and Origin checks above
   * have already run. A reconnecting listener names its last event (Last-Event-ID, or ?after=) and is
   * sent what it missed, or a reset, before the live events.
   */
  function handleChanges(req: IncomingMessage, res: ServerResponse, url: URL): void {
    if (req.method !== 'GET') {
      res.setHeader('allow', 'GET')
      sendRefusal(res, 405, 'The change stream is read with GET.')
      return
    }
    if (!auth.authenticate(req)) {
      sendRefusal(res, 401, NOT_SIGNED_IN)
      return
    }
    if (!changes) {
      sendRefusal(res, 404, 'Not found.')
      return
    }
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      connection: 'keep-alive',
    })
    const send = (message: StreamMessage) => res.write(`id: ${eventId(message)}\ndata: ${JSON.stringify(message)}\n\n`)
    // Reconnect a second after a drop (EventSource's own retry), sending the last id it saw.
    res.write('retry: 1000\n\n')
    const header = req.headers['last-event-id']
    const after = (Array.isArray(header) ? header[0] : header) ?? url.searchParams.get('after')
    // Catch-up, hello and subscribing happen in one turn of the event loop, so no write falls between them.
    const missed = after ? changes.since(after) : { reset: false, events: [] }
    if (missed.reset) send({ type: 'reset', ...changes.position() })
    for (const event of missed.events) send(event)
    send({ type: 'hello', ...changes.position() })
    const stop = changes.subscribe(send)
    req.on('close', stop)
  }

  /**
   * The page's first request. With a launch code (once) or the API token, it signs the page in: the
   * answer sets an HttpOnly, SameSite=Strict cookie. Without one, it needs the page to be signed in
   * already (a reload). The answer says where the change stream stands now, before the page has read
   * anything (as `changes.since` with no position would), and carries the answers of the first
   * screen's reads, if the page sent them: each answered as /api/<name> would, in order, and after the
   * position was taken, so a change made after any of them is one the stream will send. Only reads are
   * answered here; anything else is refused in its place, and a list the host cannot take (too many,
   * the wrong shape) gets no answers at all, so the page asks for each on its own; the sign-in stands
   * either way. One request instead of one per read: a browser opens only a few connections to a
   * server, and the page's code is still arriving on them.
   */
  async function handleSession(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const request = await readJsonPost(req, res)
    if (!request) return
    const parsed = sessionRequestSchema.safeParse(request.input)
    if (!parsed.success) {
      sendRefusal(res, 400, 'That is not a sign-in Common Ground understands: a code, and the first screen’s reads.')
      return
    }
    const { code } = parsed.data
    const reads = parsed.data.reads === undefined ? undefined : firstReadsSchema.safeParse(parsed.data.reads).data
    const cookie = code !== undefined ? auth.exchange(code) : undefined
    if (code !== undefined && !cookie) {
      sendRefusal(res, 401, `That sign-in link has been used already or has expired. ${NOT_SIGNED_IN}`)
      return
    }
    if (!cookie && !auth.authenticate(req)) {
      sendRefusal(res, 401, NOT_SIGNED_IN)
      return
    }
    const position = changes ? eventId(changes.position()) : undefined
    let answers: Result<unknown>[] | undefined
    if (reads) {
      answers = []
      for (const { name, input } of reads) {
        answers.push(isCallName(name) && CALL_EFFECTS[name].kind === 'read' ? await dispatch(handlers, name, input, { log, changes, origin: null }) : fail('invalid', `“${name.slice(0, 80)}” is not a read, so it cannot be sent with the sign-in.`))
      }
    }
    const headers: Record<string, string> = { ...(cookie ? { 'set-cookie': cookie } : {}), ...(position ? { [POSITION_HEADER]: position } : {}) }
    // The position in a header as well as the body, as the sign-in without reads has always said it.
    sendJson(res, 200, ok({ signedIn: true, ...(position ? { position } : {}), ...(answers ? { answers } : {}) }), headers)
  }

  /** The build's hashed files, read once each: a name under assets/ never changes what it holds. */
  const assets = new Map<string, { file: string; content: Buffer }>()

  async function handleStatic(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('allow', 'GET, HEAD')
      sendRefusal(res, 405, 'Only GET is allowed here.')
      return
    }
    let decoded: string
    try {
      decoded = decodeURIComponent(pathname)
    } catch {
      sendRefusal(res, 400, 'That address is not valid.')
      return
    }
    const relative = normalize(decoded).replace(/^([/\\])+/, '')
    // Kept under the name as the build wrote it (below), so only that exact name is answered from memory.
    const name = relative.split(sep).join('/')
    const kept = assets.get(name)
    if (kept) {
      sendContent(req, res, kept.file, kept.content)
      return
    }
    const file = await realFileInside(rendererDir, join(rendererDir, relative))
    if (file === false) {
      sendRefusal(res, 404, 'Not found.')
      return
    }
    // Unknown paths without an extension are app routes: serve the app shell.
    if (file === undefined && extname(relative) !== '') {
      sendRefusal(res, 404, 'Not found.')
      return
    }
    await sendFile(req, res, file ?? join(rendererDir, 'index.html'), file === undefined ? undefined : name)
  }

  /**
   * Sends `file`; a hashed file of the build asked for by its own name (`asked`, in / form) is kept. Its name on
   * disk must be the name asked for: another casing of it (on a disk that ignores case) or a link to it
   * is served as before, read each time, and never adds a copy to memory.
   */
  async function sendFile(req: IncomingMessage, res: ServerResponse, file: string, asked?: string): Promise<void> {
    const content = await readFile(file)
    if (asked !== undefined) {
      const onDisk = relativePath(rendererDir, file).split(sep).join('/')
      if (onDisk === asked && IMMUTABLE_ASSET.test(onDisk)) assets.set(onDisk, { file, content })
    }
    sendContent(req, res, file, content)
  }

  function sendContent(req: IncomingMessage, res: ServerResponse, file: string, content: Buffer): void {
    res.writeHead(200, {
      'content-type': contentTypeFor(file),
      'content-length': content.length,
      'content-security-policy': file.endsWith('.html') ? pagePolicy(content) : CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cross-origin-opener-policy': 'same-origin',
      'cache-control': file.endsWith('index.html') ? 'no-store' : 'public, max-age=31536000, immutable',
    })
    res.end(req.method === 'HEAD' ? undefined : content)
  }

  const server = createServer((req, res) => {
    const host = req.headers.host ?? ''
    if (!allowedHosts.has(host)) {
      sendRefusal(res, 421, 'Common Ground only answers on its own local address.')
      return
    }
    const origin = req.headers.origin
    if (origin !== undefined && !allowedOrigins.has(origin)) {
      sendRefusal(res, 403, 'Requests from other sites are refused.')
      return
    }
    const url = new URL(req.url ?? '/', `http://${host}`)
    const fetchSite = req.headers['sec-fetch-site']
    // A browser arriving from elsewhere (the launch file, a bookmark page) may load the app's page;
    // nothing else it asks for, no call and no sign-in, is answered, and the page refuses to be framed.
    const arriving =
      (req.method === 'GET' || req.method === 'HEAD') &&
      req.headers['sec-fetch-mode'] === 'navigate' &&
      req.headers['sec-fetch-dest'] === 'document' &&
      !url.pathname.startsWith('/api/') &&
      url.pathname !== SESSION_PATH
    if ((fetchSite === 'cross-site' || fetchSite === 'same-site') && !arriving) {
      sendRefusal(res, 403, 'Requests from other sites are refused.')
      return
    }
    const work = url.pathname.startsWith('/api/')
      ? handleApi(req, res, url.pathname.slice('/api/'.length))
      : url.pathname === SESSION_PATH
        ? handleSession(req, res)
        : url.pathname === CHANGES_PATH
          ? Promise.resolve(handleChanges(req, res, url))
          : handleStatic(req, res, url.pathname)
    work.catch((error: unknown) => {
      if (error instanceof HttpRefusal) {
        // Not "Connection: close": Node would then end the connection as soon as the answer is out, and
        // the bytes still coming would be met with a reset that loses the answer (serve/http.ts readBody).
        if (!res.headersSent) {
          sendRefusal(res, error.status, error.message)
        }
        return
      }
      log(`Request to ${url.pathname} failed: ${error instanceof Error ? error.message : String(error)}`)
      if (!res.headersSent) sendJson(res, 500, fail('internal', 'Something went wrong inside Common Ground.'))
    })
  })
  server.headersTimeout = 20_000
  server.requestTimeout = 60_000

  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => {
      const address = server.address()
      if (address === null || typeof address === 'string') {
        reject(new Error('The server did not get a TCP address.'))
        return
      }
      const bound = address.port
      auth.bindPort(bound)
      allowedHosts = new Set([`127.0.0.1:${bound}`, `localhost:${bound}`])
      allowedOrigins = new Set([`http://127.0.0.1:${bound}`, `http://localhost:${bound}`])
      resolve({
        server,
        port: bound,
        url: `http://127.0.0.1:${bound}/`,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections()
            server.close(() => done())
          }),
      })
    })
  })
}
