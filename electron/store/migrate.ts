import type { Db } from './sqlite'
import { migrations } from './migrations'

/** Called with the file's schema version before the step that upgrades it runs. */
export type BeforeMigration = (db: Db, fromVersion: number) => void

/**
 * Brings the schema up to date using PRAGMA user_version. Each migration runs in its own
 * transaction with the version bump, so a failure leaves the file at the last good version.
 */
export function migrate(db: Db, beforeStep?: BeforeMigration): number {
  const current = db.pragma('user_version', { simple: true }) as number
  const latest = migrations.length
  if (current > latest) {
    throw new Error(
      `This library was written by a newer version of Common Ground (schema ${current}, this version knows ${latest}). Update the app to open it.`,
    )
  }
  for (let version = current; version < latest; version += 1) {
    const step = migrations[version]!
    beforeStep?.(db, version)
    db.transaction(() => {
      step(db)
      db.pragma(`user_version = ${version + 1}`)
    })()
  }
  return latest
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number
}
