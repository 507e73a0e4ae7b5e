// Only the team library (electron/team) talks to PostgreSQL: services use it, never pg itself.
import pg from 'pg' // ✗ import-x/no-restricted-paths
import { openTeamLibrary } from '../team/library'

export { pg, openTeamLibrary }
