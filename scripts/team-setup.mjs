// `npm run team:setup -- <url> [--print]`: applies the team library's migrations (electron/team/migrations)
// that the database at <url> has not had yet, each in one transaction, as the database's owner.
// --print writes the SQL it would run instead, for a database administrator to read and run.
// Common Ground never changes the schema when it connects: this is the only way it is changed.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import pg from 'pg'
import { root } from './build-if-needed.mjs'

const folder = join(root, 'electron', 'team', 'migrations')
const args = process.argv.slice(2)
const print = args.includes('--print')
const url = args.find((arg) => !arg.startsWith('--')) ?? process.env.COMMON_GROUND_TEAM_ADMIN_URL
if (!url) {
  console.error('Usage: npm run team:setup -- postgres://<owner>@<server>/<database> [--print]')
  process.exit(2)
}

const files = readdirSync(folder).filter((name) => /^\d{3}_.+\.sql$/.test(name)).sort()
const host = new URL(url).hostname
const local = ['localhost', '127.0.0.1', '::1', '[::1]', ''].includes(host)
const client = new pg.Client({ connectionString: url, ...(local ? {} : { ssl: { rejectUnauthorized: true } }) })
try {
  await client.connect()
  const exists = (await client.query("SELECT to_regclass('common_ground.migrations') AS t")).rows[0].t !== null
  const applied = new Set(exists ? (await client.query('SELECT name FROM common_ground.migrations')).rows.map((row) => row.name) : [])
  const pending = files.filter((file) => !applied.has(file.replace(/\.sql$/, '')))
  if (pending.length === 0) console.log(`The team library is up to date (${files.at(-1)?.replace(/\.sql$/, '')}).`)
  for (const file of pending) {
    const sql = readFileSync(join(folder, file), 'utf8')
    if (print) {
      console.log(`-- ${file}\nBEGIN;\n${sql}\nCOMMIT;\n`)
      continue
    }
    await client.query('BEGIN')
    try {
      await client.query(sql)
      await client.query('COMMIT')
      console.log(`Applied ${file}`)
    } catch (error) {
      await client.query('ROLLBACK')
      throw new Error(`${file} failed and changed nothing: ${error.message}`)
    }
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error))
  process.exitCode = 1
} finally {
  await client.end().catch(() => undefined)
}
