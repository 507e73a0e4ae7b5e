import { createHash } from 'node:crypto'

/** The policy both the Electron window and browser mode enforce: only our own scripts, no eval, no remote content. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ')

/** A page's own inline scripts: exactly `<script>…</script>`, as the build writes the page's first code into index.html. */
const INLINE_SCRIPT = /<script>([\s\S]*?)<\/script>/g

/**
 * The policy for one of our pages, given the page as served: CONTENT_SECURITY_POLICY, with each inline
 * script the page holds allowed by its hash (index.html holds one, the page's first code, which the
 * build puts in the page so it runs as the page is parsed: electron.vite.config.ts). Nothing else
 * inline runs, and a script that differs by a byte from the one in the page is refused. The page is a
 * file of the build, never filled in with anything at run time.
 */
export function pagePolicy(page: string | Uint8Array): string {
  const html = typeof page === 'string' ? page : Buffer.from(page).toString('utf8')
  const hashes = [...html.matchAll(INLINE_SCRIPT)].map(([, script]) => `'sha256-${createHash('sha256').update(script!, 'utf8').digest('base64')}'`)
  return hashes.length === 0 ? CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY.replace("script-src 'self'", `script-src 'self' ${[...new Set(hashes)].join(' ')}`)
}

/**
 * The phone pages' policy: stricter still. Their own scripts and styles, calls to the same
 * address, nothing else: no images, fonts, frames, forms posting elsewhere or inline code.
 */
export const PHONE_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ')
