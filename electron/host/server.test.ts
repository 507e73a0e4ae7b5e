import { createHash } from 'node:crypto'
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { request as httpRequest } from 'node:http'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sampleDetails, tempApplication, tempDir } from '../../tests/fixtures/app'
import { MAX_BODY_BYTES, startHost, TOKEN_HEADER, type RunningHost } from './server'
import { createHostAuth } from './auth'

const TOKEN = 'test-token-0123456789abcdef'
const auth = createHostAuth(TOKEN)
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
  // Links a careless build, or someone with access to the folder, might leave: out of it, and within it.
  symlinkSync('/etc/passwd', join(rendererDir.path, 'assets', 'passwd.js'))
  symlinkSync('/etc', join(rendererDir.path, 'etc'))
  symlinkSync(join(rendererDir.path, 'assets', 'app.js'), join(rendererDir.path, 'assets', 'alias.js'))
  host = await startHost({ handlers: app.handlers, rendererDir: rendererDir.path, auth, log: (line) => logged.push(line) })
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
    expect(JSON.parse(none.body).error.message).toMatch(/not signed in/)
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
    // A page from elsewhere may send the browser to the app's page (the launch file does), and nothing more.
    const navigate = { 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'navigate', 'sec-fetch-dest': 'document' }
    expect((await send({ path: '/?code=abc', headers: navigate })).status).toBe(200)
    expect((await send({ path: '/', headers: { ...navigate, 'sec-fetch-dest': 'iframe' } })).status).toBe(403)
    expect((await send({ path: '/assets/app.js', headers: { ...navigate, 'sec-fetch-mode': 'no-cors', 'sec-fetch-dest': 'script' } })).status).toBe(403)
    expect((await api('workshops.list', {}, navigate)).status).toBe(403)
    expect((await send({ path: '/session', method: 'POST', headers: { ...navigate, 'content-type': 'application/json' }, body: JSON.stringify({ code: TOKEN }) })).status).toBe(403)
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

  it('allows the page’s own first code, inline in index.html, by its hash, and no other inline script', async () => {
    const boot = 'window.commonGroundBoot={}'
    writeFileSync(join(rendererDir.path, 'index.html'), `<!doctype html><title>Common Ground</title><script>${boot}</script>`)
    try {
      const policy = String((await send({ path: '/' })).headers['content-security-policy'])
      expect(policy).toContain(`script-src 'self' 'sha256-${createHash('sha256').update(boot).digest('base64')}'`)
      expect(policy).not.toContain('unsafe-inline')
      // The build's other files keep the constant.
      expect((await send({ path: '/assets/app.js' })).headers['content-security-policy']).toContain("script-src 'self';")
    } finally {
      writeFileSync(join(rendererDir.path, 'index.html'), '<!doctype html><title>Common Ground</title>')
    }
  })

  it('refuses symbolic links that lead out of the renderer folder, and follows those that stay inside it', async () => {
    for (const path of ['/assets/passwd.js', '/etc/passwd', '/etc/hostname', '/etc']) {
      const answer = await send({ path })
      expect([path, answer.status]).toEqual([path, 404])
      expect(answer.body).not.toContain('root:')
    }
    expect(await send({ path: '/assets/alias.js' })).toMatchObject({ status: 200, body: 'console.log(1)' })
  })

  it('reads each of the build’s hashed files once and answers from memory after, but the page itself afresh each time', async () => {
    const chunk = join(rendererDir.path, 'assets', 'page-Ab3dE_9z.js')
    writeFileSync(chunk, 'console.log("built")')
    expect(await send({ path: '/assets/page-Ab3dE_9z.js' })).toMatchObject({ status: 200, body: 'console.log("built")', headers: { 'cache-control': 'public, max-age=31536000, immutable' } })
    // A hashed name always holds what it was built with: what is on disk now is not read again…
    writeFileSync(chunk, 'console.log("changed underneath")')
    const again = await send({ path: '/assets/page-Ab3dE_9z.js' })
    expect(again).toMatchObject({ status: 200, body: 'console.log("built")' })
    expect(again.headers['content-security-policy']).toContain("default-src 'none'")
    // A link to it is served from the disk each time, and adds nothing to what is kept.
    symlinkSync(chunk, join(rendererDir.path, 'assets', 'page-Zz9yX_8w.js'))
    writeFileSync(chunk, 'console.log("through the link")')
    expect((await send({ path: '/assets/page-Zz9yX_8w.js' })).body).toBe('console.log("through the link")')
    writeFileSync(chunk, 'console.log("through the link, again")')
    expect((await send({ path: '/assets/page-Zz9yX_8w.js' })).body).toBe('console.log("through the link, again")')
    // A HEAD first keeps it too: the GET after it has the whole file.
    const other = join(rendererDir.path, 'assets', 'common-Qq1wE_2r.js')
    writeFileSync(other, 'console.log("common")')
    expect((await send({ path: '/assets/common-Qq1wE_2r.js', method: 'HEAD' })).status).toBe(200)
    writeFileSync(other, 'console.log("changed")')
    expect((await send({ path: '/assets/common-Qq1wE_2r.js' })).body).toBe('console.log("common")')
    // …while a file with no hash in its name, and the page that names the build's files, are.
    writeFileSync(join(rendererDir.path, 'assets', 'app.js'), 'console.log(2)')
    writeFileSync(join(rendererDir.path, 'index.html'), '<!doctype html><title>Common Ground, rebuilt</title>')
    try {
      expect((await send({ path: '/assets/app.js' })).body).toBe('console.log(2)')
      expect((await send({ path: '/' })).body).toContain('Common Ground, rebuilt')
    } finally {
      writeFileSync(join(rendererDir.path, 'assets', 'app.js'), 'console.log(1)')
      writeFileSync(join(rendererDir.path, 'index.html'), '<!doctype html><title>Common Ground</title>')
    }
  })

  it('takes exactly application/json, with an optional UTF-8 charset, and nothing that only starts with it', async () => {
    const typed = (type: string) => api('workshops.list', {}, { 'content-type': type })
    for (const type of ['application/json', 'application/json; charset=utf-8', 'Application/JSON;charset="UTF-8"']) expect([type, (await typed(type)).status]).toEqual([type, 200])
    for (const type of ['application/jsonfoo', 'application/json-patch+json', 'application/json; charset=latin1', 'application/json; x=1', 'text/plain', 'application/x-www-form-urlencoded']) {
      expect([type, (await typed(type)).status]).toEqual([type, 415])
    }
    expect((await send({ path: '/api/workshops.list', method: 'POST', headers: { [TOKEN_HEADER]: TOKEN }, body: '{}' })).status).toBe(415)
  })

  it('exchanges a launch code once for an HttpOnly, SameSite=Strict session cookie that then works alone', async () => {
    const code = auth.issueLaunchCode()
    const exchange = (body: unknown) => send({ path: '/session', method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
    const first = await exchange({ code })
    expect(first.status).toBe(200)
    const cookie = String(first.headers['set-cookie'])
    expect(cookie).toMatch(new RegExp(`^common-ground-session-${host.port}=[\\w-]{40,}; HttpOnly; SameSite=Strict; Path=/$`))
    const pair = cookie.split(';')[0]!
    const withCookie = await send({ path: '/api/workshops.list', method: 'POST', headers: { 'content-type': 'application/json', cookie: `other=1; ${pair}` }, body: '{}' })
    expect(withCookie.status).toBe(200)
    // The same code a second time: refused plainly, and no cookie.
    const second = await exchange({ code })
    expect(second.status).toBe(401)
    expect(second.headers['set-cookie']).toBeUndefined()
    expect(JSON.parse(second.body).error.message).toMatch(/used already/)
    // A made-up session, or one with a wrong header beside it, is not let in.
    expect((await send({ path: '/api/workshops.list', method: 'POST', headers: { 'content-type': 'application/json', cookie: `${pair.split('=')[0]}=forged` }, body: '{}' })).status).toBe(401)
    expect((await send({ path: '/api/workshops.list', method: 'POST', headers: { 'content-type': 'application/json', cookie: pair, [TOKEN_HEADER]: 'guess' }, body: '{}' })).status).toBe(401)
    expect((await exchange({ code: 'guess' })).status).toBe(401)
    expect((await exchange({})).status).toBe(401)
  })

  it('answers the first screen’s reads with the sign-in, or for a page signed in already, in order, and nothing but reads', async () => {
    const open = (body: unknown, headers: Record<string, string> = {}) => send({ path: '/session', method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) })
    const listed = JSON.parse((await api('workshops.list', {})).body).value as Array<{ id: string }>
    const reads = [
      { name: 'workshops.list', input: {} },
      { name: 'workshops.get', input: { id: listed[0]!.id } },
      { name: 'workshops.get', input: { id: 'not an id' } },
      { name: 'workshops.delete', input: { id: listed[0]!.id } },
      { name: 'no.such', input: {} },
    ]
    const signedIn = await open({ code: auth.issueLaunchCode(), reads })
    expect(signedIn.status).toBe(200)
    const { value } = JSON.parse(signedIn.body) as { value: { signedIn: boolean; answers: Array<{ ok: boolean; value?: unknown; error?: { code: string; message: string } }> } }
    expect(value.signedIn).toBe(true)
    // Each answered as its own call would be, in the order sent.
    expect(value.answers[0]).toEqual(JSON.parse((await api('workshops.list', {})).body))
    expect(value.answers[1]).toEqual(JSON.parse((await api('workshops.get', { id: listed[0]!.id })).body))
    expect(value.answers[2]).toMatchObject({ ok: false, error: { code: 'invalid' } })
    // A write is refused in its place, and nothing was deleted.
    expect(value.answers[3]).toEqual({ ok: false, error: { code: 'invalid', message: '“workshops.delete” is not a read, so it cannot be sent with the sign-in.' } })
    expect(value.answers[4]).toMatchObject({ ok: false, error: { code: 'invalid' } })
    expect(JSON.parse((await api('workshops.get', { id: listed[0]!.id })).body)).toMatchObject({ ok: true })
    // Signed in already (its cookie), a reloaded page sends no code; without a cookie, nothing is read.
    const pair = String(signedIn.headers['set-cookie']).split(';')[0]!
    const reloaded = await open({ reads: reads.slice(0, 1) }, { cookie: pair })
    expect(reloaded.status).toBe(200)
    expect(reloaded.headers['set-cookie']).toBeUndefined()
    expect(JSON.parse(reloaded.body).value.answers).toEqual([value.answers[0]])
    const stranger = await open({ reads: reads.slice(0, 1) })
    expect(stranger.status).toBe(401)
    expect(JSON.parse(stranger.body)).toMatchObject({ ok: false, error: { message: expect.stringMatching(/not signed in/) } })
    expect(stranger.body).not.toContain(sampleDetails.title)
    // Too many reads for one opening, or reads of the wrong shape: no answers (the page then asks for each
    // on its own), and a launch code sent with them still signs the page in.
    for (const bad of [Array.from({ length: 25 }, () => reads[0]), [{ name: 7, input: {} }], [{ name: 'workshops.list', input: {}, extra: 1 }], 'workshops.list']) {
      const answer = await open({ code: auth.issueLaunchCode(), reads: bad })
      expect(answer.status).toBe(200)
      expect(String(answer.headers['set-cookie'])).toContain('HttpOnly; SameSite=Strict')
      expect(JSON.parse(answer.body).value).toEqual({ signedIn: true })
    }
    // A body that is not a sign-in at all is refused.
    expect((await open({ code: auth.issueLaunchCode(), extra: 1 })).status).toBe(400)
  })

  it('exchanges the printed API token for a cookie as often as a browser opens that address', async () => {
    for (let i = 0; i < 2; i += 1) {
      const answer = await send({ path: '/session', method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code: TOKEN }) })
      expect(answer.status).toBe(200)
      expect(String(answer.headers['set-cookie'])).toContain('HttpOnly; SameSite=Strict')
    }
  })

  it('never writes the token into its logs', () => {
    expect(logged.join('\n')).not.toContain(TOKEN)
  })
})
