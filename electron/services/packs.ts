import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { loadPack } from '../../shared/content/load'
import type { Pack } from '../../shared/content/schema'
import { notFound } from './errors'
import type { HandlersFor } from './types'

export interface PackLibrary {
  packs: readonly Pack[]
  /** Files that failed to load, with the reasons; the app reports them rather than crashing. */
  problems: readonly string[]
}

/** Reads every `*.json` pack in a folder through the content schema. */
export function loadPackLibrary(dir: string): PackLibrary {
  const packs: Pack[] = []
  const problems: string[] = []
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.json')).sort()) {
    let json: unknown
    try {
      json = JSON.parse(readFileSync(join(dir, file), 'utf8'))
    } catch (error) {
      problems.push(`${file}: not valid JSON (${(error as Error).message})`)
      continue
    }
    const result = loadPack(json)
    if (result.ok) packs.push(result.pack)
    else problems.push(...result.errors.map((message) => `${file}: ${message}`))
  }
  return { packs, problems }
}

export function packHandlers(library: PackLibrary): HandlersFor<'packs'> {
  return {
    'packs.list': () => library.packs.map(({ id, version, title }) => ({ id, version, title })),
    'packs.get': ({ id, version }) => {
      const matches = library.packs.filter((pack) => pack.id === id && (version === undefined || pack.version === version))
      const pack = matches.at(-1)
      if (!pack) throw notFound(version ? `Content pack ${id} version ${version} is not installed.` : `Content pack ${id} is not installed.`, 'id')
      return pack
    },
  }
}
