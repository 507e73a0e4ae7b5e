import type Database from 'better-sqlite3'

/** The open library: what openDb answers with, and what every repository and migration takes. */
export type Db = Database.Database
