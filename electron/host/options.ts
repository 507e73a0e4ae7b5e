import { homedir } from 'node:os'
import { join } from 'node:path'

export interface ServeOptions {
  port: number
  dataDir: string
  open: boolean
}

/** Where a user's library lives in browser mode, by each OS's convention. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.COMMON_GROUND_DATA) return env.COMMON_GROUND_DATA
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Common Ground')
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Common Ground')
  return join(env.XDG_DATA_HOME || join(homedir(), '.local', 'share'), 'common-ground')
}

export class UsageError extends Error {}

export const USAGE = 'Usage: npm run serve -- [--port <number>] [--data <folder>] [--no-open]'

export function parseServeArgs(args: readonly string[], env: NodeJS.ProcessEnv = process.env): ServeOptions {
  const options: ServeOptions = { port: 0, dataDir: defaultDataDir(env), open: true }
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined]
    const value = () => {
      const next = inline ?? args[++i]
      if (next === undefined || next === '') throw new UsageError(`${flag} needs a value. ${USAGE}`)
      return next
    }
    switch (flag) {
      case '--port': {
        const text = value()
        const port = Number(text)
        if (!/^\d+$/.test(text) || port > 65535) throw new UsageError(`--port must be a whole number from 0 to 65535, not “${text}”.`)
        options.port = port
        break
      }
      case '--data':
        options.dataDir = value()
        break
      case '--no-open':
        options.open = false
        break
      case '--help':
      case '-h':
        throw new UsageError(USAGE)
      default:
        throw new UsageError(`Unknown option “${arg}”. ${USAGE}`)
    }
  }
  return options
}
