import { formatUkDate } from '../domain/dates'
import type { GuideTag } from '../domain/links'
import { coverage, uncovered } from '../domain/offer'
import { listInWords, plural } from '../domain/voting/words'
import type { ReportSource } from './build'
import { buildReportModel, tagRef } from './build'
import { cleanStrings } from './clean'
import type { EvidenceStrength, Finding, TagRef } from './model'
import { EVIDENCE_MEANINGS, EVIDENCE_WORDS } from './plainWords'

/** One of the Practice Guide's key questions for engaging senior leaders, answered from the record where it can be. */
export interface BriefingQuestion {
  question: string
  /** What the workshop's record says; null when it cannot answer, and the question stands as a question. */
  answer: string | null
  /** What an elected member might ask senior leaders. */
  ask: string
}

/**
 * A briefing for elected and lead members, at most two pages, in the shape of the Practice Guide's
 * summary for elected members: the priorities and why, progress since the last cycle, the Key
 * Principles and Recommendations they touch with evidence strength in words, and the four key questions.
 */
export interface BriefingModel {
  title: string
  workshop: string
  intro: string
  priorities: Array<{ position: number; title: string; why: string; links: TagRef[]; carriedFromCycle: number | null }>
  noPriorities: string | null
  progress: Finding[]
  /** The Key Principles and Recommendations the priorities touch, in the Guide's order; Recommendations with evidence in words. */
  guide: { principles: Array<{ code: string; name: string }>; recommendations: Array<{ code: string; name: string; evidence: string }> }
  questions: BriefingQuestion[]
  producedOn: string
  source: { guideTitle: string; guideUrl: string; publisher: string; toolTitle: string; reportTitle: string }
}

export const KEY_QUESTIONS = [
  'How evidence-based and informed is the local support offer for foster carers?',
  'How do we ensure that foster carers are able to make the most of the support offer?',
  'How do we work with other agencies to ensure foster carers get the help they need?',
  'How can we use this Practice Guide to deliver wider children’s social care reforms?',
] as const

const ragCount = (rows: ReadonlyArray<{ rating: string | null }>, rag: string) => rows.filter((row) => row.rating === rag).length

function ratedInWords(source: ReportSource, tags: readonly GuideTag[]): string[] {
  return tags.flatMap((tag) => {
    const room = source.ratings.find((rating) => rating.tag === tag && rating.groupId === null)
    if (!room?.rating) return []
    const name = tagRef(source.pack, tag).shortName ?? tag
    return [`${tag} (${name.charAt(0).toLowerCase()}${name.slice(1)}) ${room.rating}${room.comment ? `: “${room.comment.replace(/\.$/, '')}”` : ''}`]
  })
}

function offerAnswer(source: ReportSource, guideTags: readonly GuideTag[]): string | null {
  if (source.offer.length === 0) return null
  const evidenceBased = source.offer.filter((item) => item.kind === 'evidence_based')
  const recommendations = guideTags.filter((tag) => tag.startsWith('R'))
  const uncoveredRecs = uncovered(coverage(recommendations, source.offer))
  const roomRecs = source.ratings.filter((rating) => rating.groupId === null && rating.tag.startsWith('R'))
  return [
    `The offer recorded at the workshop has ${plural(source.offer.length, 'item')}: ${evidenceBased.length} evidence-based ${evidenceBased.length === 1 ? 'intervention' : 'interventions'} named in the Practice Guide${evidenceBased.length > 0 ? ` (${listInWords(evidenceBased.map((item) => item.name))})` : ''}, the rest developed locally.`,
    uncoveredRecs.length > 0
      ? `${plural(uncoveredRecs.length, 'of the Guide’s Recommendations has', 'of the Guide’s Recommendations have')} nothing in the offer: ${uncoveredRecs.join(', ')}.`
      : 'Every Recommendation has something in the offer.',
    roomRecs.length > 0 ? `Of the ${roomRecs.length} Recommendations the room rated, ${ragCount(roomRecs, 'red')} ${ragCount(roomRecs, 'red') === 1 ? 'is' : 'are'} red.` : '',
  ].filter(Boolean).join(' ')
}

function accessAnswer(source: ReportSource): string | null {
  const carers = source.review.voices.roles.find((row) => row.role === 'foster_carers')
  const rated = ratedInWords(source, ['KP4', 'KP6', 'KP7', 'KP8'])
  if (!carers?.groups && rated.length === 0) return null
  const people = source.groups.reduce((sum, group) => sum + group.headCount, 0)
  const edie = source.gaps.filter((gap) => gap.edie).length
  return [
    carers?.groups ? `Foster carers were ${carers.people} of the ${people} people at the workshop.` : 'No foster carers took part in this workshop.',
    rated.length > 0 ? `On support carers can use, the room rated ${listInWords(rated)}.` : '',
    edie > 0 ? `${plural(edie, 'gap', 'gaps')} raised ${edie === 1 ? 'is' : 'are'} about equality, diversity, inclusion and equity.` : '',
  ].filter(Boolean).join(' ')
}

