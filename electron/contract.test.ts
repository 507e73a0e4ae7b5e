import type { IpcMainInvokeEvent } from 'electron'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CALL_NAMES, ipcChannel } from '../shared/api/calls'
import { contract } from '../shared/api/contract'
import { tempApplication } from '../tests/fixtures/app'
import { startHost, TOKEN_HEADER, type RunningHost } from './host/server'
import { createHostAuth } from './host/auth'
import { registerIpc } from './main/ipc'
import { buildApi } from './preload/bridge'

let app: ReturnType<typeof tempApplication>
let host: RunningHost
const TOKEN = 'contract-test-token'

beforeAll(async () => {
  app = tempApplication()
  host = await startHost({ handlers: app.handlers, rendererDir: app.dataDir, auth: createHostAuth(TOKEN), log: () => undefined }, 0)
})
afterAll(async () => {
  await host.close()
  app.dispose()
})

/** The Electron path without Electron: what main registers, called through what preload exposes. */
function electronApi(trusted = true) {
  const registered = new Map<string, (event: IpcMainInvokeEvent, input: unknown) => unknown>()
  registerIpc({ handle: (channel, listener) => void registered.set(channel, listener) }, app.handlers, () => trusted)
  // Like ipcRenderer.invoke: always a promise, rejected when nothing handles the channel.
  const api = buildApi((channel, input) => {
    const listener = registered.get(channel)
    if (!listener) return Promise.reject(new Error(`No handler registered for ${channel}`))
    return Promise.resolve(listener({} as IpcMainInvokeEvent, input))
  })
  return { registered, api }
}

async function httpCall(name: string, input: unknown) {
  const response = await fetch(`${host.url}api/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: TOKEN },
    body: JSON.stringify(input),
  })
  return (await response.json())
}

describe('the API contract', () => {
  it('names each call once, and every call has a schema and a handler', () => {
    expect(new Set(CALL_NAMES).size).toBe(CALL_NAMES.length)
    expect(Object.keys(contract).sort()).toEqual([...CALL_NAMES].sort())
    for (const name of CALL_NAMES) expect(typeof app.handlers[name]).toBe('function')
  })

  it('registers exactly one IPC handler per call, and preload exposes exactly the calls', () => {
    const { registered, api } = electronApi()
    expect([...registered.keys()].sort()).toEqual(CALL_NAMES.map(ipcChannel).sort())
    expect(Object.keys(api).sort()).toEqual([...CALL_NAMES].sort())
  })

  it.each(CALL_NAMES)('%s is answered the same by both hosts', async (name) => {
    const { api } = electronApi()
    // An empty input reaches every handler's validation: both hosts must give the same Result.
    const viaIpc = await (api[name] as (input: unknown) => Promise<unknown>)({})
    const viaHttp = await httpCall(name, {})
    // A call that creates something (the sample) makes new ids and times on each host: compare the rest.
    const comparable = (result: unknown) =>
      JSON.parse(JSON.stringify(result).replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<id>').replace(/\d{4}-\d{2}-\d{2}T[\d:.]+Z/g, '<time>')) as unknown
    expect(comparable(viaIpc)).toEqual(comparable(viaHttp))
    expect(viaIpc).toHaveProperty('ok')
    expect(viaIpc).not.toMatchObject({ error: { code: 'unknown_call' } })
  })

  it('answers a real call with data through both hosts', async () => {
    const { api } = electronApi()
    const viaIpc = await api['packs.list']({})
    expect(viaIpc).toEqual(await httpCall('packs.list', {}))
    expect(viaIpc).toMatchObject({ ok: true })
  })

  it('refuses IPC from an untrusted sender', async () => {
    const { api } = electronApi(false)
    expect(await api['workshops.list']({})).toMatchObject({ ok: false, error: { message: /did not come from Common Ground/ } })
  })
})
