/**
 * Runs `run` once the page is idle, or after `timeoutMs` at most; returns the way to call it off.
 * For work the screen does not need to draw or answer a key press: it waits behind both.
 */
export function whenIdle(run: () => void, timeoutMs: number): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(run, { timeout: timeoutMs })
    return () => cancelIdleCallback(handle)
  }
  const timer = setTimeout(run, 0)
  return () => clearTimeout(timer)
}
