// The room's LAN listener serves the phone surface only: never the facilitator's contract or
// page, the browser-mode host, or Electron.
import { contract } from '../../shared/api/contract' // ✗ import-x/no-restricted-paths
import { CALL_NAMES } from '../../shared/api/calls' // ✗ import-x/no-restricted-paths
import { startHost } from '../host/server' // ✗ import-x/no-restricted-paths
import { CONTENT_SECURITY_POLICY } from '../serve/csp'
import { PHONE_PAGE } from '../../shared/api/phoneCalls'
import type { PhoneRoom } from '../services/room'
import { app } from 'electron' // ✗ no-restricted-imports, import-x/no-restricted-paths

export type { PhoneRoom }
export { contract, CALL_NAMES, startHost, CONTENT_SECURITY_POLICY, PHONE_PAGE, app }
