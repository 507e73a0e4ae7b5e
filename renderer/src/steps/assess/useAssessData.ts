import { useCallback, useEffect, useState } from 'react'
import type { Pack } from '../../../../shared/content/schema'
import type { Agenda } from '../../../../shared/domain/agenda'
import type { Group, Workshop } from '../../../../shared/domain/workshop'
import { request } from '../../api/client'

export interface AssessData {
  pack: Pack
  groups: Group[]
  agenda: Agenda
}

/** What every Assess view needs: the workshop's own pack edition, its groups and its agenda. */
export function useAssessData(workshop: Workshop) {
  const [data, setData] = useState<AssessData>()
  const [error, setError] = useState<string>()
  const load = useCallback(async () => {
    try {
      const [pack, groups, agenda] = await Promise.all([
        request('packs.get', workshop.pack),
        request('groups.list', { workshopId: workshop.id }),
        request('agenda.get', { workshopId: workshop.id }),
      ])
      setData({ pack, groups, agenda })
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure))
    }
  }, [workshop.id, workshop.pack])
  useEffect(() => {
    void load()
  }, [load])
  const setAgenda = useCallback((agenda: Agenda) => setData((current) => current && { ...current, agenda }), [])
  return { data, error, reload: load, setAgenda }
}
