import type { Pack } from '../../../../shared/content/schema'
import type { Agenda } from '../../../../shared/domain/agenda'
import type { Group, Workshop } from '../../../../shared/domain/workshop'
import { together, useApi } from '../../api/queries'

export interface AssessData {
  pack: Pack
  groups: Group[]
  agenda: Agenda
}

/** What every Assess view needs: the workshop's own pack edition, its groups and its agenda. */
export function useAssessData(workshop: Workshop): { data?: AssessData; error?: string } {
  const { data, error } = together(useApi('packs.get', workshop.pack), useApi('groups.list', { workshopId: workshop.id }), useApi('agenda.get', { workshopId: workshop.id }))
  return data ? { data: { pack: data[0], groups: data[1], agenda: data[2] } } : { ...(error ? { error } : {}) }
}
