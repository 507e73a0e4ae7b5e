/**
 * What of the change stream (changes.ts) needs no zod: its areas, its address and where it stands. The
 * page's first code (renderer/src/boot/run.ts) and its cache's rules (effects.ts) use these before, or
 * without, the schemas; changes.ts re-exports them and holds the schemas.
 */

/**
 * What a change touched. A window refetches what it shows from these areas and nothing else.
 * `workshops` is the list of workshops and their cycles: every window hears it, whichever workshop it shows.
 */
export const CHANGE_AREAS = [
  'workshops',
  'groups',
  'agenda',
  'notes',
  'offer',
  'ratings',
  'gaps',
  'rounds',
  'priorities',
  'presenter',
  'room',
  'inbox',
  'plan',
  'review',
  /** What this computer knows of the team library: links, the outbox, the settings. */
  'team',
  'library',
] as const
export type ChangeArea = (typeof CHANGE_AREAS)[number]

/** Browser mode's Server-Sent Events endpoint (the desktop app pushes on CHANGES_CHANNEL, in calls.ts). */
export const CHANGES_PATH = '/changes'

/** The header each browser-mode call carries with its page's own id (`originSchema` in changes.ts). */
export const ORIGIN_HEADER = 'x-common-ground-client'

/** The header of the sign-in's answer (POST /session) that says where the stream stands, as `<stream>.<sequence>`. */
export const POSITION_HEADER = 'x-common-ground-position'

/** A place in the change stream: which run of the host, and how many changes into it. */
export interface StreamPosition {
  stream: string
  sequence: number
}

/** `<stream>.<sequence>`, as SSE ids and `changes.since` carry a position. */
export const eventId = (position: StreamPosition): string => `${position.stream}.${position.sequence}`
export function parseEventId(id: string | null | undefined): StreamPosition | undefined {
  const match = /^([A-Za-z0-9_-]{1,64})\.(\d{1,15})$/.exec(id ?? '')
  return match ? { stream: match[1]!, sequence: Number(match[2]) } : undefined
}
