// The team library is the one place pg is used, and it reaches into nothing but shared/.
import { createStore } from '../store' // ✗ import-x/no-restricted-paths
import { createHandlers } from '../services' // ✗ import-x/no-restricted-paths
import Database from 'better-sqlite3' // ✗ import-x/no-restricted-paths
import { app } from 'electron' // ✗ no-restricted-imports, import-x/no-restricted-paths
import pg from 'pg'
import { teamContract } from '../../shared/api/team'

export { createStore, createHandlers, Database, app, pg, teamContract }
