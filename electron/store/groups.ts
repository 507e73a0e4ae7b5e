import { groupRoleSchema, type Group, type GroupDetails } from '../../shared/domain/workshop'
import type { Db } from './sqlite'

interface GroupRow {
  id: string
  workshop_id: string
  name: string
  roles: string
  head_count: number
  position: number
}

/** Built once: a zod schema is costly to build, and every list of tables reads each table's roles. */
const ROLES = groupRoleSchema.array()

function toGroup(row: GroupRow): Group {
  return {
    id: row.id,
    workshopId: row.workshop_id,
    name: row.name,
    roles: ROLES.parse(JSON.parse(row.roles)),
    headCount: row.head_count,
    position: row.position,
  }
}

export type GroupsRepo = ReturnType<typeof groupsRepo>

export function groupsRepo(db: Db) {
  const selectOne = db.prepare<[string], GroupRow>('SELECT * FROM groups WHERE id = ?')
  const selectForWorkshop = db.prepare<[string], GroupRow>(
    'SELECT * FROM groups WHERE workshop_id = ? ORDER BY position, rowid',
  )
  const nextPosition = db.prepare<[string], { next: number }>(
    'SELECT COALESCE(MAX(position) + 1, 0) AS next FROM groups WHERE workshop_id = ?',
  )
  const insert = db.prepare(`
    INSERT INTO groups (id, workshop_id, name, roles, head_count, position)
    VALUES (@id, @workshopId, @name, @roles, @headCount, @position)`)
  const update = db.prepare('UPDATE groups SET name = @name, roles = @roles, head_count = @headCount WHERE id = @id')
  const setPosition = db.prepare<[number, string]>('UPDATE groups SET position = ? WHERE id = ?')
  const remove = db.prepare<[string]>('DELETE FROM groups WHERE id = ?')

  return {
    get(id: string): Group | undefined {
      const row = selectOne.get(id)
      return row && toGroup(row)
    },
    listForWorkshop(workshopId: string): Group[] {
      return selectForWorkshop.all(workshopId).map(toGroup)
    },
    insert(workshopId: string, id: string, details: GroupDetails): Group {
      const position = nextPosition.get(workshopId)?.next ?? 0
      insert.run({ id, workshopId, name: details.name, roles: JSON.stringify(details.roles), headCount: details.headCount, position })
      return { id, workshopId, position, ...details }
    },
    update(id: string, details: GroupDetails): boolean {
      return update.run({ id, name: details.name, roles: JSON.stringify(details.roles), headCount: details.headCount }).changes === 1
    },
    setPositions(order: readonly string[]): void {
      order.forEach((id, position) => setPosition.run(position, id))
    },
    delete(id: string): boolean {
      return remove.run(id).changes === 1
    },
  }
}
