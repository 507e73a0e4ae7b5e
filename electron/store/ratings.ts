import type { Rating } from '../../shared/domain/ratings'
import { guideTagSchema } from '../../shared/domain/links'
import { ragSchema } from '../../shared/domain/ratings'
import type { Db } from './sqlite'

interface RatingRow {
  tag: string
  group_id: string | null
  rating: string | null
  comment: string
  updated_at: string
}

const toRating = (row: RatingRow): Rating => ({
  tag: guideTagSchema.parse(row.tag),
  groupId: row.group_id,
  rating: row.rating === null ? null : ragSchema.parse(row.rating),
  comment: row.comment,
  updatedAt: row.updated_at,
})

export type RatingsRepo = ReturnType<typeof ratingsRepo>

/** Baseline ratings: the room's agreed one per KP / Recommendation, and optional ones per group. */
export function ratingsRepo(db: Db) {
  const selectAll = db.prepare<[string, string], RatingRow>(`
    SELECT tag, NULL AS group_id, rating, comment, updated_at FROM ratings WHERE workshop_id = ?
    UNION ALL
    SELECT r.tag, r.group_id, r.rating, r.comment, r.updated_at FROM group_ratings r
      JOIN groups g ON g.id = r.group_id WHERE r.workshop_id = ?
    ORDER BY tag, group_id`)
  const upsertRoom = db.prepare(`
    INSERT INTO ratings (workshop_id, tag, rating, comment, updated_at) VALUES (@workshopId, @tag, @rating, @comment, @now)
    ON CONFLICT (workshop_id, tag) DO UPDATE SET rating = @rating, comment = @comment, updated_at = @now`)
  const upsertGroup = db.prepare(`
    INSERT INTO group_ratings (workshop_id, tag, group_id, rating, comment, updated_at) VALUES (@workshopId, @tag, @groupId, @rating, @comment, @now)
    ON CONFLICT (workshop_id, tag, group_id) DO UPDATE SET rating = @rating, comment = @comment, updated_at = @now`)

  return {
    list(workshopId: string): Rating[] {
      return selectAll.all(workshopId, workshopId).map(toRating)
    },
    put(workshopId: string, rating: Rating): void {
      const row = { workshopId, tag: rating.tag, rating: rating.rating, comment: rating.comment, now: rating.updatedAt }
      if (rating.groupId === null) upsertRoom.run(row)
      else upsertGroup.run({ ...row, groupId: rating.groupId })
    },
  }
}
