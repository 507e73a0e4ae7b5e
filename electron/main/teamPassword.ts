import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { TeamCredentials } from '../services/teamConnection'

/** What Electron's safeStorage offers (the operating system's keychain, DPAPI or libsecret). */
export interface Encryption {
  isEncryptionAvailable(): boolean
  encryptString(text: string): Buffer
  decryptString(encrypted: Buffer): string
}

export const TEAM_PASSWORD_FILE = 'team-password.bin'

/**
 * The desktop app's team-library password: encrypted with safeStorage into a file beside the
 * library that only this account can read; never in the settings file, the library or a backup.
 * Where the system offers no encryption, the password is refused rather than kept in the clear.
 */
export function safeStorageCredentials(folder: string, encryption: Encryption): TeamCredentials {
  const file = join(folder, TEAM_PASSWORD_FILE)
  return {
    source: 'settings',
    environmentAddress: () => null,
    password() {
      if (!existsSync(file) || !encryption.isEncryptionAvailable()) return null
      try {
        return encryption.decryptString(readFileSync(file))
      } catch {
        return null
      }
    },
    savePassword(password) {
      if (!encryption.isEncryptionAvailable()) {
        throw new Error('This computer offers Common Ground no way to keep a password safely, so it cannot be saved.')
      }
      writeFileSync(file, encryption.encryptString(password), { mode: 0o600 })
    },
    forgetPassword: () => rmSync(file, { force: true }),
  }
}
