import type { IncomingMessage, ServerResponse } from 'node:http'

/** A request refused while it is read (a body too large): the host answers it with this status. */
export class HttpRefusal extends Error {
  constructor(readonly status: number, message: string) {
    super(message)
  }
}

/** A JSON answer no cache keeps and no browser sniffs, with whatever further headers the host sends. */
export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body)
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    ...headers,
  })
  res.end(text)
}

/** After a refusal, how much more of the body is read and thrown away, and for how long (see `discardThenCut`). */
const LINGER_BYTES = 16 * 1024 * 1024
const LINGER_MS = 2_000

/**
 * A refused request's body is read on and thrown away, for a moment, before its connection is cut: a
 * sender still sending when the answer goes (the 413) must be able to read that answer. Cut at once,
 * the laptop's kernel answers the bytes still coming with a reset, and the sender's next write fails
 * (EPIPE) before it has read the answer, which is then lost with the connection: it sees a broken
 * connection instead of "too large". Past LINGER_BYTES or LINGER_MS, whichever comes first, the
 * connection is cut all the same, so nobody can keep the laptop reading.
 */
function discardThenCut(req: IncomingMessage): void {
  let discarded = 0
  const cut = () => req.socket.destroy()
  const timer = setTimeout(cut, LINGER_MS)
  timer.unref()
  const stop = () => clearTimeout(timer)
  req.on('data', (chunk: Buffer) => {
    discarded += chunk.length
    if (discarded > LINGER_BYTES) cut()
  })
  req.once('end', stop)
  req.once('close', stop)
  req.resume()
}

/**
 * A request's whole body. Past `limit` bytes, declared or sent, it is refused with 413 and the words
 * given, and nothing more is kept: what still comes is thrown away for a moment (`discardThenCut`),
 * so the sender reads the refusal, and then the connection is cut.
 */
export function readBody(req: IncomingMessage, limit: number, tooLarge: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    if (Number(req.headers['content-length'] ?? 0) > limit) {
      reject(new HttpRefusal(413, tooLarge))
      discardThenCut(req)
      return
    }
    const chunks: Buffer[] = []
    let size = 0
    const take = (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) {
        req.off('data', take)
        chunks.length = 0
        reject(new HttpRefusal(413, tooLarge))
        discardThenCut(req)
        return
      }
      chunks.push(chunk)
    }
    req.on('data', take)
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}
