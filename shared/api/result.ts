import { z } from 'zod'

/**
 * Every call answers with a Result rather than throwing across the process boundary,
 * so the renderer can always show a person-readable message next to the right field.
 */
export const ERROR_CODES = ['invalid', 'not_found', 'conflict', 'too_large', 'unknown_call', 'damaged', 'read_only', 'signed_out', 'too_many', 'internal'] as const
export type ErrorCode = (typeof ERROR_CODES)[number]

export const apiErrorSchema = z.object({
  code: z.enum(ERROR_CODES),
  message: z.string(),
  /** Messages keyed by field path (e.g. `title`, `groups.2.name`), for showing beside the field. */
  fields: z.record(z.string(), z.string()).optional(),
})
export type ApiError = z.infer<typeof apiErrorSchema>

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError }

export function ok<T>(value: T): Result<T> {
  return { ok: true, value }
}

export function fail(code: ErrorCode, message: string, fields?: Record<string, string>): { ok: false; error: ApiError } {
  return fields ? { ok: false, error: { code, message, fields } } : { ok: false, error: { code, message } }
}

/** Turns zod issues into one message per field path, first message wins. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {}
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '_'
    fields[key] ??= issue.message
  }
  return fields
}

/** A single readable sentence for a zod error, naming the field when there is one. */
export function describeInvalid(error: z.ZodError): string {
  const first = error.issues[0]
  if (!first) return 'The request was not valid.'
  return first.message
}

/** HTTP status for each error code, used by the browser-mode host. */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  invalid: 400,
  not_found: 400,
  conflict: 409,
  too_large: 413,
  unknown_call: 404,
  /** The library failed its integrity check: only the recovery calls are answered. */
  damaged: 503,
  /** The disk is full or the data folder cannot be written: reading works, writing waits. */
  read_only: 503,
  /** A phone whose place in the room has ended (or never began): join again with the code. */
  signed_out: 401,
  /** Too many tries in a short time (a join code, a phone's ballots): wait a moment. */
  too_many: 429,
  internal: 500,
}
