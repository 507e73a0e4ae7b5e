import type { PhoneInput, PhoneOutput } from '../../shared/api/phone'
import { PHONE_API_PREFIX, type PhoneCallName } from '../../shared/api/phoneCalls'
import type { ApiError } from '../../shared/api/result'

/**
 * The phone page's only way to the laptop: the phone calls on the room's own listener, with the
 * device's HttpOnly cookie (which this page never sees). Plain fetch over plain HTTP: nothing here
 * needs a secure context.
 */
export type Answer<T> = { ok: true; value: T } | { ok: false; error: ApiError } | { ok: false; error: { code: 'unreachable'; message: string } }

export const UNREACHABLE =
  'Your phone cannot reach the facilitator’s laptop. Check it is on the room’s Wi-Fi (with mobile data turned off), then try again.'
/** The same, where the page asks again by itself (the alert above every screen): nothing for the person to press. */
export const UNREACHABLE_RETRYING =
  'Your phone cannot reach the facilitator’s laptop. Check it is on the room’s Wi-Fi (with mobile data turned off): this page keeps trying by itself.'

export async function callPhone<K extends PhoneCallName>(name: K, input: PhoneInput<K>): Promise<Answer<PhoneOutput<K>>> {
  let response: Response
  try {
    response = await fetch(`${PHONE_API_PREFIX}${name}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(input),
      credentials: 'same-origin',
      cache: 'no-store',
    })
  } catch {
    return { ok: false, error: { code: 'unreachable', message: UNREACHABLE } }
  }
  try {
    return (await response.json()) as Answer<PhoneOutput<K>>
  } catch {
    return { ok: false, error: { code: 'unreachable', message: UNREACHABLE } }
  }
}
