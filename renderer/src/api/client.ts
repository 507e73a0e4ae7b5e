import type { Api, ApiError, CallInput, CallName, CallOutput, Result } from '../../../shared/api'
import { CALL_NAMES } from '../../../shared/api/calls'

declare global {
  interface Window {
    /** Present in the Electron app (exposed by the preload); absent in browser mode. */
    api?: Api
  }
}

const TOKEN_KEY = 'common-ground-token'

/**
 * Browser mode: the server prints an address with ?token=…; keep the token for this tab
 * (and tabs it opens) and take it out of the address bar so it is not bookmarked or shared.
 */
function sessionToken(): string {
  const url = new URL(window.location.href)
  const fromUrl = url.searchParams.get('token')
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl)
    url.searchParams.delete('token')
    window.history.replaceState(window.history.state, '', url.toString())
    return fromUrl
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? ''
}

function httpApi(): Api {
  const token = sessionToken()
  const call = async (name: CallName, input: unknown): Promise<Result<unknown>> => {
    let response: Response
    try {
      response = await fetch(`/api/${name}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-common-ground-token': token },
        body: JSON.stringify(input ?? {}),
      })
    } catch {
      return { ok: false, error: { code: 'internal', message: 'Common Ground’s local server is not answering. Is it still running?' } }
    }
    try {
      return (await response.json()) as Result<unknown>
    } catch {
      return { ok: false, error: { code: 'internal', message: `The local server gave an unreadable answer (HTTP ${response.status}).` } }
    }
  }
  return Object.fromEntries(CALL_NAMES.map((name) => [name, (input: unknown) => call(name, input)])) as Api
}

export const api: Api = window.api ?? httpApi()

/** Thrown by `request` so screens can catch a failed call like any other error. */
export class RequestError extends Error {
  constructor(readonly error: ApiError) {
    super(error.message)
    this.name = 'RequestError'
  }
}

/** Calls the API and returns the value, or throws a RequestError carrying the readable message and field errors. */
export async function request<K extends CallName>(name: K, input: CallInput<K>): Promise<CallOutput<K>> {
  const result = await (api[name] as (input: CallInput<K>) => Promise<Result<CallOutput<K>>>)(input)
  if (!result.ok) throw new RequestError(result.error)
  return result.value
}

/** The words to show for a failed call (or anything else thrown). */
export function messageOf(failure: unknown): string {
  return failure instanceof Error ? failure.message : String(failure)
}
