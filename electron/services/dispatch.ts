import { contract, isCallName, type CallName, type ContractCall } from '../../shared/api/contract'
import { describeInvalid, fail, fieldErrors, ok, type Result } from '../../shared/api/result'
import type { ChangeFeed } from './changes'
import { CallError } from './errors'
import type { Handler, Handlers } from './types'

export type Logger = (message: string) => void
const defaultLogger: Logger = (message) => console.error(message)

export interface DispatchOptions {
  log?: Logger
  /** Where a successful write is counted and announced (shared/api/changes.ts); without it, nothing is. */
  changes?: ChangeFeed
  /** The calling window's own id (shared/api/changes.ts `originSchema`), carried by the change event. */
  origin?: string | null
}

/**
 * The one entry point both hosts use: validates input against the contract, runs the handler,
 * and turns every outcome into a Result. Unexpected errors are logged and reported without details.
 * A successful write is recorded in the change feed here, and only here.
 */
export async function dispatch(handlers: Handlers, name: string, raw: unknown, options: DispatchOptions | Logger = {}): Promise<Result<unknown>> {
  const { log = defaultLogger, changes, origin = null } = typeof options === 'function' ? { log: options } : options
  if (!isCallName(name)) return fail('unknown_call', `There is no call named “${name.slice(0, 80)}”.`)
  const call = contract[name]
  const parsed = call.input.safeParse(raw ?? {})
  if (!parsed.success) return fail('invalid', describeInvalid(parsed.error), fieldErrors(parsed.error))
  try {
    const handler = handlers[name] as Handler<CallName>
    const value = await handler(parsed.data)
    // A large answer its call's own check accepts is exactly what the schema would return; the rest are parsed.
    const checked = (call as ContractCall).accepts?.(value) ? { success: true as const, data: value } : call.output.safeParse(value)
    if (!checked.success) {
      log(`Output of ${name} did not match the contract: ${describeInvalid(checked.error)}`)
      return fail('internal', 'Something went wrong inside Common Ground. Nothing was changed by this request.')
    }
    announce(changes, name, parsed.data, checked.data, origin, log)
    return ok(checked.data)
  } catch (error) {
    if (error instanceof CallError) return fail(error.code, error.message, error.fields)
    log(`Call ${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
    return fail('internal', 'Something went wrong inside Common Ground. Nothing was changed by this request.')
  }
}

/** The write is saved whatever happens here: a failure to announce it is logged, never reported as the write's. */
function announce(changes: ChangeFeed | undefined, name: CallName, input: unknown, output: unknown, origin: string | null, log: Logger): void {
  try {
    changes?.record(name, input, output, origin)
  } catch (error) {
    log(`The change made by ${name} could not be announced: ${error instanceof Error ? error.message : String(error)}`)
  }
}
