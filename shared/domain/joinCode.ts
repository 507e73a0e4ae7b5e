/**
 * Join codes: six characters from an alphabet without look-alikes (no 0/O/Q, 1/I/L, 2/Z, 5/S,
 * 6/G, 8/B, U/V), so a code read off the shared screen is typed right first time.
 * 20⁶ = 64 million codes, against five wrong tries a minute from one phone.
 * Kept free of zod: the phone page uses these too.
 */
export const JOIN_CODE_ALPHABET = 'ACDEFHJKMNPRTWXY3479'
export const JOIN_CODE_LENGTH = 6

/** What someone typed, as a code: capitals, without spaces or dashes. */
export function normaliseJoinCode(typed: string): string {
  return typed.replace(/[\s-]+/g, '').toUpperCase()
}

/** "ACD 479": the code in two halves of three, easier to read aloud and across a hall. */
export function spacedJoinCode(code: string): string {
  return `${code.slice(0, 3)} ${code.slice(3)}`
}
