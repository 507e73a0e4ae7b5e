// The local library never reaches the network: no team library, no pg.
import { openTeamLibrary } from '../team/library' // ✗ import-x/no-restricted-paths
import pg from 'pg' // ✗ import-x/no-restricted-paths

export { openTeamLibrary, pg }
