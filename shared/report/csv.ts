import { STATUS_WORDS, type ReportModel } from './model'

/**
 * CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel reads “’” and “–” correctly),
 * CRLF line ends, every field quoted, and cells that a spreadsheet would run as a formula
 * (starting with = + - @) prefixed with an apostrophe so they stay text.
 */
export function toCsv(rows: ReadonlyArray<readonly string[]>): string {
  const cell = (value: string) => {
    const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
    return `"${safe.replace(/"/g, '""')}"`
  }
  return `\uFEFF${rows.map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`
}

const tagList = (tags: ReadonlyArray<{ code: string; shortName?: string }>) => tags.map((tag) => (tag.shortName ? `${tag.code} ${tag.shortName}` : tag.code)).join('; ')

export function gapsCsv(model: ReportModel): string {
  return toCsv([
    ['Gap', 'Detail', 'Key Principles and Recommendations', 'Raised by', 'EDIE'],
    ...(model.gaps ?? []).map((gap) => [gap.title, gap.detail, tagList(gap.links), gap.groups.join('; '), gap.edie ? 'Yes' : 'No']),
  ])
}

export function actionsCsv(model: ReportModel): string {
  return toCsv([
    ['Priority', 'Action', 'Lead owner', 'By when', 'Outcome sought', 'Update and evidence', 'Status'],
    ...(model.actions ?? []).map((action) => [action.priority, action.action, action.lead, action.byWhen, action.outcome, action.update, STATUS_WORDS[action.status].word]),
  ])
}
