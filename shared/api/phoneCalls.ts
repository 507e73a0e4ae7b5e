/**
 * The phone surface's calls and paths, kept free of zod so the phone page can use them without
 * bundling schemas (its schemas are in phone.ts). These exist only on the room's own LAN
 * listener; the facilitator's calls (calls.ts) never exist there, and these never on 127.0.0.1.
 */
export const PHONE_CALL_NAMES = ['phone.join', 'phone.state', 'phone.seat', 'phone.cast', 'phone.send'] as const
export type PhoneCallName = (typeof PHONE_CALL_NAMES)[number]

export function isPhoneCallName(name: string): name is PhoneCallName {
  return (PHONE_CALL_NAMES as readonly string[]).includes(name)
}

/** The page phones open. */
export const PHONE_PAGE = '/j'
/** `POST /j/api/<call>` with a JSON body. */
export const PHONE_API_PREFIX = '/j/api/'
/** Server-Sent Events: `change` when something the phone shows changed, `closed` when the room closes. */
export const PHONE_CHANGES = '/j/changes'
