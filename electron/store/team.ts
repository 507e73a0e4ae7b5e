import type { Db } from './sqlite'

export interface TeamLink {
  workshopId: string
  teamWorkshopId: string
  serviceId: string
  revisionId: string | null
  revisionNumber: number | null
  changed: boolean
}

export interface OutboxEntry {
  position: number
  revisionId: string
  workshopId: string
  teamWorkshopId: string
  baseRevisionId: string | null
  serviceId: string
  copyOf: string | null
  continuesFrom: string | null
  title: string
  cycle: number
  date: string
  formatVersion: number
  document: string
  carried: string
  publishedByName: string
  state: 'waiting' | 'refused'
  attempts: number
  lastError: string | null
  createdAt: string
}

interface LinkRow {
  workshop_id: string
  team_workshop_id: string
  service_id: string
  revision_id: string | null
  revision_number: number | null
  changed: number
}

interface OutboxRow {
  position: number
  revision_id: string
  workshop_id: string
  team_workshop_id: string
  base_revision_id: string | null
  service_id: string
  copy_of: string | null
  continues_from: string | null
  title: string
  cycle: number
  date: string
  format_version: number
  document: string
  carried: string
  published_by_name: string
  state: 'waiting' | 'refused'
  attempts: number
  last_error: string | null
  created_at: string
}

const toLink = (row: LinkRow): TeamLink => ({
  workshopId: row.workshop_id,
  teamWorkshopId: row.team_workshop_id,
  serviceId: row.service_id,
  revisionId: row.revision_id,
  revisionNumber: row.revision_number,
  changed: row.changed === 1,
})

const toEntry = (row: OutboxRow): OutboxEntry => ({
  position: row.position,
  revisionId: row.revision_id,
  workshopId: row.workshop_id,
  teamWorkshopId: row.team_workshop_id,
  baseRevisionId: row.base_revision_id,
  serviceId: row.service_id,
  copyOf: row.copy_of,
  continuesFrom: row.continues_from,
  title: row.title,
  cycle: row.cycle,
  date: row.date,
  formatVersion: row.format_version,
  document: row.document,
  carried: row.carried,
  publishedByName: row.published_by_name,
  state: row.state,
  attempts: row.attempts,
  lastError: row.last_error,
  createdAt: row.created_at,
})

export type TeamRepo = ReturnType<typeof teamRepo>

