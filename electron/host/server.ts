import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { timingSafeEqual } from 'node:crypto'
import { readFile, stat } from 'node:fs/promises'
import { extname, join, normalize, sep } from 'node:path'
import { HTTP_STATUS, fail, type Result } from '../../shared/api/result'
import { dispatch, type Handlers } from '../services'
import type { Logger } from '../services/dispatch'
import { CONTENT_SECURITY_POLICY } from './csp'
import { contentTypeFor } from './mime'

/** Largest request body the API accepts; above this the answer is 413 and nothing is read further. */
export const MAX_BODY_BYTES = 4 * 1024 * 1024

export const TOKEN_HEADER = 'x-common-ground-token'



export interface HostOptions {
  handlers: Handlers
  /** Folder holding the built renderer (index.html and assets). */
  rendererDir: string
  token: string
  log?: Logger
}

export interface RunningHost {
  server: Server
  port: number
  url: string
  close(): Promise<void>
}

class HttpRefusal extends Error {
  constructor(readonly status: number, message: string) {
    super(message)
  }
}

function sameToken(given: string | undefined, token: string): boolean {
  if (!given) return false
  const a = Buffer.from(given)
  const b = Buffer.from(token)
  return a.length === b.length && timingSafeEqual(a, b)
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body)
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  })
  res.end(text)
}

function sendRefusal(res: ServerResponse, status: number, message: string): void {
  const code = status === 413 ? 'too_large' : status === 404 ? 'unknown_call' : 'invalid'
  sendJson(res, status, fail(code, message))
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0)
    if (declared > MAX_BODY_BYTES) {
      reject(new HttpRefusal(413, 'That request is too large for Common Ground to accept.'))
      return
    }
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_BODY_BYTES) {
        reject(new HttpRefusal(413, 'That request is too large for Common Ground to accept.'))
        req.pause()
        return
      }
      chunks.push(chunk)
    })
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

/**
 * Browser mode: the same handlers as the Electron app behind HTTP on 127.0.0.1 only.
 * Guards: the Host header must be our own loopback address (DNS rebinding), cross-origin
 * requests are refused, every API call needs the per-run token, bodies are capped.
 */
export function startHost(options: HostOptions, port = 0): Promise<RunningHost> {
  const { handlers, rendererDir, token, log = (message) => console.error(message) } = options
  let allowedHosts = new Set<string>()
  let allowedOrigins = new Set<string>()

  async function handleApi(req: IncomingMessage, res: ServerResponse, name: string): Promise<void> {
    if (req.method !== 'POST') {
      res.setHeader('allow', 'POST')
      sendRefusal(res, 405, 'API calls must use POST.')
      return
    }
    const given = req.headers[TOKEN_HEADER]
    if (!sameToken(Array.isArray(given) ? given[0] : given, token)) {
      sendRefusal(res, 401, 'This request did not carry the session token. Open Common Ground from the address it printed when it started.')
      return
    }
    const type = req.headers['content-type'] ?? ''
    if (!type.startsWith('application/json')) {
      sendRefusal(res, 415, 'API calls must send JSON.')
      return
    }
    const body = await readBody(req)
    let input: unknown
    try {
      input = body.length === 0 ? {} : JSON.parse(body.toString('utf8'))
    } catch {
      sendRefusal(res, 400, 'The request body is not valid JSON.')
      return
    }
    const result: Result<unknown> = await dispatch(handlers, name, input, log)
    sendJson(res, result.ok ? 200 : HTTP_STATUS[result.error.code], result)
  }

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
    let file = join(rendererDir, relative)
    if (!file.startsWith(rendererDir + sep) && file !== rendererDir) {
      sendRefusal(res, 404, 'Not found.')
      return
    }
    const info = await stat(file).catch(() => undefined)
    // Unknown paths without an extension are app routes: serve the app shell.
    if (!info?.isFile()) {
      if (extname(relative) !== '') {
        sendRefusal(res, 404, 'Not found.')
        return
      }
      file = join(rendererDir, 'index.html')
    }
    const content = await readFile(file)
    res.writeHead(200, {
      'content-type': contentTypeFor(file),
      'content-length': content.length,
      'content-security-policy': CONTENT_SECURITY_POLICY,
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
    const fetchSite = req.headers['sec-fetch-site']
    if (fetchSite === 'cross-site' || fetchSite === 'same-site') {
      sendRefusal(res, 403, 'Requests from other sites are refused.')
      return
    }
    const url = new URL(req.url ?? '/', `http://${host}`)
    const work = url.pathname.startsWith('/api/')
      ? handleApi(req, res, url.pathname.slice('/api/'.length))
      : handleStatic(req, res, url.pathname)
    work.catch((error: unknown) => {
      if (error instanceof HttpRefusal) {
        if (!res.headersSent) {
          res.setHeader('connection', 'close')
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
