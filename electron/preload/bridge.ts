import { CALL_NAMES, ipcChannel } from '../../shared/api/calls'
import type { Api } from '../../shared/api'

/** Exactly the contract's calls, each a thin invoke on its own channel. */
export function buildApi(invoke: (channel: string, input: unknown) => Promise<unknown>): Api {
  return Object.fromEntries(CALL_NAMES.map((name) => [name, (input: unknown) => invoke(ipcChannel(name), input)])) as Api
}
