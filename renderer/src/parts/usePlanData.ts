import type { Pack } from '../../../shared/content/schema'
import type { PlannedPriority } from '../../../shared/domain/plan/action'
import type { Group, Workshop } from '../../../shared/domain/workshop'
import { together, useApi } from '../api/queries'

export interface PlanData {
  pack: Pack
  groups: Group[]
  priorities: PlannedPriority[]
}

/** What the Plan, Do and Review steps all need: the workshop's pack edition, its groups and its plan. */
export function usePlanData(workshop: Workshop): { data?: PlanData; error?: string } {
  const { data, error } = together(useApi('packs.get', workshop.pack), useApi('groups.list', { workshopId: workshop.id }), useApi('plan.get', { workshopId: workshop.id }))
  return data ? { data: { pack: data[0], groups: data[1], priorities: data[2] } } : { ...(error ? { error } : {}) }
}
