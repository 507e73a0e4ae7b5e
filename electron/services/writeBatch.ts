import type { Store } from '../store'

/**
 * Group commit for the phones' writes. Sixty phones casting in the same second would otherwise
 * pay sixty commits, each waiting for the disk (synchronous=FULL). Writes that arrive in the same
 * turn of the event loop run in one transaction, each in its own savepoint (so one refused ballot
 * rolls back alone), and every phone is answered only once that transaction has committed: what
 * a phone is told is saved is on disk. Hooks named by a key run once after the commit (one change
 * event for a batch of ballots, not sixty).
 */
export interface WriteBatch {
  run<T>(work: () => T, after?: { key: string; hook: () => void }): Promise<T>
}

export function createWriteBatch(store: Store, log: (message: string) => void): WriteBatch {
  let queue: Array<{ work: () => unknown; resolve: (value: unknown) => void; reject: (error: unknown) => void }> = []
  let hooks = new Map<string, () => void>()
  let scheduled = false

  const flush = () => {
    scheduled = false
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
        if (!scheduled) {
          scheduled = true
          setImmediate(flush)
        }
      })
    },
  }
}
