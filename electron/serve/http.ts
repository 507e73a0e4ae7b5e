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

/**
 * A request's whole body. Past `limit` bytes, declared or sent, it is refused with 413 and the words
 * given, and nothing more is read.
 */
export function readBody(req: IncomingMessage, limit: number, tooLarge: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    if (Number(req.headers['content-length'] ?? 0) > limit) {
      reject(new HttpRefusal(413, tooLarge))
      return
    }
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) {
        reject(new HttpRefusal(413, tooLarge))
        req.pause()
        return
      }
      chunks.push(chunk)
    })
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}
