import { z } from 'zod'

/** Why a backup was made, in the order of the reasons the app knows. */
export const backupReasonSchema = z.enum(['open', 'before-migration', 'before-restore'])

/** A backup's file name as the app writes it: the only thing a restore may name, so no path can be smuggled in. */
export const backupFileSchema = z
  .string({ error: 'Choose one of the listed backups.' })
  .regex(/^common-ground-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z(?:-\d+)?-[a-z-]+\.sqlite$/, { error: 'Choose one of the listed backups.' })

export const backupSchema = z.object({
  file: z.string(),
  /** ISO date and time the backup was made. */
  createdAt: z.string(),
  reason: backupReasonSchema,
  sizeBytes: z.number().int().nonnegative(),
  /** The library's schema version inside the backup; null when it cannot be read. */
  schemaVersion: z.number().int().nullable(),
  /** How many workshops it holds; null when it cannot be read. */
  workshops: z.number().int().nonnegative().nullable(),
  /** Its SHA-256 against the one recorded when it was made; `not-recorded` for backups made before that was kept. */
  checksum: z.enum(['matches', 'differs', 'not-recorded']),
  /** Passes SQLite's integrity check and is unchanged since it was made, so it can be restored. */
  intact: z.boolean(),
})
export type Backup = z.infer<typeof backupSchema>

/**
 * Whether the library opened normally, or waits for a backup to be restored: damaged (it failed its
 * check) or missing (missing or empty, where the folder shows it held workshops).
 */
export const libraryStatusSchema = z.object({
  state: z.enum(['ok', 'damaged', 'missing']),
  /** The folder holding the library file and its backups. */
  folder: z.string(),
  file: z.string(),
  /** What the integrity check found, when damaged. */
  problem: z.string().optional(),
  /** The name the damaged file was copied aside as, in the same folder. */
  damagedCopy: z.string().optional(),
  /** Why Common Ground cannot write now (a full disk, a read-only folder), or null when it can. */
  readOnly: z.enum(['disk-full', 'read-only']).nullable(),
  /** The plain sentence every screen shows while read-only. */
  message: z.string().optional(),
  /** Things to know that stopped nothing, e.g. the backup at opening could not be made. */
  warnings: z.array(z.string()),
})
export type LibraryStatus = z.infer<typeof libraryStatusSchema>

/** Backups and recovery: these calls keep working while the library is damaged. Spread into `contract`. */
export const backupsContract = {
  'library.status': {
    input: z.object({}).strict(),
    output: libraryStatusSchema,
  },
  /** While the library is missing: start a new empty one instead of restoring a backup. */
  'library.startEmpty': {
    input: z.object({}).strict(),
    output: libraryStatusSchema,
  },
  'backups.list': {
    input: z.object({}).strict(),
    output: z.array(backupSchema),
  },
  'backups.restore': {
    input: z.object({ file: backupFileSchema }).strict(),
    output: z.object({
      restored: backupSchema,
      /** Where the library as it was just before the restore was kept: a backup, or the damaged copy. */
      previousKeptAs: z.string().nullable(),
    }),
  },
} as const

/** Calls answered while the library is damaged or missing; every other call is refused with a plain message. */
export const RECOVERY_CALLS = ['library.status', 'library.startEmpty', 'backups.list', 'backups.restore'] as const
