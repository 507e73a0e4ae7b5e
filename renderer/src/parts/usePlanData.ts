import type { Pack } from '../../../shared/content/schema'
import type { PlannedPriority } from '../../../shared/domain/plan/action'
import type { Group, Workshop } from '../../../shared/domain/workshop'
import { useApi } from '../api/queries'

export interface PlanData {
  pack: Pack
  groups: Group[]
  priorities: PlannedPriority[]
}

/** What the Plan, Do and Review steps all need: the workshop's pack edition, its groups and its plan. */
export function usePlanData(workshop: Workshop): { data?: PlanData; error?: string } {
  const pack = useApi('packs.get', workshop.pack)
  const groups = useApi('groups.list', { workshopId: workshop.id })
  const plan = useApi('plan.get', { workshopId: workshop.id })
  const failed = pack.error ?? groups.error ?? plan.error
  if (failed) return { error: failed.message }
  return pack.data && groups.data && plan.data ? { data: { pack: pack.data, groups: groups.data, priorities: plan.data } } : {}
}
