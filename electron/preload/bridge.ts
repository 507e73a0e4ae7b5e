import { CALL_NAMES, ipcChannel } from '../../shared/api/calls'
import type { Api } from '../../shared/api'
import type { ChangeStream, StreamMessage } from '../../shared/api/changes'

/** Exactly the contract's calls, each a thin invoke on its own channel. */
export function buildApi(invoke: (channel: string, input: unknown) => Promise<unknown>): Api {
  return Object.fromEntries(CALL_NAMES.map((name) => [name, (input: unknown) => invoke(ipcChannel(name), input)])) as Api
}

type IpcListener = (event: unknown, message: StreamMessage) => void

/**
 * The change stream beside the calls: what main pushes on its one channel, handed to the page's
 * listener without Electron's event object (nothing of Electron reaches the page).
 */
export function buildChanges(clientId: string, on: (listener: IpcListener) => void, off: (listener: IpcListener) => void): ChangeStream {
  return {
    clientId,
    subscribe(listener) {
      const forward: IpcListener = (_event, message) => listener(message)
      on(forward)
      return () => off(forward)
    },
  }
}
