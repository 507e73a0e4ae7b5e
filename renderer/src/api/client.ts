import type { Api, ApiError, CallInput, CallName, CallOutput, Result } from '../../../shared/api'
import { CALL_NAMES } from '../../../shared/api/calls'
import { eventId, ORIGIN_HEADER, type ChangeStream } from '../../../shared/api/changes'
import { browserChangeStream } from './changeStream'

declare global {
  interface Window {
    /** Present in the Electron app (exposed by the preload); absent in browser mode. */
    api?: Api
    /** The change stream beside the calls, in the Electron app (exposed by the preload). */
    changes?: ChangeStream
  }
}

/**
 * Browser mode signs in once per page. The address carries a one-time launch code (`?code=`, when
 * Common Ground opened this browser itself) or the run's token (`?token=`, the address it printed);
 * the page takes it out of the address bar at once and exchanges it at /session for an HttpOnly,
 * SameSite=Strict cookie, which every call then carries (and tabs the page opens share). No secret
 * stays in the page, its storage or the address bar.
 */
function signIn(): Promise<void> {
  const url = new URL(window.location.href)
  const code = url.searchParams.get('code') ?? url.searchParams.get('token')
  if (!code) return Promise.resolve()
  url.searchParams.delete('code')
  url.searchParams.delete('token')
  window.history.replaceState(window.history.state, '', url.toString())
  // A refusal (a launch code used already) is not fatal: a cookie from earlier may still be good,
  // and if not, the first call says plainly how to get back in.
  return fetch('/session', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code }) }).then(
    () => undefined,
    () => undefined,
  )
}

/**
 * Browser mode's calls and change stream. Each page has its own random id (never stored: a tab opened
 * from this one must have its own), sent with its calls so it can tell the change events its own
 * writes caused; the stream waits for the sign-in, since an EventSource carries only the cookie.
 */
function httpApi(): { api: Api; changes: ChangeStream } {
  const clientId = crypto.randomUUID()
  const signedIn = signIn()
  const send = async (name: CallName, input: unknown): Promise<Result<unknown>> => {
    let response: Response
    try {
      response = await fetch(`/api/${name}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [ORIGIN_HEADER]: clientId },
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
  // Where the change stream stands before the page reads anything: the stream opens from there, so a
  // change made between a read and the stream's first connection is still heard (the host sends it).
  const start = signedIn.then(() => send('changes.since', { after: null })).then((answer) => (answer.ok ? eventId(answer.value as CallOutput<'changes.since'>) : null))
  const ready = start.then(() => undefined)
  const call = async (name: CallName, input: unknown): Promise<Result<unknown>> => {
    await ready
    return send(name, input)
  }
  const api = Object.fromEntries(CALL_NAMES.map((name) => [name, (input: unknown) => call(name, input)])) as Api
  return { api, changes: browserChangeStream(clientId, start, (after) => request('changes.since', { after })) }
}

/** Dispatched on `window` whenever a call is refused because the library is read-only, so the banner can re-read the state. */
export const READ_ONLY_EVENT = 'common-ground:read-only'

/** Every call, whichever host answers it, tells the page when the library turned out to be read-only. */
function watched(inner: Api): Api {
  return Object.fromEntries(
    CALL_NAMES.map((name) => [
      name,
      async (input: unknown) => {
        const result = await (inner[name] as (input: unknown) => Promise<Result<unknown>>)(input)
        if (!result.ok && result.error.code === 'read_only') window.dispatchEvent(new Event(READ_ONLY_EVENT))
        return result
      },
    ]),
  ) as Api
}

/** A desktop window whose preload offers no stream (never ours): it hears nothing, and loses nothing by it. */
const silent: ChangeStream = { clientId: 'no-stream-window', subscribe: () => () => undefined }
const host = window.api ? { api: window.api, changes: window.changes ?? silent } : httpApi()

export const api: Api = watched(host.api)
/** What changed on the main side, as it happens (shared/api/changes.ts). */
export const changes: ChangeStream = host.changes

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
