import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { contentTypeFor } from '../serve/mime'

/** One file the phone page needs, held in memory with its gzip form. */
export interface PhoneAsset {
  body: Buffer
  gzipped: Buffer
  type: string
}

interface ManifestChunk {
  file: string
  css?: string[]
  imports?: string[]
}

/** The entry in the build's manifest (renderer/phone.html), as Vite names it. */
export const PHONE_ENTRY = 'phone.html'

/**
 * Exactly the files of the phone page, from Vite's build manifest: phone.html, its script, the
 * chunks that script imports and their styles. Nothing else of the renderer (the facilitator's
 * window) is ever served on the LAN. Empty when the renderer has not been built.
 */
export function loadPhoneAssets(rendererDir: string): { page: PhoneAsset | undefined; assets: Map<string, PhoneAsset> } {
  const assets = new Map<string, PhoneAsset>()
  const manifestPath = join(rendererDir, '.vite', 'manifest.json')
  const pagePath = join(rendererDir, PHONE_ENTRY)
  if (!existsSync(manifestPath) || !existsSync(pagePath)) return { page: undefined, assets }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, ManifestChunk>
  const load = (file: string): PhoneAsset => {
    const body = readFileSync(join(rendererDir, file))
    return { body, gzipped: gzipSync(body, { level: 9 }), type: contentTypeFor(file) }
  }
  const visit = (key: string, seen: Set<string>) => {
    const chunk = manifest[key]
    if (!chunk || seen.has(key)) return
    seen.add(key)
    for (const file of [chunk.file, ...(chunk.css ?? [])]) if (!file.endsWith('.html')) assets.set(`/${file}`, load(file))
    for (const imported of chunk.imports ?? []) visit(imported, seen)
  }
  visit(PHONE_ENTRY, new Set())
  return { page: load(PHONE_ENTRY), assets }
}

/** What a phone downloads to open the page: bytes as sent with gzip, and without. */
export function transferSize({ page, assets }: ReturnType<typeof loadPhoneAssets>): { gzipped: number; raw: number; files: number } {
  const all = [...(page ? [page] : []), ...assets.values()]
  return { gzipped: all.reduce((sum, asset) => sum + asset.gzipped.length, 0), raw: all.reduce((sum, asset) => sum + asset.body.length, 0), files: all.length }
}
