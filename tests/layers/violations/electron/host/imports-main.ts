// The browser-mode host never imports Electron, electron/main or electron/preload.
import { isOurPage } from '../main/guards' // ✗ import-x/no-restricted-paths
import { buildApi } from '../preload/bridge' // ✗ import-x/no-restricted-paths
import { shell } from 'electron/common' // ✗ no-restricted-imports
import { dispatch } from '../services'
import { CONTENT_SECURITY_POLICY } from '../serve/csp'

export { isOurPage, buildApi, shell, dispatch, CONTENT_SECURITY_POLICY }
