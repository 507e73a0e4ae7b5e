import type { Page } from '@playwright/test'

/** Calls the app's API from the page, with the tab's own token, to set up what a test is not about. */
export async function api<T = unknown>(page: Page, name: string, input: unknown): Promise<T> {
  const answer = await page.evaluate(
    async ([callName, body]) => {
      const response = await fetch(`/api/${callName}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-common-ground-token': sessionStorage.getItem('common-ground-token') ?? '' },
        body: JSON.stringify(body),
      })
      return (await response.json()) as { ok: boolean; value?: unknown; error?: { message: string } }
    },
    [name, input] as const,
  )
  if (!answer.ok) throw new Error(`${name}: ${answer.error?.message}`)
  return answer.value as T
}

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
