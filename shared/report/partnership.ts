import { ACTION_STATUSES } from '../domain/plan/status'
import { GUIDE_TAGS, type GuideTag } from '../domain/links'
import type { PartnershipCycle, PartnershipSummary, StatusCounts } from '../api/team'

export const noActions = (): StatusCounts => Object.fromEntries(ACTION_STATUSES.map((status) => [status, 0])) as StatusCounts

export function addCounts(into: StatusCounts, more: StatusCounts): StatusCounts {
  for (const status of ACTION_STATUSES) into[status] += more[status]
  return into
}

/**
 * Across the partnership, per Key Principle and Recommendation (in the Guide's order): which services'
 * most recent cycle prioritises it, and how the actions under those priorities stand. A service counts
 * once however many of its priorities touch the same one.
 */
export function summariseByTag(cycles: readonly PartnershipCycle[]): PartnershipSummary['byTag'] {
  const byTag = new Map<GuideTag, { services: Set<string>; actions: StatusCounts }>()
  for (const cycle of cycles.filter((one) => one.latest)) {
    for (const priority of cycle.priorities) {
      for (const tag of new Set(priority.tags)) {
        const entry = byTag.get(tag) ?? { services: new Set<string>(), actions: noActions() }
        entry.services.add(cycle.service)
        addCounts(entry.actions, priority.actions)
        byTag.set(tag, entry)
      }
    }
  }
  return GUIDE_TAGS.filter((tag) => byTag.has(tag)).map((tag) => {
    const entry = byTag.get(tag)!
    return { tag, services: [...entry.services].sort((a, b) => a.localeCompare(b, 'en-GB')), actions: entry.actions }
  })
}

export const actionTotal = (counts: StatusCounts): number => ACTION_STATUSES.reduce((sum, status) => sum + counts[status], 0)

/** What the Word page says (electron/export/partnership.ts). */
export interface PartnershipPage {
  title: string
  asAt: string
  serviceCount: number
  byTag: PartnershipSummary['byTag']
}

export function partnershipPage(summary: PartnershipSummary, asAt: string): PartnershipPage {
  const names = summary.partnerships.length > 0 ? new Intl.ListFormat('en-GB').format(summary.partnerships) : 'your services'
  return { title: names, asAt, serviceCount: new Set(summary.cycles.map((cycle) => cycle.service)).size, byTag: summary.byTag }
}
