// @vitest-environment happy-dom
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sampleDetails, tempApplication, tempDir } from '../../../tests/fixtures/app'
import { createHostAuth } from '../../../electron/host/auth'
import { startHost, type RunningHost } from '../../../electron/host/server'
import type * as Client from './client'

/**
 * The browser-mode client against the real host over real HTTP: the page opens at the address the
 * host prints (?token=…), signs in for a session cookie, and every call goes through /api/<name>.
 */
const TOKEN = 'client-test-token-0123456789'
let app: ReturnType<typeof tempApplication>
let rendererDir: ReturnType<typeof tempDir>
let host: RunningHost
let client: typeof Client

beforeAll(async () => {
  app = tempApplication()
  rendererDir = tempDir()
  host = await startHost({ handlers: app.handlers, rendererDir: rendererDir.path, auth: createHostAuth(TOKEN), log: () => undefined })
  ;(window as unknown as { happyDOM: { setURL: (url: string) => void } }).happyDOM.setURL(`http://127.0.0.1:${host.port}/?token=${TOKEN}#/backups`)
  // The client signs in as it loads, from the address it finds.
  client = await import('./client')
})
afterAll(async () => {
  await host.close()
  app.dispose()
  rendererDir.remove()
})

describe('the API client in browser mode', () => {
  it('takes the token out of the address bar at once, keeping the place in the app', () => {
    expect(window.location.search).toBe('')
    expect(window.location.hash).toBe('#/backups')
    expect(window.location.href).not.toContain(TOKEN)
  })

  it('signs in for a session the page cannot read, and keeps no secret of its own', async () => {
    expect(await client.request('workshops.list', {})).toEqual([])
    expect(document.cookie).toBe('')
    expect(JSON.stringify({ ...sessionStorage, ...localStorage })).not.toContain(TOKEN)
  })

  it('answers a call with its value', async () => {
    const created = await client.request('workshops.create', sampleDetails)
    expect(created.title).toBe(sampleDetails.title)
    expect((await client.request('workshops.list', {})).map((workshop) => workshop.id)).toEqual([created.id])
  })

  it('throws a refusal as a RequestError carrying the message and each field’s message', async () => {
    const refusal = await client.request('workshops.create', { ...sampleDetails, title: '' }).catch((failure: unknown) => failure)
    expect(refusal).toBeInstanceOf(client.RequestError)
    const { error } = refusal as InstanceType<typeof client.RequestError>
    expect(error.code).toBe('invalid')
    expect(error.fields?.title).toBe('Title cannot be empty.')
    expect(client.messageOf(refusal)).toBe(error.message)
  })

  it('says plainly when the local server is not answering', async () => {
    await host.close()
    const refusal = await client.request('workshops.list', {}).catch((failure: unknown) => failure)
    expect(client.messageOf(refusal)).toBe('Common Ground’s local server is not answering. Is it still running?')
  })
})
