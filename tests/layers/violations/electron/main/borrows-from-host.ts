// Electron main never borrows from the browser-mode host: what both serve is in electron/serve.
import { TOKEN_HEADER } from '../host/server' // ✗ import-x/no-restricted-paths
import { contentTypeFor } from '../serve/mime'
import { app } from 'electron'

export { TOKEN_HEADER, contentTypeFor, app }
