// The store depends on nothing above it.
import { renderReport } from '../export/docx' // ✗ import-x/no-restricted-paths
import { createHandlers } from '../services' // ✗ import-x/no-restricted-paths
import { app } from 'electron' // ✗ no-restricted-imports, import-x/no-restricted-paths
import Database from 'better-sqlite3'
import { openDb } from './db'

export { renderReport, createHandlers, app, Database, openDb }
