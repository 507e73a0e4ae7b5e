import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { loadPack } from '../../shared/content/load'
import type { Pack } from '../../shared/content/schema'
import type { PackRef } from '../../shared/domain/workshop'
import type { Store } from '../store'
import { existingWorkshop, notFound } from './errors'
import type { HandlersFor } from './types'

export interface PackLibrary {
  /** Installed packs, each id's editions oldest first. */
  packs: readonly Pack[]
  /** Files that failed to load, with the reasons; the app reports them rather than crashing. */
  problems: readonly string[]
}

/** Orders semver strings numerically (1.10.0 after 1.9.0); pre-releases before their release. */
export function compareVersions(a: string, b: string): number {
  const [coreA = '', preA] = a.split('-', 2)
  const [coreB = '', preB] = b.split('-', 2)
  const partsA = coreA.split('.').map(Number)
  const partsB = coreB.split('.').map(Number)
  for (let i = 0; i < 3; i += 1) {
    const difference = (partsA[i] ?? 0) - (partsB[i] ?? 0)
    if (difference !== 0) return difference
  }
  if (preA === preB) return 0
  if (preA === undefined) return 1
  if (preB === undefined) return -1
  return preA < preB ? -1 : 1
}

/** Reads every `*.json` pack in a folder through the content schema. */
export function loadPackLibrary(dir: string): PackLibrary {
  const packs: Pack[] = []
  const problems: string[] = []
  let files: string[] = []
  try {
    files = readdirSync(dir).filter((name) => name.endsWith('.json')).sort()
  } catch (error) {
    problems.push(`No content packs could be read from ${dir}: ${(error as Error).message}`)
  }
  for (const file of files) {
    let json: unknown
    try {
      json = JSON.parse(readFileSync(join(dir, file), 'utf8'))
    } catch (error) {
      problems.push(`${file}: not valid JSON (${(error as Error).message})`)
      continue
    }
    const result = loadPack(json)
    if (!result.ok) {
      problems.push(...result.errors.map((message) => `${file}: ${message}`))
      continue
    }
    if (packs.some((pack) => pack.id === result.pack.id && pack.version === result.pack.version)) {
      problems.push(`${file}: ${result.pack.id} version ${result.pack.version} is installed twice; the first file was kept.`)
      continue
    }
    packs.push(result.pack)
  }
  packs.sort((a, b) => (a.id === b.id ? compareVersions(a.version, b.version) : 0))
  return { packs, problems }
}

/** The pack a workshop asked for, or the newest edition of the first installed pack. */
export function choosePack(library: PackLibrary, ref?: Partial<PackRef>): Pack {
  const candidates = library.packs.filter((pack) => (ref?.id === undefined || pack.id === ref.id) && (ref?.version === undefined || pack.version === ref.version))
  const chosen = ref?.id === undefined ? candidates.filter((pack) => pack.id === candidates[0]?.id).at(-1) : candidates.at(-1)
  if (!chosen) {
    if (!ref?.id) throw notFound('No content pack is installed, so a workshop cannot be created. Reinstall Common Ground.')
    throw notFound(ref.version ? `Content pack ${ref.id} version ${ref.version} is not installed.` : `Content pack ${ref.id} is not installed.`, 'pack')
  }
  return chosen
}

export function packHandlers(library: PackLibrary, store: Store): HandlersFor<'packs'> {
  return {
    'packs.list': () => library.packs.map(({ id, version, title }) => ({ id, version, title })),
    'packs.get': ({ id, version }) => choosePack(library, version === undefined ? { id } : { id, version }),
    'packs.ofWorkshop': ({ workshopId }) => choosePack(library, existingWorkshop(store, workshopId).pack),
  }
}