function partnersAnswer(source: ReportSource): string | null {
  const partners = source.review.voices.roles.find((row) => row.role === 'partner_agencies')
  const rated = ratedInWords(source, ['KP1'])
  if (!partners?.groups && rated.length === 0) return null
  return [
    partners?.groups ? `Partner agencies were at ${plural(partners.groups, 'table')} (${plural(partners.people, 'person', 'people')}).` : 'No partner agencies took part in this workshop.',
    rated.length > 0 ? `The room rated ${rated[0]}.` : '',
  ].filter(Boolean).join(' ')
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)
const evidenceLine = (strength: EvidenceStrength) => `${capitalise(EVIDENCE_WORDS[strength])}: ${EVIDENCE_MEANINGS[strength]}.`

/** The briefing for elected and lead members, from the same record as the report; every string cleaned. */
export function buildBriefing(source: ReportSource, producedOn: string): BriefingModel {
  const report = buildReportModel(source, { sections: ['summary', 'review', 'priorities'], includeGroupNames: false }, producedOn)
  const guideTags = [...source.pack.keyPrinciples.map((kp) => kp.id), ...source.pack.recommendations.map((rec) => rec.id)] as GuideTag[]
  const priorities = report.priorities ?? []
  const touchedCodes = new Set(priorities.flatMap((priority) => priority.links.map((tag) => tag.code)))
  const touched = guideTags.filter((tag) => touchedCodes.has(tag)).map((tag) => tagRef(source.pack, tag))
  const [ratings, actions] = report.summary?.findings ?? []
  const area = source.workshop.localArea.trim()
  const people = source.groups.reduce((sum, group) => sum + group.headCount, 0)
  const who = source.groups.length > 0 ? `${people} ${people === 1 ? 'person' : 'people'} at ${plural(source.groups.length, 'table')}` : 'The room'
  const answers = [offerAnswer(source, guideTags), accessAnswer(source), partnersAnswer(source), null]
  const asks = [
    'Ask senior leaders how the offer was designed, which evidence-based programmes it includes, and how its take-up is monitored.',
    'Ask how carers get protected time, peer support and help to put training into practice, and how the offer reaches every carer.',
    'Ask how the corporate parenting partnership shares responsibility for support to foster families, with health, education and the voluntary sector.',
    'Ask how these priorities connect to the Children’s Social Care National Framework and the reforms to fostering.',
  ]
  return cleanStrings({
    title: `${area ? `${area}: ` : ''}support for foster carers`,
    workshop: `Briefing for elected and lead members from ${source.workshop.title}, ${formatUkDate(source.workshop.date)} (cycle ${source.workshop.cycle} of the Assess, Plan, Do, Review cycle)`,
    intro: `On ${formatUkDate(source.workshop.date)}, ${who === 'The room' ? 'the room' : who} (foster carers, supervising social workers, managers and partners) worked through Foundations’ ${source.pack.title}. This briefing gives the priorities they agreed and why, the progress since the last cycle, and the Practice Guide’s four key questions for engaging senior leaders, answered from the workshop’s record where it can be.`,
    priorities: priorities.map((priority) => ({ position: priority.position, title: priority.title, why: priority.rationale, links: priority.links, carriedFromCycle: priority.carriedFromCycle })),
    noPriorities: priorities.length === 0 ? 'The room has not agreed priorities yet.' : null,
    progress: [
      ...(ratings ? [{ label: 'Ratings', text: ratings.text }] : []),
      ...(report.review?.previousCycle ? [{ label: `Cycle ${report.review.previousCycle}’s actions`, text: report.review.actionsIntro.replace(/^What became of cycle \d+’s /, '').replace(/^./, (c) => c.toUpperCase()) }] : []),
      ...(actions ? [{ label: 'This cycle’s actions', text: actions.text }] : []),
    ],
    guide: {
      principles: touched.filter((tag) => !tag.evidence).map((tag) => ({ code: tag.code, name: tag.shortName ?? tag.words })),
      recommendations: touched.flatMap((tag) => (tag.evidence ? [{ code: tag.code, name: tag.shortName ?? tag.words, evidence: evidenceLine(tag.evidence) }] : [])),
    },
    questions: KEY_QUESTIONS.map((question, index) => ({ question, answer: answers[index] ?? null, ask: asks[index]! })),
    producedOn: formatUkDate(producedOn),
    source: { guideTitle: source.pack.guide.title, guideUrl: source.pack.guide.url, publisher: source.pack.guide.publisher, toolTitle: source.pack.title, reportTitle: `${source.workshop.title}: workshop report` },
  })
}
