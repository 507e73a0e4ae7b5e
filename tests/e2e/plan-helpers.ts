import type { Page } from '@playwright/test'
import { callApi as planApi } from './fixtures'

export { planApi }

/** Two groups, three gaps they raised, two of them agreed as priorities. */
export async function seedPriorities(page: Page, workshopId: string) {
  const group = (name: string, roles: string[], headCount: number) => planApi<{ id: string }>(page, 'groups.add', { workshopId, details: { name, roles, headCount } })
  const carers = await group('Carers A', ['foster_carers'], 6)
  const staff = await group('Social workers', ['supervising_social_workers'], 4)
  const gap = (title: string, links: string[], groupIds: string[]) =>
    planApi<{ id: string }>(page, 'gaps.create', { workshopId, details: { title, detail: '', links, groupIds, sourceQuestionId: null, edie: false } })
  const peer = await gap('No peer support at weekends', ['KP3', 'R4'], [carers.id])
  const breaks = await gap('Short breaks are hard to arrange', ['KP1', 'R1'], [carers.id, staff.id])
  await gap('Training clashes with the school run', ['KP8'], [staff.id])
  await planApi(page, 'priorities.set', { workshopId, priorities: [{ gapId: peer.id, rationale: 'Most dots from carers' }, { gapId: breaks.id, rationale: '' }] })
}
