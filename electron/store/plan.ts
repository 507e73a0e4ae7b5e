import { groupRoleSchema } from '../../shared/domain/workshop'
import { actionStatusSchema } from '../../shared/domain/plan/status'
import type { Action, ActionDetails, ActionUpdate, PriorityPlan } from '../../shared/domain/plan/action'
import type { YouSaidRow } from '../../shared/domain/plan/youSaid'
import type { Db } from './sqlite'

interface ActionRow {
  id: string
  workshop_id: string
  gap_id: string
  action: string
  lead: string
  by_when: string
  original_by_when: string
  outcome: string
  measure: string
  status: string
  position: number
  carried_from_id: string | null
  created_at: string
  updated_at: string
}

interface UpdateRow {
  id: string
  action_id: string
  date: string
  status: string
  text: string
  created_at: string
}

const toUpdate = (row: UpdateRow): ActionUpdate => ({
  id: row.id,
  date: row.date,
  status: actionStatusSchema.parse(row.status),
  text: row.text,
  createdAt: row.created_at,
})

export interface NewAction extends ActionDetails {
  id: string
  workshopId: string
  gapId: string
  originalByWhen: string
  carriedFromId: string | null
  createdAt: string
}

export type PlanRepo = ReturnType<typeof planRepo>

/** Plans, Task and Finish groups, actions with their update log, the You said table, and cycle links. */
export function planRepo(db: Db) {
  const selectPlan = db.prepare<[string, string], { aim: string; team_name: string; team_lead: string }>(
    'SELECT aim, team_name, team_lead FROM priority_plans WHERE workshop_id = ? AND gap_id = ?',
  )
  const selectMembers = db.prepare<[string, string], { role: string; name: string }>(
    'SELECT role, name FROM task_group_members WHERE workshop_id = ? AND gap_id = ? ORDER BY position',
  )
  const upsertPlan = db.prepare(`
    INSERT INTO priority_plans (workshop_id, gap_id, aim, team_name, team_lead, updated_at)
    VALUES (@workshopId, @gapId, @aim, @teamName, @teamLead, @now)
    ON CONFLICT (workshop_id, gap_id) DO UPDATE SET aim = @aim, team_name = @teamName, team_lead = @teamLead, updated_at = @now`)
  const clearMembers = db.prepare<[string, string]>('DELETE FROM task_group_members WHERE workshop_id = ? AND gap_id = ?')
  const insertMember = db.prepare('INSERT INTO task_group_members (workshop_id, gap_id, position, role, name) VALUES (?, ?, ?, ?, ?)')
  const deletePlan = db.prepare<[string, string]>('DELETE FROM priority_plans WHERE workshop_id = ? AND gap_id = ?')

  const selectAction = db.prepare<[string], ActionRow>('SELECT * FROM actions WHERE id = ?')
  const selectActions = db.prepare<[string], ActionRow>('SELECT * FROM actions WHERE workshop_id = ? ORDER BY gap_id, position, rowid')
  const selectUpdates = db.prepare<[string], UpdateRow>(
    'SELECT * FROM action_updates WHERE action_id = ? ORDER BY date DESC, created_at DESC, rowid DESC',
  )
  const nextPosition = db.prepare<[string, string], { next: number }>(
    'SELECT COALESCE(MAX(position) + 1, 0) AS next FROM actions WHERE workshop_id = ? AND gap_id = ?',
  )
  const insertAction = db.prepare(`
    INSERT INTO actions (id, workshop_id, gap_id, action, lead, by_when, original_by_when, outcome, measure, status, position, carried_from_id, created_at, updated_at)
    VALUES (@id, @workshopId, @gapId, @action, @lead, @byWhen, @originalByWhen, @outcome, @measure, @status, @position, @carriedFromId, @createdAt, @createdAt)`)
  const updateAction = db.prepare(`
    UPDATE actions SET action = @action, lead = @lead, by_when = @byWhen, outcome = @outcome, measure = @measure, status = @status, updated_at = @now
    WHERE id = @id`)
  const setStatus = db.prepare<[string, string, string]>('UPDATE actions SET status = ?, updated_at = ? WHERE id = ?')
  const deleteAction = db.prepare<[string]>('DELETE FROM actions WHERE id = ?')
  const deleteActionsOf = db.prepare<[string, string]>('DELETE FROM actions WHERE workshop_id = ? AND gap_id = ?')
  const countActionsOf = db.prepare<[string, string], { count: number }>('SELECT COUNT(*) AS count FROM actions WHERE workshop_id = ? AND gap_id = ?')
  const insertUpdate = db.prepare('INSERT INTO action_updates (id, action_id, date, status, text, created_at) VALUES (@id, @actionId, @date, @status, @text, @createdAt)')

  const selectYouSaid = db.prepare<[string], { theme: string; you_said: string; we_did: string; now_we_will: string }>(
    'SELECT theme, you_said, we_did, now_we_will FROM you_said_rows WHERE workshop_id = ? ORDER BY position',
  )
  const clearYouSaid = db.prepare<[string]>('DELETE FROM you_said_rows WHERE workshop_id = ?')
  const insertYouSaid = db.prepare('INSERT INTO you_said_rows (workshop_id, position, theme, you_said, we_did, now_we_will, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)')

  const selectLinks = db.prepare<[], { id: string; previous_workshop_id: string | null }>('SELECT id, previous_workshop_id FROM workshops')
  const selectPrevious = db.prepare<[string], { previous_workshop_id: string | null }>('SELECT previous_workshop_id FROM workshops WHERE id = ?')
  const setPrevious = db.prepare<[string, string]>('UPDATE workshops SET previous_workshop_id = ? WHERE id = ?')
  const selectOpen = db.prepare<[string], ActionRow & { workshop_title: string; gap_title: string }>(`
    SELECT a.*, w.title AS workshop_title, g.title AS gap_title FROM actions a
      JOIN workshops w ON w.id = a.workshop_id JOIN gaps g ON g.id = a.gap_id
    WHERE a.status <> 'complete' AND a.by_when < ?
      -- An action carried into a later cycle is followed up there, not twice.
      AND NOT EXISTS (SELECT 1 FROM actions later WHERE later.carried_from_id = a.id)
    ORDER BY a.by_when, w.title`)
  const selectRoomRatings = db.prepare<[string], { tag: string; rating: string | null }>('SELECT tag, rating FROM ratings WHERE workshop_id = ?')
  const copyRatings = db.prepare<[string, string, string]>(`
    INSERT INTO ratings (workshop_id, tag, rating, comment, updated_at)
    SELECT ?, tag, rating, comment, ? FROM ratings WHERE workshop_id = ?`)

  const toAction = (row: ActionRow): Action => ({
    id: row.id,
    workshopId: row.workshop_id,
    gapId: row.gap_id,
    action: row.action,
    lead: row.lead,
    byWhen: row.by_when,
    originalByWhen: row.original_by_when,
    outcome: row.outcome,
    measure: row.measure,
    status: actionStatusSchema.parse(row.status),
    position: row.position,
    carriedFromId: row.carried_from_id,
    updates: selectUpdates.all(row.id).map(toUpdate),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  })

  return {
    plan(workshopId: string, gapId: string): PriorityPlan {
      const row = selectPlan.get(workshopId, gapId)
      const members = selectMembers.all(workshopId, gapId).map((member) => ({ role: groupRoleSchema.parse(member.role), name: member.name }))
      return { aim: row?.aim ?? '', team: { name: row?.team_name ?? '', lead: row?.team_lead ?? '', members } }
    },
    savePlan(workshopId: string, gapId: string, plan: PriorityPlan, now: string): void {
      upsertPlan.run({ workshopId, gapId, aim: plan.aim, teamName: plan.team.name, teamLead: plan.team.lead, now })
      clearMembers.run(workshopId, gapId)
      plan.team.members.forEach((member, index) => insertMember.run(workshopId, gapId, index, member.role, member.name))
    },
    /** Removes the plan, its Task and Finish group and its actions (with their logs). */
    removePlan(workshopId: string, gapId: string): void {
      deleteActionsOf.run(workshopId, gapId)
      clearMembers.run(workshopId, gapId)
      deletePlan.run(workshopId, gapId)
    },
    /** How many actions a priority has: what goes with it if it is removed. */
    actionCount(workshopId: string, gapId: string): number {
      return countActionsOf.get(workshopId, gapId)!.count
    },
    action(id: string): Action | undefined {
      const row = selectAction.get(id)
      return row && toAction(row)
    },
    actions(workshopId: string): Action[] {
      return selectActions.all(workshopId).map(toAction)
    },
    insertAction(action: NewAction): void {
      insertAction.run({ ...action, position: nextPosition.get(action.workshopId, action.gapId)!.next })
    },
    updateAction(id: string, details: ActionDetails, now: string): void {
      updateAction.run({ id, ...details, now })
    },
    deleteAction(id: string): void {
      deleteAction.run(id)
    },
    logUpdate(actionId: string, update: ActionUpdate, now: string): void {
      insertUpdate.run({ actionId, ...update })
      setStatus.run(update.status, now, actionId)
    },
    youSaid(workshopId: string): YouSaidRow[] {
      return selectYouSaid.all(workshopId).map((row) => ({ theme: row.theme, youSaid: row.you_said, weDid: row.we_did, nowWeWill: row.now_we_will }))
    },
    saveYouSaid(workshopId: string, rows: readonly YouSaidRow[], now: string): void {
      clearYouSaid.run(workshopId)
      rows.forEach((row, index) => insertYouSaid.run(workshopId, index, row.theme, row.youSaid, row.weDid, row.nowWeWill, now))
    },
    cycleLinks(): Array<{ id: string; previousId: string | null }> {
      return selectLinks.all().map((row) => ({ id: row.id, previousId: row.previous_workshop_id }))
    },
    previousWorkshopId(workshopId: string): string | null {
      return selectPrevious.get(workshopId)?.previous_workshop_id ?? null
    },
    setPreviousWorkshop(workshopId: string, previousId: string): void {
      setPrevious.run(previousId, workshopId)
    },
    /** Actions not complete whose by-when is before `today`, across every workshop. */
    overdue(today: string): Array<Action & { workshopTitle: string; priorityTitle: string }> {
      return selectOpen.all(today).map((row) => ({ ...toAction(row), workshopTitle: row.workshop_title, priorityTitle: row.gap_title }))
    },
    roomRatings(workshopId: string): Array<{ tag: string; rating: string | null }> {
      return selectRoomRatings.all(workshopId)
    },
    copyRoomRatings(fromWorkshopId: string, toWorkshopId: string, now: string): void {
      copyRatings.run(toWorkshopId, now, fromWorkshopId)
    },
  }
}
