/**
 * The Word report as plain data: built from a workshop by pure functions, rendered to .docx
 * by electron/export. Keeping it pure means the content of the report is tested without Word.
 * Every section that has nothing to show carries a sentence saying so, never an empty table.
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

/** A heading word and its sentence: how the summary and the review say what they found. */
export interface Finding {
  label: string
  text: string
}

export interface ReportSummary {
  priorities: Array<{ position: number; title: string; carriedFromCycle: number | null }>
  /** Said instead of the list when the room has agreed none. */
  noPriorities: string | null
  findings: Finding[]
}

/** A term a lay reader may not know, with its meaning in one or two sentences. */
export interface PlainWord {
  term: string
  meaning: string
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
  /** The cycle it was carried forward from, when it was not agreed afresh in this one. */
  carriedFromCycle: number | null
}

export interface ReportStanding {
  place: string
  gap: string
  score: string
}

export interface ReportRound {
  /** "Round 2: ranked ballot, counted by the Schulze method" */
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
  previousComment: string
  /** Each group's own rating, where groups rated it, in workshop order. */
  groups: Array<{ group: string; rating: Rag | null; comment: string }>
}

export interface ReportOffer {
  /** How many items, of which kinds; or that no offer was recorded. */
  intro: string
  items: Array<{ name: string; kind: string; deliveredBy: string; takeUp: string; notes: string; links: TagRef[] }>
  /** Which Key Principles and Recommendations have nothing mapped, in a sentence. */
  coverage: string
  uncovered: TagRef[]
}

export interface ReportTurnout {
  role: string
  groups: number
  people: number
  lastGroups: number | null
  lastPeople: number | null
}

export interface ReportPastAction {
  priority: string
  action: string
  /** Completed, Slipped, Dropped, Carried forward on time */
  outcome: string
  status: ActionStatus
  /** "Due 31 March 2026" or "Was due 31 January 2026, now 31 January 2027" */
  dates: string
}

export interface ReportReview {
  previousCycle: number | null
  /** Which cycle this follows, or that it is the first. */
  intro: string
  turnout: ReportTurnout[]
  /** Sentences on whose voice is missing: roles absent or fewer, groups new and not back, EDIE questions. */
  voices: string[]
  edieNotDiscussed: string[]
  actionsIntro: string
  actions: ReportPastAction[]
}

export interface ReportAction {
  /** 1.1, 1.2 … : the priority's number, then the action's place under it. */
  number: string
  priority: string
  priorityNumber: number
  links: TagRef[]
  action: string
  lead: string
  /** UK style, and ISO for spreadsheets. */
  byWhen: string
  byWhenIso: string
  originalByWhenIso: string
  /** "Was due 31 January 2026, now 31 January 2027" when the date moved; empty otherwise. */
  moved: string
  /** "Overdue: due 31 October 2026" when the date has passed and it is not complete; empty otherwise. */
  overdue: string
  outcome: string
  update: string
  status: ActionStatus
}

export interface ReportActionGroup {
  number: number
  title: string
  aim: string
  team: string
  links: TagRef[]
  carriedFromCycle: number | null
  actions: ReportAction[]
  /** Said in place of the table when the priority has no actions yet. */
  noActions: string | null
}

export interface ReportActionPlan {
  intro: string
  statusKey: Array<{ status: ActionStatus; word: string; symbol: string; meaning: string; rag: Rag | null }>
  priorities: ReportActionGroup[]
}

export interface ReportYouSaid {
  youSaid: string
  weDid: string
  nowWeWill: string
}

export interface ReportYouSaidTheme {
  theme: string
  rows: ReportYouSaid[]
}

export interface ReportQuestionNotes {
  /** The Reflective Tool's section the question is in, e.g. "Knowing your foster carers". */
  section: string
  question: string
  tags: TagRef[]
  notes: Array<{ group: string; lines: string[] }>
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
  /** Terms used in this report, explained; always present. */
  plainWords: PlainWord[]
  /** Each section below is present only when the facilitator chose to include it. */
  summary?: ReportSummary
  review?: ReportReview
  priorities?: ReportPriority[]
  decisions?: ReportRound[]
  ratings?: { comparedWithCycle: number | null; rows: ReportRating[] }
  offer?: ReportOffer
  record?: { groups: ReportGroup[]; notes: string }
  actions?: ReportActionPlan
  youSaid?: ReportYouSaidTheme[]
  gaps?: ReportGap[]
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
  const safe = `${title} - ${date}`.replace(/[\\/:*?"<>|\u0000-\u001f\u007f-\u009f]/g, '').replace(/\s+/g, ' ').trim().slice(0, 180)
  return `${safe || 'Workshop report'}.${extension}`
}
