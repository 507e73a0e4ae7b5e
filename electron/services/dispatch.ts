import { contract, isCallName, type CallName } from '../../shared/api/contract'
import { describeInvalid, fail, fieldErrors, ok, type Result } from '../../shared/api/result'
import { CallError } from './errors'
import type { Handler, Handlers } from './types'

export type Logger = (message: string) => void
const defaultLogger: Logger = (message) => console.error(message)

/**
 * The one entry point both hosts use: validates input against the contract, runs the handler,
 * and turns every outcome into a Result. Unexpected errors are logged and reported without details.
 */
export async function dispatch(handlers: Handlers, name: string, raw: unknown, log: Logger = defaultLogger): Promise<Result<unknown>> {
  if (!isCallName(name)) return fail('unknown_call', `There is no call named “${name.slice(0, 80)}”.`)
  const call = contract[name]
  const parsed = call.input.safeParse(raw ?? {})
  if (!parsed.success) return fail('invalid', describeInvalid(parsed.error), fieldErrors(parsed.error))
  try {
    const handler = handlers[name] as Handler<CallName>
    const value = await handler(parsed.data)
    const checked = call.output.safeParse(value)
    if (!checked.success) {
      log(`Output of ${name} did not match the contract: ${describeInvalid(checked.error)}`)
      return fail('internal', 'Something went wrong inside Common Ground. Nothing was changed by this request.')
    }
    return ok(checked.data)
  } catch (error) {
    if (error instanceof CallError) return fail(error.code, error.message, error.fields)
    log(`Call ${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
    return fail('internal', 'Something went wrong inside Common Ground. Nothing was changed by this request.')
  }
}
