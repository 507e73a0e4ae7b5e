import { tagLabel } from '../content/load'
import type { Pack, TagId } from '../content/schema'
import { formatUkDate } from '../domain/dates'
import { GROUP_ROLE_LABELS, type Group, type Workshop } from '../domain/workshop'
import type { ReportModel, TagRef } from './model'
import type { ReportOptions } from './options'

/** Everything the report is made from: one workshop, read in one go. */
export interface ReportSource {
  workshop: Workshop
  groups: Group[]
  pack: Pack
}

/** A tag as the report shows it: its code, the pack's own words, and evidence strength for Recommendations. */
export function tagRef(pack: Pack, tag: TagId): TagRef {
  const principle = pack.keyPrinciples.find((kp) => kp.id === tag)
  if (principle) return { code: tag, words: principle.text }
  const recommendation = pack.recommendations.find((rec) => rec.id === tag)
  if (recommendation) return { code: tag, words: recommendation.text, evidence: recommendation.evidenceStrength }
  return { code: tag === 'ALL_RECS' ? 'ALL RECS' : tag, words: tagLabel(pack, tag) }
}

/** Names groups as the facilitator chose: their own names, or "Group 1", "Group 2"… in workshop order. */
export function groupNamer(groups: readonly Group[], includeNames: boolean): (groupId: string) => string {
  const names = new Map(groups.map((group, index) => [group.id, includeNames ? group.name : `Group ${index + 1}`]))
  return (groupId) => names.get(groupId) ?? 'A group since removed'
}

/** The report model for the sections the facilitator chose. */
export function buildReportModel(source: ReportSource, options: ReportOptions, producedOn: string): ReportModel {
  const { workshop, groups, pack } = source
  const include = new Set(options.sections)
  const nameOf = groupNamer(groups, options.includeGroupNames)
  const model: ReportModel = {
    title: workshop.title,
    localArea: workshop.localArea,
    date: formatUkDate(workshop.date),
    venue: workshop.venue,
    facilitators: workshop.facilitators,
    cycle: workshop.cycle,
    producedOn: formatUkDate(producedOn),
    source: {
      toolTitle: pack.title,
      publisher: pack.guide.publisher,
      guideTitle: pack.guide.title,
      guideUrl: pack.guide.url,
      attribution: pack.attribution,
    },
  }
  if (include.has('record')) {
    model.record = {
      groups: groups.map((group) => ({
        name: nameOf(group.id),
        roles: group.roles.map((role) => GROUP_ROLE_LABELS[role]).join(', '),
        headCount: group.headCount,
      })),
      notes: workshop.notes,
    }
  }
  return model
}
