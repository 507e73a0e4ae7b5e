import type { Gap, GapDetails } from '../../shared/domain/gaps'
import { guideTagSchema, sortGuideTags } from '../../shared/domain/links'
import type { Db } from './sqlite'

interface GapRow {
  id: string
  workshop_id: string
  title: string
  detail: string
  source_question_id: string | null
  edie: number
  created_at: string
  updated_at: string
  deleted_at: string | null
  merged_into: string | null
}

export type StoredGap = Gap & { deletedAt: string | null; mergedInto: string | null }
export type GapsRepo = ReturnType<typeof gapsRepo>

/**
 * Gaps are soft-deleted only: later steps (voting, priorities, actions) reference them by id,
 * and undo of delete or merge is clearing deleted_at again.
 */
export function gapsRepo(db: Db) {
  const selectOne = db.prepare<[string], GapRow>('SELECT * FROM gaps WHERE id = ?')
  const selectLive = db.prepare<[string], GapRow>('SELECT * FROM gaps WHERE workshop_id = ? AND deleted_at IS NULL ORDER BY created_at, rowid')
  const selectLinks = db.prepare<[string], { tag: string }>('SELECT tag FROM gap_links WHERE gap_id = ?')
  // Groups in the workshop's order, so "raised by" reads like the room.
  const selectGroups = db.prepare<[string], { group_id: string }>(
    'SELECT gg.group_id FROM gap_groups gg JOIN groups g ON g.id = gg.group_id WHERE gg.gap_id = ? ORDER BY g.position, g.rowid',
  )
  const selectMergedFrom = db.prepare<[string], { id: string }>('SELECT id FROM gaps WHERE merged_into = ? ORDER BY created_at, rowid')
  const insert = db.prepare(`
    INSERT INTO gaps (id, workshop_id, title, detail, source_question_id, edie, created_at, updated_at)
    VALUES (@id, @workshopId, @title, @detail, @sourceQuestionId, @edie, @now, @now)`)
  const update = db.prepare(`
    UPDATE gaps SET title = @title, detail = @detail, source_question_id = @sourceQuestionId, edie = @edie, updated_at = @now WHERE id = @id`)
  const clearLinks = db.prepare<[string]>('DELETE FROM gap_links WHERE gap_id = ?')
  const insertLink = db.prepare<[string, string]>('INSERT INTO gap_links (gap_id, tag) VALUES (?, ?)')
  const clearGroups = db.prepare<[string]>('DELETE FROM gap_groups WHERE gap_id = ?')
  const insertGroup = db.prepare<[string, string]>('INSERT INTO gap_groups (gap_id, group_id) VALUES (?, ?)')
  const setDeleted = db.prepare<[string | null, string | null, string]>('UPDATE gaps SET deleted_at = ?, merged_into = ? WHERE id = ?')

  const toGap = (row: GapRow): StoredGap => ({
    id: row.id,
    workshopId: row.workshop_id,
    title: row.title,
    detail: row.detail,
    links: sortGuideTags(selectLinks.all(row.id).map((link) => guideTagSchema.parse(link.tag))),
    groupIds: selectGroups.all(row.id).map((group) => group.group_id),
    sourceQuestionId: row.source_question_id,
    edie: row.edie === 1,
    mergedFrom: selectMergedFrom.all(row.id).map((gap) => gap.id),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
    mergedInto: row.merged_into,
  })
  const setRelations = (id: string, details: GapDetails) => {
    clearLinks.run(id)
    for (const tag of details.links) insertLink.run(id, tag)
    clearGroups.run(id)
    for (const groupId of details.groupIds) insertGroup.run(id, groupId)
  }
  const fields = (details: GapDetails) => ({
    title: details.title,
    detail: details.detail,
    sourceQuestionId: details.sourceQuestionId,
    edie: details.edie ? 1 : 0,
  })

  return {
    /** Any gap, deleted or merged ones included. */
    get(id: string): StoredGap | undefined {
      const row = selectOne.get(id)
      return row && toGap(row)
    },
    listLive(workshopId: string): StoredGap[] {
      return selectLive.all(workshopId).map(toGap)
    },
    insert(workshopId: string, id: string, details: GapDetails, now: string): void {
      insert.run({ id, workshopId, ...fields(details), now })
      setRelations(id, details)
    },
    update(id: string, details: GapDetails, now: string): void {
      update.run({ id, ...fields(details), now })
      setRelations(id, details)
    },
    markDeleted(id: string, at: string, mergedInto: string | null = null): void {
      setDeleted.run(at, mergedInto, id)
    },
    restore(id: string): void {
      setDeleted.run(null, null, id)
    },
  }
}