/** This computer's side of the team library: links to team workshops, and the outbox of publishes. */
export function teamRepo(db: Db) {
  const links = db.prepare<[], LinkRow>('SELECT * FROM team_links ORDER BY linked_at')
  const linkOf = db.prepare<[string], LinkRow>('SELECT * FROM team_links WHERE workshop_id = ?')
  const linkByTeam = db.prepare<[string], LinkRow>('SELECT * FROM team_links WHERE team_workshop_id = ?')
  const upsertLink = db.prepare(`
    INSERT INTO team_links (workshop_id, team_workshop_id, service_id, revision_id, revision_number, changed, linked_at)
    VALUES (@workshopId, @teamWorkshopId, @serviceId, @revisionId, @revisionNumber, @changed, @linkedAt)
    ON CONFLICT (workshop_id) DO UPDATE SET team_workshop_id = excluded.team_workshop_id, service_id = excluded.service_id,
      revision_id = excluded.revision_id, revision_number = excluded.revision_number, changed = excluded.changed`)
  const unlink = db.prepare<[string]>('DELETE FROM team_links WHERE workshop_id = ?')
  const setChanged = db.prepare<[number, string]>('UPDATE team_links SET changed = ? WHERE workshop_id = ?')
  const landed = db.prepare<[string, number, string]>('UPDATE team_links SET revision_id = ?, revision_number = ? WHERE team_workshop_id = ?')
  const outbox = db.prepare<[], OutboxRow>('SELECT * FROM team_outbox ORDER BY position')
  const outboxOf = db.prepare<[string], OutboxRow>('SELECT * FROM team_outbox WHERE workshop_id = ? ORDER BY position')
  const insertEntry = db.prepare(`
    INSERT INTO team_outbox (revision_id, workshop_id, team_workshop_id, base_revision_id, service_id, copy_of, continues_from,
      title, cycle, date, format_version, document, carried, published_by_name, created_at)
    VALUES (@revisionId, @workshopId, @teamWorkshopId, @baseRevisionId, @serviceId, @copyOf, @continuesFrom,
      @title, @cycle, @date, @formatVersion, @document, @carried, @publishedByName, @createdAt)`)
  const removeEntry = db.prepare<[string]>('DELETE FROM team_outbox WHERE revision_id = ?')
  const removeEntriesOf = db.prepare<[string]>('DELETE FROM team_outbox WHERE workshop_id = ?')
  const failed = db.prepare<[string, string]>('UPDATE team_outbox SET attempts = attempts + 1, last_error = ? WHERE revision_id = ?')
  const refuseFrom = db.prepare<[string, number]>("UPDATE team_outbox SET state = 'refused' WHERE workshop_id = ? AND position >= ?")
  const retarget = db.prepare<[string, string, string]>("UPDATE team_outbox SET team_workshop_id = ?, copy_of = ?, state = 'waiting', attempts = 0, last_error = NULL WHERE workshop_id = ? AND state = 'refused'")
  const rebase = db.prepare<[string | null, string]>('UPDATE team_outbox SET base_revision_id = ? WHERE revision_id = ?')
  const setPrevious = db.prepare<[string | null, string]>('UPDATE workshops SET previous_workshop_id = ? WHERE id = ?')
  const nextCycles = db.prepare<[string], { id: string }>('SELECT id FROM workshops WHERE previous_workshop_id = ?')
  const setCarriedFrom = db.prepare<[string, string]>('UPDATE actions SET carried_from_id = ? WHERE id = ?')
  const carriedFromIn = db.prepare<[string], { id: string; carried_from_id: string }>(
    'SELECT a.id, a.carried_from_id FROM actions a JOIN actions source ON source.id = a.carried_from_id WHERE source.workshop_id = ?',
  )
  const rename = db.prepare<[string, string]>('UPDATE workshops SET title = ? WHERE id = ?')

  return {
    links: (): TeamLink[] => links.all().map(toLink),
    link: (workshopId: string): TeamLink | undefined => {
      const row = linkOf.get(workshopId)
      return row && toLink(row)
    },
    linkByTeam: (teamWorkshopId: string): TeamLink | undefined => {
      const row = linkByTeam.get(teamWorkshopId)
      return row && toLink(row)
    },
    setLink(link: TeamLink, at: string): void {
      upsertLink.run({ ...link, changed: link.changed ? 1 : 0, linkedAt: at })
    },
    unlink: (workshopId: string) => unlink.run(workshopId),
    markChanged: (workshopId: string, changed: boolean) => setChanged.run(changed ? 1 : 0, workshopId),
    /** A revision of a team workshop has landed on the server: its linked copy is that revision now. */
    landed: (teamWorkshopId: string, revisionId: string, number: number) => landed.run(revisionId, number, teamWorkshopId),
    outbox: (): OutboxEntry[] => outbox.all().map(toEntry),
    outboxOf: (workshopId: string): OutboxEntry[] => outboxOf.all(workshopId).map(toEntry),
    enqueue(entry: Omit<OutboxEntry, 'position' | 'state' | 'attempts' | 'lastError'>): void {
      insertEntry.run(entry)
    },
    sent: (revisionId: string) => removeEntry.run(revisionId),
    dropOutboxOf: (workshopId: string) => removeEntriesOf.run(workshopId),
    failed: (revisionId: string, message: string) => failed.run(message, revisionId),
    /** Someone published a newer revision first: this entry and the ones after it for the workshop wait for the facilitator's choice. */
    refuse: (workshopId: string, position: number) => refuseFrom.run(workshopId, position),
    /** "Publish mine as a separate copy": the refused entries go to a new team workshop. */
    retarget: (workshopId: string, teamWorkshopId: string, copyOf: string) => retarget.run(teamWorkshopId, copyOf, workshopId),
    rebase: (revisionId: string, baseRevisionId: string | null) => rebase.run(baseRevisionId, revisionId),
    setPreviousWorkshop: (workshopId: string, previousId: string | null) => setPrevious.run(previousId, workshopId),
    nextCycles: (workshopId: string): string[] => nextCycles.all(workshopId).map((row) => row.id),
    setCarriedFrom: (actionId: string, fromId: string) => setCarriedFrom.run(fromId, actionId),
    /** Actions elsewhere carried forward from this workshop's actions: id and the source action's id. */
    carriedFrom: (workshopId: string) => carriedFromIn.all(workshopId).map((row) => ({ id: row.id, from: row.carried_from_id })),
    rename: (workshopId: string, title: string) => rename.run(title, workshopId),
  }
}
