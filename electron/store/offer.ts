import type { OfferDetails, OfferItem } from '../../shared/domain/offer'
import { guideTagSchema } from '../../shared/domain/links'
import type { Db } from './sqlite'

interface OfferRow {
  id: string
  workshop_id: string
  name: string
  kind: OfferItem['kind']
  delivered_by: string
  take_up: string
  notes: string
  created_at: string
  updated_at: string
}

export type OfferRepo = ReturnType<typeof offerRepo>

/** The current support offer: what the service offers foster carers today. */
export function offerRepo(db: Db) {
  const selectOne = db.prepare<[string], OfferRow>('SELECT * FROM offer_items WHERE id = ?')
  const selectAll = db.prepare<[string], OfferRow>('SELECT * FROM offer_items WHERE workshop_id = ? ORDER BY position, rowid')
  const selectLinks = db.prepare<[string], { tag: string }>('SELECT tag FROM offer_links WHERE offer_id = ? ORDER BY tag')
  const nextPosition = db.prepare<[string], { next: number }>('SELECT COALESCE(MAX(position) + 1, 0) AS next FROM offer_items WHERE workshop_id = ?')
  const insert = db.prepare(`
    INSERT INTO offer_items (id, workshop_id, name, kind, delivered_by, take_up, notes, position, created_at, updated_at)
    VALUES (@id, @workshopId, @name, @kind, @deliveredBy, @takeUp, @notes, @position, @now, @now)`)
  const update = db.prepare(`
    UPDATE offer_items SET name = @name, kind = @kind, delivered_by = @deliveredBy, take_up = @takeUp, notes = @notes, updated_at = @now
    WHERE id = @id`)
  const clearLinks = db.prepare<[string]>('DELETE FROM offer_links WHERE offer_id = ?')
  const insertLink = db.prepare<[string, string]>('INSERT INTO offer_links (offer_id, tag) VALUES (?, ?)')
  const remove = db.prepare<[string]>('DELETE FROM offer_items WHERE id = ?')

  const toItem = (row: OfferRow): OfferItem => ({
    id: row.id,
    workshopId: row.workshop_id,
    name: row.name,
    kind: row.kind,
    deliveredBy: row.delivered_by,
    takeUp: row.take_up,
    notes: row.notes,
    links: selectLinks.all(row.id).map((link) => guideTagSchema.parse(link.tag)),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  })
  const setLinks = (id: string, links: readonly string[]) => {
    clearLinks.run(id)
    for (const tag of links) insertLink.run(id, tag)
  }
  const fields = ({ name, kind, deliveredBy, takeUp, notes }: OfferDetails) => ({ name, kind, deliveredBy, takeUp, notes })

  return {
    get(id: string): OfferItem | undefined {
      const row = selectOne.get(id)
      return row && toItem(row)
    },
    list(workshopId: string): OfferItem[] {
      return selectAll.all(workshopId).map(toItem)
    },
    insert(workshopId: string, id: string, details: OfferDetails, now: string): void {
      insert.run({ id, workshopId, ...fields(details), position: nextPosition.get(workshopId)?.next ?? 0, now })
      setLinks(id, details.links)
    },
    update(id: string, details: OfferDetails, now: string): void {
      update.run({ id, ...fields(details), now })
      setLinks(id, details.links)
    },
    delete(id: string): boolean {
      return remove.run(id).changes === 1
    },
  }
}
