import type { Pack } from '../../../../shared/content/schema'
import type { Agenda } from '../../../../shared/domain/agenda'
import type { Group, Workshop } from '../../../../shared/domain/workshop'
import { useApi } from '../../api/queries'

export interface AssessData {
  pack: Pack
  groups: Group[]
  agenda: Agenda
}

/** What every Assess view needs: the workshop's own pack edition, its groups and its agenda. */
export function useAssessData(workshop: Workshop): { data?: AssessData; error?: string } {
  const pack = useApi('packs.get', workshop.pack)
  const groups = useApi('groups.list', { workshopId: workshop.id })
  const agenda = useApi('agenda.get', { workshopId: workshop.id })
  const failed = pack.error ?? groups.error ?? agenda.error
  if (failed) return { error: failed.message }
  return pack.data && groups.data && agenda.data ? { data: { pack: pack.data, groups: groups.data, agenda: agenda.data } } : {}
}
