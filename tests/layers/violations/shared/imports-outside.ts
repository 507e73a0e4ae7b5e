// shared/ may import only zod and itself.
import Database from 'better-sqlite3' // ✗ import-x/no-restricted-paths
import { Document } from 'docx' // ✗ import-x/no-restricted-paths
import { readFileSync } from 'node:fs' // ✗ import-x/no-nodejs-modules
import { dispatch } from '../electron/services/dispatch' // ✗ import-x/no-restricted-paths
import { api } from '../renderer/src/api/client' // ✗ import-x/no-restricted-paths
import { measure } from '../bench/measure' // ✗ import-x/no-restricted-paths
import { z } from 'zod'
import { idSchema } from './domain/text'

export { Database, Document, readFileSync, dispatch, api, measure, z, idSchema }
