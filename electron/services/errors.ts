import type { ErrorCode } from '../../shared/api/result'
import type { Workshop } from '../../shared/domain/workshop'
import type { Store } from '../store'

/** A refusal a person should read: thrown inside a handler, turned into a Result by dispatch. */
export class CallError extends Error {
  constructor(
    readonly code: Exclude<ErrorCode, 'internal'>,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message)
    this.name = 'CallError'
  }
}

export function notFound(message: string, field?: string): CallError {
  return new CallError('not_found', message, field ? { [field]: message } : undefined)
}

export function invalid(message: string, field?: string): CallError {
  return new CallError('invalid', message, field ? { [field]: message } : undefined)
}

/** Returns the value or throws a not-found refusal with the given message. */
export function found<T>(value: T | undefined, message: string, field?: string): T {
  if (value === undefined) throw notFound(message, field)
  return value
}

/** What every call that names a workshop says when it is gone. */
export const MISSING_WORKSHOP = 'That workshop no longer exists. It may have been deleted in another window.'

/** The workshop, or a not-found refusal on `field` in the words above. */
export function existingWorkshop(store: Store, id: string, field = 'workshopId'): Workshop {
  return found(store.workshops.get(id), MISSING_WORKSHOP, field)
}
