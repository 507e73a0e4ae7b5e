import type { Store } from '../store'

/**
 * Group commit for the phones' writes. Sixty phones casting in the same second would otherwise
 * pay sixty commits, each waiting for the disk (synchronous=FULL). Writes that arrive close
 * together run in one transaction, each in its own savepoint (so one refused ballot rolls back
 * alone), and every phone is answered only once that transaction has committed: what a phone is
 * told is saved is on disk. Hooks named by a key run once after the commit (one change event for
 * a batch of ballots, not sixty).
 *
 * "Close together" is a gather window, not one turn of the event loop: Node takes one new
 * connection per turn (libuv 1.45+), so sixty phones on sixty connections reach the host over
 * sixty turns. Committing at the end of each turn then committed, told and answered them one by
 * one, each turn paying a commit and a change event (a quarter of a second for sixty phones). The
 * window stays open while writes keep coming, up to `maxMs` after the first of them.
 */
export interface WriteBatch {
  run<T>(work: () => T, after?: { key: string; hook: () => void }): Promise<T>
}

export interface GatherWindow {
  /** A batch is committed once no write has come for this long… */
  quietMs: number
  /** …or this long after its first write, whichever is sooner. */
  maxMs: number
}

export const PHONE_GATHER: GatherWindow = { quietMs: 2, maxMs: 12 }

export function createWriteBatch(store: Store, log: (message: string) => void, gather: GatherWindow = PHONE_GATHER): WriteBatch {
  let queue: Array<{ work: () => unknown; resolve: (value: unknown) => void; reject: (error: unknown) => void }> = []
  let hooks = new Map<string, () => void>()
  let timer: NodeJS.Timeout | undefined
  let firstAt = 0

  const flush = () => {
    timer = undefined
    const items = queue
    const after = hooks
    queue = []
    hooks = new Map()
    const outcomes: Array<{ ok: true; value: unknown } | { ok: false; error: unknown }> = []
    try {
      store.transaction(() => {
        for (const item of items) {
          try {
            outcomes.push({ ok: true, value: store.transaction(item.work) })
          } catch (error) {
            outcomes.push({ ok: false, error })
          }
        }
      })
    } catch (error) {
      // The commit itself failed (a full disk): nothing of the batch was saved, and every phone is told.
      for (const item of items) item.reject(error)
      return
    }
    items.forEach((item, index) => {
      const outcome = outcomes[index]!
      if (outcome.ok) item.resolve(outcome.value)
      else item.reject(outcome.error)
    })
    if (outcomes.some((outcome) => outcome.ok)) {
      for (const hook of after.values()) {
        try {
          hook()
        } catch (error) {
          log(`After a batch of phones' writes: ${error instanceof Error ? error.message : String(error)}`)
        }
      }
    }
  }

  return {
    run<T>(work: () => T, after?: { key: string; hook: () => void }): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        queue.push({ work, resolve: resolve as (value: unknown) => void, reject })
        if (after) hooks.set(after.key, after.hook)
        const now = performance.now()
        if (timer === undefined) {
          firstAt = now
          timer = setTimeout(flush, gather.quietMs)
        } else if (now + gather.quietMs <= firstAt + gather.maxMs) timer.refresh()
      })
    },
  }
}
