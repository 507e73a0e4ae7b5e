import type { Page } from '@playwright/test'
import { callApi as api } from './fixtures'

export { api }

/** A workshop with four groups (two of carers, two of professionals) and four gaps. */
export async function seedWorkshop(page: Page) {
  const workshop = await api<{ id: string }>(page, 'workshops.create', {
    title: 'Northvale carers’ forum', localArea: 'Northvale', date: '2026-11-23', venue: '', facilitators: '', cycle: 1, notes: '',
  })
  const groups: Array<{ id: string; name: string }> = []
  for (const [name, roles] of [['Carers A', ['foster_carers']], ['Carers B', ['foster_carers']], ['Social workers', ['supervising_social_workers']], ['Leaders', ['managers_leaders']]] as const) {
    groups.push(await api(page, 'groups.add', { workshopId: workshop.id, details: { name, roles, headCount: 5 } }))
  }
  const gaps: Array<{ id: string; title: string }> = []
  for (const title of ['Respite breaks', 'Out-of-hours support', 'Training on trauma', 'Peer mentoring']) {
    gaps.push(await api(page, 'gaps.create', { workshopId: workshop.id, details: { title, detail: '', links: ['KP2'], groupIds: [], sourceQuestionId: null, edie: false } }))
  }
  return { workshopId: workshop.id, groups, gaps }
}
