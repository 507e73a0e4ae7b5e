// What both hosts serve depends on nothing else.
import { dispatch } from '../services/dispatch' // ✗ import-x/no-restricted-paths
import { CONTENT_SECURITY_POLICY } from './csp'

export { dispatch, CONTENT_SECURITY_POLICY }
