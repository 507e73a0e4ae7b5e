import type { z } from 'zod'
import { formatPlace, packSchema, type Pack } from './schema'

export type LoadPackResult = { ok: true; pack: Pack } | { ok: false; errors: string[] }

/**
 * Validates a content pack. Accepts the parsed JSON value (or the JSON text itself).
 * On failure every error reads `<path>: <message>`, e.g.
 * `steps.0.sections.2.items.4.tags.1: question '…' is tagged 'KP7', but this pack does not define Key Principle 7 …`.
 */
export function loadPack(json: unknown): LoadPackResult {
  let value = json
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json) as unknown
    } catch (error) {
      return { ok: false, errors: [`(pack): not valid JSON (${error instanceof Error ? error.message : String(error)})`] }
    }
  }
  const parsed = packSchema.safeParse(value)
  if (parsed.success) return { ok: true, pack: parsed.data }
  return { ok: false, errors: parsed.error.issues.map(formatIssue) }
}

/** Throws with every error listed; for packs bundled with the app, where a bad pack is a build error. */
export function loadPackOrThrow(json: unknown): Pack {
  const result = loadPack(json)
  if (!result.ok) throw new Error(`Invalid content pack:\n${result.errors.join('\n')}`)
  return result.pack
}

function formatIssue(issue: z.core.$ZodIssue): string {
  const dotted = issue.path.length === 0 ? '(pack)' : issue.path.map(String).join('.')
  // Pack-level checks already start their message with the place in bracket form; do not say it twice.
  const bracketed = `${formatPlace(issue.path)}: `
  const message = issue.message.startsWith(bracketed) ? issue.message.slice(bracketed.length) : issue.message
  return `${dotted}: ${message}`
}

// Reading a pack: in read.ts (without zod), and here for the main side's callers as before.
export * from './read'
