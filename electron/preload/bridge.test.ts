import { EventEmitter } from 'node:events'
import { describe, expect, it } from 'vitest'
import { CALL_NAMES, ipcChannel } from '../../shared/api/calls'
import type { StreamMessage } from '../../shared/api/changes'
import { buildApi, buildChanges } from './bridge'

describe('the preload bridge', () => {
  it('exposes exactly the contract’s calls, each an invoke on its own channel', async () => {
    const invoked: Array<[string, unknown]> = []
    const api = buildApi((channel, input) => {
      invoked.push([channel, input])
      return Promise.resolve({ ok: true, value: [] })
    })
    expect(Object.keys(api).sort()).toEqual([...CALL_NAMES].sort())
    await api['gaps.list']({ workshopId: 'w' })
    expect(invoked).toEqual([[ipcChannel('gaps.list'), { workshopId: 'w' }]])
  })

  it('hands the page each pushed message without Electron’s event, until it unsubscribes', () => {
    const ipc = new EventEmitter()
    const changes = buildChanges('window-id-1', (listener) => ipc.on('cg:changes', listener), (listener) => ipc.off('cg:changes', listener))
    const heard: StreamMessage[] = []
    const stop = changes.subscribe((message) => heard.push(message))
    const message: StreamMessage = { type: 'hello', stream: 's', sequence: 3 }
    ipc.emit('cg:changes', { sender: 'electron internals' }, message)
    stop()
    ipc.emit('cg:changes', {}, message)
    expect(heard).toEqual([message])
    expect(changes.clientId).toBe('window-id-1')
    expect(ipc.listenerCount('cg:changes')).toBe(0)
  })
})
