import type { Api, ApiError, CallInput, CallName, CallOutput, Result } from '../../../shared/api'
import { CALL_NAMES } from '../../../shared/api/calls'
import type { ChangeStream } from '../../../shared/api/changes'
import { browser, type BrowserSession } from '../boot'
import { browserChangeStream } from './changeStream'

/**
 * Browser mode's calls and change stream, over the session boot.ts opened as the page loaded (its
 * sign-in, and the stream's position learnt before anything was read).
 */
function httpApi(session: BrowserSession): { api: Api; changes: ChangeStream } {
  const api = Object.fromEntries(CALL_NAMES.map((name) => [name, (input: unknown) => session.call(name, input)])) as Api
  return { api, changes: browserChangeStream(session.clientId, session.start, (after) => request('changes.since', { after })) }
}

/** Dispatched on `window` whenever a call is refused because the library is read-only, so the banner can re-read the state. */
export const READ_ONLY_EVENT = 'common-ground:read-only'

/** Tells the page when a call's answer says the library turned out to be read-only. */
export function noticed<T>(result: Result<T>): Result<T> {
  if (!result.ok && result.error.code === 'read_only') window.dispatchEvent(new Event(READ_ONLY_EVENT))
  return result
}

/** Every call, whichever host answers it, is noticed. */
function watched(inner: Api): Api {
  return Object.fromEntries(
    CALL_NAMES.map((name) => [name, async (input: unknown) => noticed(await (inner[name] as (input: unknown) => Promise<Result<unknown>>)(input))]),
  ) as Api
}

/** A desktop window whose preload offers no stream (never ours): it hears nothing, and loses nothing by it. */
const silent: ChangeStream = { clientId: 'no-stream-window', subscribe: () => () => undefined }
const host = browser ? httpApi(browser) : { api: window.api!, changes: window.changes ?? silent }

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

/** A call's value, or a RequestError carrying the readable message and field errors. */
export function valueOf<T>(result: Result<T>): T {
  if (!result.ok) throw new RequestError(result.error)
  return result.value
}

/** Calls the API and returns the value, or throws a RequestError carrying the readable message and field errors. */
export async function request<K extends CallName>(name: K, input: CallInput<K>): Promise<CallOutput<K>> {
  return valueOf(await (api[name] as (input: CallInput<K>) => Promise<Result<CallOutput<K>>>)(input))
}

/** The words to show for a failed call (or anything else thrown). */
export function messageOf(failure: unknown): string {
  return failure instanceof Error ? failure.message : String(failure)
}
