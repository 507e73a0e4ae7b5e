import { z } from 'zod'
import { presenterStateSchema } from '../domain/presenter'
import { idSchema } from '../domain/text'
import { CHANGE_AREAS, type StreamPosition } from './changesPlain'

export { CHANGE_AREAS, CHANGES_PATH, eventId, ORIGIN_HEADER, parseEventId, POSITION_HEADER, type ChangeArea, type StreamPosition } from './changesPlain'

/**
 * The change stream: how every window (and a phone) learns that something changed on the main side
 * without asking for data. This is a contract other parts build on; change it only by adding.
 *
 * **What is counted.** The main side keeps a **revision** per workshop, bumped by every write in one
 * place (services/dispatch.ts, through effects.ts, which says what each call writes), and tells every
 * listener `{ workshopId, areas, revision }`: which workshop, which areas of it, and its revision after
 * the change. The shared screen's state keeps a revision of its own (`version`, kept with the state, so
 * it survives restarts): an event that changed it carries the new state as `presenter`, and a window
 * holding that version or a later one has nothing to do.
 *
 * **What is never said.** An event names areas, never content: nothing in it says how a group voted,
 * what a gap or a note says, or who someone is. The one thing it may carry is the shared screen's
 * state (which view, round, page and timer), which is what the room sees anyway.
 *
 * **Delivery.** Over IPC to the desktop app's own windows; in browser mode as Server-Sent Events at
 * `GET /changes` on the same host, authenticated like every call (the session cookie, or the token
 * header for scripts; never a token in the address) and refused for another site's Origin or another
 * Host. Each event's id is `<stream>.<sequence>`: a listener that reconnects says the last id it saw
 * (the `Last-Event-ID` header EventSource sends by itself, or `?after=`) and is sent what it missed,
 * or a `reset` when that is no longer known (the app restarted, or too much happened): then it reads
 * everything it shows again. Messages are `hello` (first on every connection), `change` and `reset`.
 *
 * **Without a stream.** A listener that cannot hold one asks `changes.since` with its last id now and
 * then: the same events as one answer, and an empty list when nothing changed, so it fetches nothing.
 */

export const changeAreaSchema = z.enum(CHANGE_AREAS)

/** A window's own random id, sent with its calls so it can recognise the events its own writes caused. */
export const originSchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/)

/** Where a listener is in the stream. `stream` is new each time the app starts; `sequence` counts events in it. */
// Its type is written out in changesPlain.ts, which the page's first code reads without zod.
export const positionSchema = z.object({ stream: z.string().min(1).max(64), sequence: z.number().int().min(0) }) satisfies z.ZodType<StreamPosition>

export const changeEventSchema = z
  .object({
    type: z.literal('change'),
    stream: z.string(),
    /** Position in the stream, from 1; the event's id is `<stream>.<sequence>`. */
    sequence: z.number().int().min(1),
    /** The workshop that changed, or null for the whole library (a backup restored). */
    workshopId: idSchema.nullable(),
    areas: z.array(changeAreaSchema).min(1),
    /** The workshop's revision after this change (the library's, for a null workshop), counted from this stream's start. */
    revision: z.number().int().min(1),
    /** The window whose call made the change (its own id), or null when it did not say. */
    origin: originSchema.nullable(),
    /**
     * When the shared screen changed: its new state (what it shows, its page and its timer; its
     * `version` is the presenter state's own revision). Nothing in it is secret, and carrying it lets a
     * presenter window follow without asking. Left out for every other change.
     */
    presenter: presenterStateSchema.optional(),
  })
  .strict()
export type ChangeEvent = z.infer<typeof changeEventSchema>

/** Sent first on every connection: where the stream is now. */
export const helloEventSchema = positionSchema.extend({ type: z.literal('hello') }).strict()
/** The listener's last id is not known (another run of the app) or too old: everything may have changed. */
export const resetEventSchema = positionSchema.extend({ type: z.literal('reset') }).strict()

export const streamMessageSchema = z.discriminatedUnion('type', [changeEventSchema, helloEventSchema, resetEventSchema])
export type StreamMessage = z.infer<typeof streamMessageSchema>


/** What the desktop app's preload exposes beside the calls (`window.changes`); browser mode's client offers the same. */
export interface ChangeStream {
  /** This window's id, sent with each of its calls. */
  readonly clientId: string
  /** Calls `listener` with every message from now on; returns the way to stop. */
  subscribe(listener: (message: StreamMessage) => void): () => void
}


/**
 * The change stream's one call. Spread into `contract`; its name is also listed in calls.ts.
 */
export const changesContract = {
  'changes.since': {
    /** What changed after `after` (an event id), or only where the stream is now when `after` is null. */
    input: z.object({ after: z.string().max(100).nullable() }).strict(),
    output: positionSchema.extend({
      /** True when `after` is not known here any more: treat everything as changed. */
      reset: z.boolean(),
      events: z.array(changeEventSchema),
    }),
  },
} as const
