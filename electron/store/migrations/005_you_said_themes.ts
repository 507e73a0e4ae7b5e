import type { Db } from '../sqlite'

/**
 * "You said, we did, now we will" rows carry a theme, so the report can group them as Hertfordshire
 * does. The draft takes it from the priority's Key Principle; the facilitator can change it. Rows
 * saved before this have none and are reported under "Other things you told us".
 */
export function up(db: Db): void {
  db.exec(`ALTER TABLE you_said_rows ADD COLUMN theme TEXT NOT NULL DEFAULT ''`)
}
