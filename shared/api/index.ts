import type { Result } from './result'
import type { CallInput, CallName, CallOutput } from './contract'

export * from './contract'
export * from './result'
export { ipcChannel } from './calls'

/** What `window.api` offers in Electron, and what the HTTP client offers in browser mode. */
export type Api = { [K in CallName]: (input: CallInput<K>) => Promise<Result<CallOutput<K>>> }
