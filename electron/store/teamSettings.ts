import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { storedTeamSettingsSchema as storedSchema, type StoredTeamSettings } from '../../shared/api/team'
import { PRIVATE_FILE_MODE, fsyncPath } from './files'

/**
 * The team library's settings, in a file of their own beside the library (never in it, so no backup,
 * workshop file or report carries them). No password: that is kept by the desktop app's safeStorage
 * (electron/main/teamPassword.ts), or comes with COMMON_GROUND_TEAM_URL in browser mode.
 */
export const TEAM_SETTINGS_FILE = 'team-settings.json'

export type { StoredTeamSettings }

export const NO_TEAM_SETTINGS: StoredTeamSettings = { address: null, displayName: '', connect: false, services: [] }

export function readTeamSettings(path: string): StoredTeamSettings {
  if (!existsSync(path)) return NO_TEAM_SETTINGS
  try {
    const parsed = storedSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')))
    return parsed.success ? parsed.data : NO_TEAM_SETTINGS
  } catch {
    // An unreadable settings file means not connected: nothing leaves the computer by accident.
    return NO_TEAM_SETTINGS
  }
}

export function writeTeamSettings(path: string, settings: StoredTeamSettings): void {
  const staging = `${path}.new`
  rmSync(staging, { force: true })
  writeFileSync(staging, `${JSON.stringify(settings, null, 2)}\n`, { mode: PRIVATE_FILE_MODE, flag: 'wx' })
  fsyncPath(staging)
  renameSync(staging, path)
}
