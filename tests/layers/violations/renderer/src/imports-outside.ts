// The renderer may import only shared/ and its own packages.
import { measure } from '../../bench/measure' // ✗ import-x/no-restricted-paths
import { join } from 'node:path' // ✗ import-x/no-nodejs-modules
import Database from 'better-sqlite3' // ✗ import-x/no-restricted-paths
import { ipcRenderer } from 'electron' // ✗ import-x/no-restricted-paths
import { dispatch } from '../../electron/services/dispatch' // ✗ import-x/no-restricted-paths
import { sampleDetails } from '../../tests/fixtures/app' // ✗ import-x/no-restricted-paths
import { useState } from 'react'
import { idSchema } from '../../shared/domain/text'

export { measure, join, Database, ipcRenderer, dispatch, sampleDetails, useState, idSchema }
