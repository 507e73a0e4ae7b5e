import { cleanText } from './clean'
import { RAG_WORDS, STATUS_WORDS, type Rag, type ReportModel, type TagRef } from './model'

/**
 * CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel reads “’” and “–” correctly),
 * CRLF line ends, every field quoted, control characters stripped as in the Word report, and
 * cells that a spreadsheet would run as a formula (starting with = + - @) prefixed with an
 * apostrophe so they stay text.
 */
export function toCsv(rows: ReadonlyArray<readonly string[]>): string {
  const cell = (value: string) => {
    const clean = cleanText(value)
    const safe = /^[=+\-@]/.test(clean) ? `'${clean}` : clean
    return `"${safe.replace(/"/g, '""')}"`
  }
  return `\uFEFF${rows.map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`
}

const tagList = (tags: readonly TagRef[]) => tags.map((tag) => (tag.shortName ? `${tag.code} ${tag.shortName}` : tag.code)).join('; ')
const ragWord = (rag: Rag | null) => (rag ? RAG_WORDS[rag].word : '')

export function gapsCsv(model: ReportModel): string {
  return toCsv([
    ['Gap', 'Detail', 'Key Principles and Recommendations', 'Raised by', 'EDIE'],
    ...(model.gaps ?? []).map((gap) => [gap.title, gap.detail, tagList(gap.links), gap.groups.join('; '), gap.edie ? 'Yes' : 'No']),
  ])
}

/** The action plan with its numbers and dates as ISO (2027-04-30), which spreadsheets read as dates. */
export function actionsCsv(model: ReportModel): string {
  const actions = (model.actions?.priorities ?? []).flatMap((priority) => priority.actions)
  return toCsv([
    ['Number', 'Priority', 'Key Principles and Recommendations', 'Action', 'Lead owner', 'By when (first agreed)', 'By when (now)', 'Overdue', 'Outcome sought', 'Update and evidence', 'Status'],
    ...actions.map((action) => [
      action.number,
      action.priority,
      tagList(action.links),
      action.action,
      action.lead,
      action.originalByWhenIso,
      action.byWhenIso,
      action.overdue ? 'Yes' : 'No',
      action.outcome,
      action.update,
      STATUS_WORDS[action.status].word,
    ]),
  ])
}

/**
 * The ratings: a row per Key Principle or Recommendation per cycle, with the room's rating, each
 * group's own (groups of this cycle) and the room's comment.
 */
export function ratingsCsv(model: ReportModel): string {
  const ratings = model.ratings
  const rows = ratings?.rows ?? []
  const groupNames = [...new Set(rows.flatMap((row) => row.groups.map((group) => group.group)))]
  const lines: string[][] = []
  for (const row of rows) {
    const name = `${row.tag.code} ${row.tag.shortName ?? row.tag.words}`
    if (ratings?.comparedWithCycle != null && row.previous !== null) {
      lines.push([name, String(ratings.comparedWithCycle), ragWord(row.previous), ...groupNames.map(() => ''), row.previousComment])
    }
    const byGroup = new Map(row.groups.map((group) => [group.group, group]))
    lines.push([name, String(model.cycle), ragWord(row.rating), ...groupNames.map((group) => ragWord(byGroup.get(group)?.rating ?? null)), row.comment])
  }
  return toCsv([['Key Principle or Recommendation', 'Cycle', 'Room rating', ...groupNames.map((group) => `${group} rating`), 'Comment'], ...lines])
}
