/**
 * The Word report as plain data: built from a workshop by pure functions, rendered to .docx
 * by electron/export. Keeping it pure means the content of the report is tested without Word.
 */
import { CHANGE_WORDS, ratingChange } from '../domain/plan/compare'
import { STATUS_WORDS, type ActionStatus } from '../domain/plan/status'

/** Action statuses are the Plan step's: one list of words and symbols for the screens and the report. */
export { STATUS_WORDS, type ActionStatus }

export type EvidenceStrength = 'strong' | 'good' | 'promising'
export type Rag = 'red' | 'amber' | 'green'

/** A Key Principle or Recommendation as the report names it. */
export interface TagRef {
  /** KP3, R2, ALL, ALL RECS, EDIE */
  code: string
  /** The principle's or recommendation's own words, or a plain description for ALL / EDIE. */
  words: string
  /** A few words for tight tables, e.g. "Facilitated peer support". */
  shortName?: string
  evidence?: EvidenceStrength
}

export interface ReportGroup {
  name: string
  roles: string
  headCount: number
}

export interface ReportPriority {
  position: number
  title: string
  links: TagRef[]
  rationale: string
}

export interface ReportRound {
  title: string
  /** The method in plain words, e.g. "Each group placed 3 dots on the gaps it would act on first." */
  method: string
  ballots: Array<{ group: string; ballot: string }>
  result: ReportStanding[]
  /** Ties named in sentences, e.g. "Respite and Peer support tie for second place." */
  ties: string[]
  /** Other counts of the same ballots (Borda beside Schulze), each with its own ties. */
  alsoCounted: Array<{ label: string; result: ReportStanding[]; ties: string[] }>
  consensus: string
}

export interface ReportStanding {
  place: string
  gap: string
  score: string
}

export interface ReportGap {
  title: string
  detail: string
  links: TagRef[]
  groups: string[]
  edie: boolean
}

export interface ReportRating {
  tag: TagRef
  rating: Rag | null
  previous: Rag | null
  comment: string
}

export interface ReportAction {
  priority: string
  action: string
  lead: string
  byWhen: string
  outcome: string
  update: string
  status: ActionStatus
}

export interface ReportYouSaid {
  youSaid: string
  weDid: string
  nowWeWill: string
}

export interface ReportQuestionNotes {
  question: string
  tags: TagRef[]
  notes: Array<{ group: string; text: string }>
}

export interface ReportModel {
  title: string
  localArea: string
  /** Already in UK style: 23 November 2026. */
  date: string
  venue: string
  facilitators: string
  cycle: number
  /** The date the report was produced, UK style. */
  producedOn: string
  source: { toolTitle: string; publisher: string; guideTitle: string; guideUrl: string; attribution: string }
  /** Each section is present only when the facilitator chose to include it. */
  record?: { groups: ReportGroup[]; notes: string }
  priorities?: ReportPriority[]
  decisions?: ReportRound[]
  gaps?: ReportGap[]
  ratings?: { comparedWithCycle: number | null; rows: ReportRating[] }
  actions?: ReportAction[]
  youSaid?: ReportYouSaid[]
  notes?: ReportQuestionNotes[]
}

export const RAG_WORDS: Record<Rag, { word: string; symbol: string }> = {
  green: { word: 'Green', symbol: '●' },
  amber: { word: 'Amber', symbol: '▲' },
  red: { word: 'Red', symbol: '■' },
}

/** Better, same or worse since the last cycle; null when either rating is missing. */
export function ragChange(previous: Rag | null, current: Rag | null): 'Better' | 'Same' | 'Worse' | null {
  const change = ratingChange(previous, current)
  return change === null ? null : CHANGE_WORDS[change].word
}

/** `<workshop title> - <date>.docx`, with characters Windows and macOS refuse in file names removed. */
export function reportFileName(title: string, date: string, extension = 'docx'): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what a file name must not contain
  const safe = `${title} - ${date}`.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '').replace(/\s+/g, ' ').trim().slice(0, 180)
  return `${safe || 'Workshop report'}.${extension}`
}
