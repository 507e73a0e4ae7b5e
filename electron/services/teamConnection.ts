import { AddressProblem, parseTeamAddress, type TeamAddress } from '../team/address'
import { openTeamLibrary, TeamRefusal, TeamUnreachable, type TeamLibrary } from '../team/library'
import { NO_TEAM_SETTINGS, readTeamSettings, writeTeamSettings, type StoredTeamSettings } from '../store/teamSettings'
import { CallError, invalid } from './errors'

/**
 * Where the team library's password comes from, behind one small adapter: the desktop app keeps it
 * with Electron's safeStorage (electron/main/teamPassword.ts); browser mode takes the whole address,
 * password included, from COMMON_GROUND_TEAM_URL and keeps nothing.
 */
export interface TeamCredentials {
  source: 'settings' | 'environment'
  /** Browser mode: the address given in COMMON_GROUND_TEAM_URL (with its password), or null. */
  environmentAddress(): string | null
  password(): string | null
  savePassword(password: string): void
  forgetPassword(): void
}

export const TEAM_URL_VARIABLE = 'COMMON_GROUND_TEAM_URL'

/** Browser mode's credentials: COMMON_GROUND_TEAM_URL, read when asked; nothing is saved. */
export function environmentCredentials(env: NodeJS.ProcessEnv = process.env): TeamCredentials {
  const address = () => env[TEAM_URL_VARIABLE]?.trim() || null
  const refuse = () => {
    throw invalid(`In browser mode the team library’s address and password come from ${TEAM_URL_VARIABLE} when Common Ground starts.`, 'password')
  }
  return {
    source: 'environment',
    environmentAddress: address,
    password: () => {
      const text = address()
      if (!text) return null
      try {
        return parseTeamAddress(text).password
      } catch {
        return null
      }
    },
    savePassword: refuse,
    forgetPassword: () => undefined,
  }
}

export const NOT_CONNECTED = 'No team library is connected. Connect one on the Settings screen; until then nothing leaves this computer.'

/**
 * The team library as the app sees it, for the life of the app (across library restores): the
 * settings file, the password adapter and one connection pool, opened when first needed and again
 * whenever the settings change. Sends to the server run one at a time (`serially`).
 */
export interface TeamConnection {
  settings(): StoredTeamSettings
  credentials: TeamCredentials
  /** The address in use (the environment's in browser mode), or null. */
  address(): TeamAddress | null
  save(settings: StoredTeamSettings): void
  /** Connected: the settings say so and an address is there. */
  connected(): boolean
  /** The open connection, or a refusal saying why there is none. */
  library(): TeamLibrary
  serially<T>(work: () => Promise<T>): Promise<T>
  close(): Promise<void>
}

export function createTeamConnection({ settingsPath, credentials }: { settingsPath: string | null; credentials: TeamCredentials }): TeamConnection {
  let memory: StoredTeamSettings = NO_TEAM_SETTINGS
  const settings = () => (settingsPath ? readTeamSettings(settingsPath) : memory)
  let open: { key: string; library: TeamLibrary } | undefined
  let queue: Promise<unknown> = Promise.resolve()

  const addressText = () => (credentials.source === 'environment' ? credentials.environmentAddress() : settings().address)
  const address = (): TeamAddress | null => {
    const text = addressText()
    if (!text) return null
    try {
      return parseTeamAddress(text)
    } catch (error) {
      if (error instanceof AddressProblem) return null
      throw error
    }
  }

  const drop = () => {
    const closing = open?.library
    open = undefined
    void closing?.close().catch(() => undefined)
  }

  return {
    settings,
    credentials,
    address,
    save(next) {
      if (settingsPath) writeTeamSettings(settingsPath, next)
      else memory = next
      drop()
    },
    connected: () => settings().connect && address() !== null,
    library() {
      if (!settings().connect) throw new CallError('invalid', NOT_CONNECTED)
      const text = addressText()
      if (!text) throw new CallError('invalid', NOT_CONNECTED)
      let parsed: TeamAddress
      try {
        parsed = parseTeamAddress(text)
      } catch (error) {
        if (error instanceof AddressProblem) throw invalid(error.message, 'address')
        throw error
      }
      const password = credentials.password()
      const key = `${text}\u0000${password ?? ''}`
      if (open?.key !== key) {
        drop()
        open = { key, library: openTeamLibrary(parsed, password) }
      }
      return open.library
    },
    serially<T>(work: () => Promise<T>): Promise<T> {
      const next = queue.then(work, work)
      queue = next.catch(() => undefined)
      return next
    },
    close: async () => {
      const closing = open?.library
      open = undefined
      await closing?.close().catch(() => undefined)
    },
  }
}

/** A team-library failure in the facilitator's words, as a refusal of the call that met it. */
export function teamRefusal(error: unknown): never {
  if (error instanceof TeamUnreachable) throw new CallError('conflict', 'The team library is not answering just now. Your work here is safe; try again when the connection is back.')
  if (error instanceof TeamRefusal) throw new CallError(error.kind === 'not_set_up' ? 'invalid' : 'invalid', error.message)
  throw error
}

/** The connected team library, or the plain sentence that none is connected. */
export function connectedLibrary(team: TeamConnection) {
  if (!team.connected()) throw new CallError('invalid', NOT_CONNECTED)
  return team.library()
}

/** A call to the team library, its refusals said in the app's own words. */
export async function remote<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work()
  } catch (error) {
    return teamRefusal(error)
  }
}
