import type { ChangeStream, StreamMessage, streamMessageSchema } from '../../../shared/api/changes'
import { CHANGES_PATH, eventId } from '../../../shared/api/changesPlain'
import type { CallOutput } from '../../../shared/api'
import { whenIdle } from './idle'

/** How often the revision check runs while the stream is down, and how soon a closed stream is tried again. */
export const REVISION_CHECK_MS = 3_000
export const REOPEN_MS = 5_000

export type StreamState = 'connecting' | 'open' | 'checking'
type StreamMessageSchema = typeof streamMessageSchema

/** The longest the stream waits for the page to be idle before it opens anyway. */
const IDLE_OPEN_MS = 1_000

let schema: Promise<StreamMessageSchema> | undefined
/** The stream messages' schema, fetched the first time it is needed. */
const messageSchema = () =>
  (schema ??= import('../../../shared/api/changes').then(
    (module) => module.streamMessageSchema,
    (failure: unknown) => {
      schema = undefined // asked for again with the next message
      throw failure
    },
  ))

/**
 * Browser mode's change stream (shared/api/changes.ts): one EventSource on /changes, signed in by the
 * session cookie. EventSource reconnects by itself after a drop and says the last id it saw, so the
 * host sends what was missed. If the stream is refused or cannot be held, the page asks
 * `changes.since` every few seconds instead (an answer with nothing in it when nothing changed) and
 * tries the stream again; nothing else ever polls. `document.documentElement.dataset.stream` says
 * which of these is happening, for the presenter's quiet note and for tests.
 */
/**
 * `start` is the stream's position when the page signed in, before it read anything (null when it
 * could not be learnt): the first connection asks for what happened since, so nothing falls between.
 */
export function browserChangeStream(clientId: string, start: Promise<string | null>, since: (after: string | null) => Promise<CallOutput<'changes.since'>>): ChangeStream {
  const listeners = new Set<(message: StreamMessage) => void>()
  // The messages' schema (and zod with it) is loaded once the stream opens, not with the first screen.
  let heard: Promise<void> = Promise.resolve()
  let last: string | null = null
  let source: EventSource | undefined
  let checking: number | undefined
  let reopening: number | undefined

  const say = (state: StreamState) => {
    document.documentElement.dataset.stream = state
  }
  const emit = (message: StreamMessage) => {
    last = eventId(message)
    for (const listener of listeners) listener(message)
  }

  const check = async () => {
    try {
      const answer = await since(last)
      if (answer.reset) emit({ type: 'reset', stream: answer.stream, sequence: answer.sequence })
      for (const event of answer.events) emit(event)
      if (last === null || answer.reset) last = eventId(answer)
    } catch {
      // The server is not answering either: the next check, or the stream, will catch up.
    }
  }
  const startChecking = () => {
    // Said again after each failed reopening too, which said 'connecting' while the checks went on.
    say('checking')
    if (checking !== undefined) return
    checking = window.setInterval(() => void check(), REVISION_CHECK_MS)
    void check()
  }
  const stopChecking = () => {
    window.clearInterval(checking)
    checking = undefined
  }

  const open = () => {
    reopening = undefined
    if (typeof EventSource === 'undefined') return startChecking()
    source?.close()
    say('connecting')
    void messageSchema().catch(() => undefined)
    const next = new EventSource(last ? `${CHANGES_PATH}?after=${encodeURIComponent(last)}` : CHANGES_PATH)
    source = next
    next.onopen = () => {
      stopChecking()
      say('open')
    }
    next.onmessage = (event: MessageEvent<string>) => {
      let data: unknown
      try {
        data = JSON.parse(event.data)
      } catch {
        return
      }
      // Checked against the schema, in the order the messages came, once its code is in.
      heard = heard
        .then(async () => {
          const parsed = (await messageSchema()).safeParse(data)
          if (parsed.success) emit(parsed.data)
        })
        // Dropped, as a message the schema refuses is, if the schema's code cannot be fetched (the app replaced under a running window).
        .catch(() => undefined)
    }
    next.onerror = () => {
      if (next.readyState === EventSource.CONNECTING) {
        // A dropped connection: EventSource tries again by itself, with the last id.
        say('connecting')
        return
      }
      // Refused or impossible: check revisions meanwhile, and try the stream again in a while.
      startChecking()
      reopening ??= window.setTimeout(open, REOPEN_MS)
    }
  }

  return {
    clientId,
    subscribe(listener) {
      listeners.add(listener)
      if (!source) {
        void start.then((position) => {
          last ??= position
          // Once the first screen is drawn (the page idle): the stream opens from the sign-in's position
          // whenever it opens, so waiting loses nothing, and its schema's code loads off the first screen's path.
          whenIdle(() => {
            if (!source) open()
          }, IDLE_OPEN_MS)
        })
      }
      return () => {
        listeners.delete(listener)
      }
    },
  }
}
