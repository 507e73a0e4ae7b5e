import { readFileSync } from 'node:fs'
import type { ClientConfig } from 'pg'

/**
 * A team library's address: `postgres://<role>@<host>[:<port>]/<database>[?sslrootcert=<file>]`.
 * Over the network the connection is always TLS with the server's certificate checked (against the
 * system's authorities, or the council's own given as `sslrootcert`); only a server on this computer
 * may be reached without TLS. The password is never part of the address kept in settings.
 */
export class AddressProblem extends Error {}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '::1', '[::1]'])
const INSECURE_MODES = new Set(['disable', 'allow', 'prefer'])

export interface TeamAddress {
  host: string
  port: number
  database: string
  user: string
  /** Present only when the whole address came with one (COMMON_GROUND_TEAM_URL). */
  password: string | null
  local: boolean
  sslrootcert: string | null
  /** The address as shown and kept: everything but the password. */
  display: string
}

export function isLocalHost(host: string): boolean {
  return LOCAL_HOSTS.has(host.toLowerCase()) || /^127(\.\d{1,3}){3}$/.test(host) || host.startsWith('/')
}

export function parseTeamAddress(text: string): TeamAddress {
  let url: URL
  try {
    url = new URL(text.trim())
  } catch {
    throw new AddressProblem('Enter the address as postgres://<your role>@<server>/<database>, as your council’s IT gave it.')
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') throw new AddressProblem('A team library’s address starts with postgres://.')
  const host = decodeURIComponent(url.hostname)
  if (!host) throw new AddressProblem('The address needs the server’s name, as in postgres://jo@db.example.gov.uk/common_ground.')
  const user = decodeURIComponent(url.username)
  if (!user) throw new AddressProblem('The address needs your role name before the @, as in postgres://jo@db.example.gov.uk/common_ground.')
  const database = decodeURIComponent(url.pathname.replace(/^\//, ''))
  if (!database || database.includes('/')) throw new AddressProblem('The address needs the database’s name after the server, as in postgres://jo@db.example.gov.uk/common_ground.')
  const port = url.port ? Number(url.port) : 5432
  for (const key of url.searchParams.keys()) {
    if (key !== 'sslmode' && key !== 'sslrootcert') throw new AddressProblem(`Common Ground does not use the setting “${key}” in a team library’s address.`)
  }
  const local = isLocalHost(host)
  const mode = url.searchParams.get('sslmode')
  if (!local && mode !== null && INSECURE_MODES.has(mode)) {
    throw new AddressProblem('A team library on another computer is reached only over TLS with its certificate checked: remove sslmode from the address.')
  }
  const sslrootcert = url.searchParams.get('sslrootcert')
  const shown = new URL(url.toString())
  shown.password = ''
  return {
    host: host.replace(/^\[|\]$/g, ''),
    port,
    database,
    user,
    password: url.password ? decodeURIComponent(url.password) : null,
    local,
    sslrootcert,
    display: shown.toString(),
  }
}

/** The pg client's settings: TLS with the certificate checked, except to this computer. */
export function clientConfig(address: TeamAddress, password: string | null): ClientConfig {
  const wantsTls = !address.local || address.sslrootcert !== null || address.display.includes('sslmode=require') || address.display.includes('sslmode=verify')
  return {
    host: address.host,
    port: address.port,
    database: address.database,
    user: address.user,
    ...(password !== null ? { password } : {}),
    ssl: wantsTls ? { rejectUnauthorized: true, ...(address.sslrootcert ? { ca: readFileSync(address.sslrootcert, 'utf8') } : {}) } : false,
    connectionTimeoutMillis: 5_000,
    statement_timeout: 30_000,
    query_timeout: 35_000,
    keepAlive: true,
    application_name: 'Common Ground',
  }
}
