/**
 * A token bucket per key (a phone's address, a device): `capacity` at most, refilled at
 * `perMinute`. Small and in memory: the room's phones live only while it is open.
 */
export interface RateLimiter {
  /** True when a try is left for `key` now (and counts it). */
  take(key: string): boolean
  /** True when `key` has no try left, without counting one. */
  blocked(key: string): boolean
  /** Seconds until `key` has a try again (0 when it has one). */
  retryAfter(key: string): number
  clear(): void
}

export function createRateLimiter({ capacity, perMinute, now = Date.now, maxKeys = 10_000 }: { capacity: number; perMinute: number; now?: () => number; maxKeys?: number }): RateLimiter {
  const buckets = new Map<string, { tokens: number; at: number }>()
  const perMs = perMinute / 60_000

  const level = (key: string) => {
    const at = now()
    const bucket = buckets.get(key)
    const tokens = bucket ? Math.min(capacity, bucket.tokens + (at - bucket.at) * perMs) : capacity
    return { tokens, at }
  }

  return {
    take(key) {
      const { tokens, at } = level(key)
      if (tokens < 1) return false
      // A flood of new keys (spoofed addresses) cannot grow the map without bound: the oldest go first.
      if (!buckets.has(key) && buckets.size >= maxKeys) buckets.delete(buckets.keys().next().value!)
      buckets.set(key, { tokens: tokens - 1, at })
      return true
    },
    blocked: (key) => level(key).tokens < 1,
    retryAfter(key) {
      const { tokens } = level(key)
      return tokens >= 1 ? 0 : Math.ceil((1 - tokens) / perMs / 1000)
    },
    clear: () => buckets.clear(),
  }
}
