import { useCallback, useEffect, useState } from 'react'
import type { Pack } from '../../../shared/content/schema'
import type { PlannedPriority } from '../../../shared/domain/plan/action'
import type { Group, Workshop } from '../../../shared/domain/workshop'
import { messageOf, request } from '../api/client'

export interface PlanData {
  pack: Pack
  groups: Group[]
  priorities: PlannedPriority[]
}

/** What the Plan, Do and Review steps all need: the workshop's pack edition, its groups and its plan. */
export function usePlanData(workshop: Workshop) {
  const [data, setData] = useState<PlanData>()
  const [error, setError] = useState<string>()
  const load = useCallback(async () => {
    try {
      const [pack, groups, priorities] = await Promise.all([
        request('packs.get', workshop.pack),
        request('groups.list', { workshopId: workshop.id }),
        request('plan.get', { workshopId: workshop.id }),
      ])
      setData({ pack, groups, priorities })
    } catch (failure) {
      setError(messageOf(failure))
    }
  }, [workshop.id, workshop.pack])
  useEffect(() => {
    void load()
  }, [load])
  return { data, error, reload: load }
}
