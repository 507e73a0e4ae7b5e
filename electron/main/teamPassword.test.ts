import { readdirSync, readFileSync, statSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { tempDir } from '../../tests/fixtures/app'
import { safeStorageCredentials, TEAM_PASSWORD_FILE, type Encryption } from './teamPassword'

/** safeStorage's shape over a reversible cipher (the real one needs the operating system's keychain). */
const keychain = (available = true): Encryption => ({
  isEncryptionAvailable: () => available,
  encryptString: (text) => Buffer.from(Buffer.from(text, 'utf8').map((byte) => byte ^ 0x5a)),
  decryptString: (bytes) => Buffer.from(bytes.map((byte) => byte ^ 0x5a)).toString('utf8'),
})

const dirs: Array<{ remove: () => void }> = []
afterEach(() => dirs.splice(0).forEach((dir) => dir.remove()))

describe('the desktop app’s team-library password', () => {
  it('is kept encrypted in a file of its own, readable by this account only, and forgotten on request', () => {
    const dir = tempDir()
    dirs.push(dir)
    const credentials = safeStorageCredentials(dir.path, keychain())
    expect(credentials.source).toBe('settings')
    expect(credentials.password()).toBeNull()
    credentials.savePassword('correct horse battery staple')
    expect(credentials.password()).toBe('correct horse battery staple')
    const file = `${dir.path}/${TEAM_PASSWORD_FILE}`
    expect(readFileSync(file).toString('utf8')).not.toContain('correct horse')
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600)
    credentials.forgetPassword()
    expect(credentials.password()).toBeNull()
  })

  it('is refused where the system offers no way to keep it safely', () => {
    const dir = tempDir()
    dirs.push(dir)
    const credentials = safeStorageCredentials(dir.path, keychain(false))
    expect(() => credentials.savePassword('secret')).toThrow(/no way to keep a password safely/)
    expect(readdirSync(dir.path)).toEqual([])
  })
})
