import { mkdirSync, writeFileSync } from 'node:fs'
import { request as httpRequest } from 'node:http'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sampleDetails, tempApplication, tempDir } from '../../tests/fixtures/app'
import { MAX_BODY_BYTES, startHost, TOKEN_HEADER, type RunningHost } from './server'

const TOKEN = 'test-token-0123456789abcdef'
let app: ReturnType<typeof tempApplication>
let host: RunningHost
let rendererDir: ReturnType<typeof tempDir>
const logged: string[] = []

beforeAll(async () => {
  app = tempApplication()
  rendererDir = tempDir()
  mkdirSync(join(rendererDir.path, 'assets'))
  writeFileSync(join(rendererDir.path, 'index.html'), '<!doctype html><title>Common Ground</title>')
  writeFileSync(join(rendererDir.path, 'assets', 'app.js'), 'console.log(1)')
  host = await startHost({ handlers: app.handlers, rendererDir: rendererDir.path, token: TOKEN, log: (line) => logged.push(line) })
})
afterAll(async () => {
  await host.close()
  app.dispose()
  rendererDir.remove()
})

interface Answer {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

/** Raw HTTP so tests can set Host and Origin the way a hostile page or a rebinding attack would. */
function send(options: { path: string; method?: string; headers?: Record<string, string>; body?: string | Buffer }): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port: host.port, path: options.path, method: options.method ?? 'GET', headers: { host: `127.0.0.1:${host.port}`, ...options.headers } },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }))
      },
    )
    req.on('error', reject)
    if (options.body !== undefined) req.write(options.body)
    req.end()
  })
}

const api = (name: string, input: unknown, headers: Record<string, string> = {}) =>
  send({ path: `/api/${name}`, method: 'POST', headers: { 'content-type': 'application/json', [TOKEN_HEADER]: TOKEN, ...headers }, body: JSON.stringify(input) })

describe('browser-mode host', () => {
  it('listens on the loopback address only', () => {
    const address = host.server.address()
    expect(typeof address === 'object' && address?.address).toBe('127.0.0.1')
  })

  it('answers a valid call with the result', async () => {
    const created = await api('workshops.create', sampleDetails)
    expect(created.status).toBe(200)
    expect(JSON.parse(created.body)).toMatchObject({ ok: true, value: { title: sampleDetails.title } })
  })

  it('refuses an API call without the token (401) or with a wrong one', async () => {
    const none = await send({ path: '/api/workshops.list', method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })
    expect(none.status).toBe(401)
    expect(JSON.parse(none.body).error.message).toMatch(/session token/)
    expect((await api('workshops.list', {}, { [TOKEN_HEADER]: 'guess' })).status).toBe(401)
  })

  it('refuses a foreign Host header (DNS rebinding), even with the token', async () => {
    const answer = await api('workshops.list', {}, { host: `evil.example:${host.port}` })
    expect(answer.status).toBe(421)
    expect((await send({ path: '/', headers: { host: 'evil.example' } })).status).toBe(421)
  })

  it('refuses cross-origin requests', async () => {
    expect((await api('workshops.list', {}, { origin: 'https://evil.example' })).status).toBe(403)
    expect((await api('workshops.list', {}, { 'sec-fetch-site': 'cross-site' })).status).toBe(403)
    expect((await api('workshops.list', {}, { origin: `http://127.0.0.1:${host.port}` })).status).toBe(200)
  })

  it('refuses a body over the limit with 413 and writes nothing', async () => {
    const before = (await api('workshops.list', {})).body
    const huge = JSON.stringify({ ...sampleDetails, notes: 'x'.repeat(MAX_BODY_BYTES) })
    const answer = await api('workshops.create', JSON.parse(huge))
    expect(answer.status).toBe(413)
    expect((await api('workshops.list', {})).body).toBe(before)
  })

  it('answers invalid input with 400 and a readable message, writing nothing', async () => {
    const before = (await api('workshops.list', {})).body
    const answer = await api('workshops.create', { ...sampleDetails, title: '' })
    expect(answer.status).toBe(400)
    expect(JSON.parse(answer.body).error).toMatchObject({ message: 'Title cannot be empty.', fields: { title: 'Title cannot be empty.' } })
    const badJson = await send({ path: '/api/workshops.create', method: 'POST', headers: { 'content-type': 'application/json', [TOKEN_HEADER]: TOKEN }, body: '{"title":' })
    expect(badJson.status).toBe(400)
    expect(JSON.parse(badJson.body).error.message).toBe('The request body is not valid JSON.')
    expect((await api('workshops.get', { id: '0b5ad2a4-3c1e-4f27-9d8e-7a6b5c4d3e2f' })).status).toBe(400)
    expect((await api('workshops.list', {})).body).toBe(before)
  })

  it('refuses unknown calls and other methods', async () => {
    expect((await api('workshops.explode', {})).status).toBe(404)
    expect((await send({ path: '/api/workshops.list', headers: { [TOKEN_HEADER]: TOKEN } })).status).toBe(405)
  })

  it('serves the renderer with a strict CSP, app routes fall back to it, and paths cannot escape its folder', async () => {
    const index = await send({ path: '/' })
    expect(index.status).toBe(200)
    expect(index.headers['content-security-policy']).toContain("default-src 'none'")
    expect(index.headers['content-security-policy']).not.toContain('unsafe-eval')
    expect((await send({ path: '/assets/app.js' })).headers['content-type']).toContain('text/javascript')
    expect((await send({ path: '/workshops/123' })).body).toContain('<title>Common Ground</title>')
    for (const path of ['/../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/..%2f..%2fetc%2fpasswd', '/assets/..%5c..%5cetc%5cpasswd']) {
      const answer = await send({ path })
      expect(answer.body).not.toContain('root:')
      expect([200, 400, 404]).toContain(answer.status)
    }
    expect((await send({ path: '/%E0%A4%A' })).status).toBe(400)
    expect((await send({ path: '/missing.js' })).status).toBe(404)
  })

  it('never writes the token into its logs', () => {
    expect(logged.join('\n')).not.toContain(TOKEN)
  })
})
