import { Document, Packer, Paragraph, TextRun } from 'docx'
import { ACTION_STATUSES, STATUS_WORDS } from '../../shared/domain/plan/status'
import type { TagRef } from '../../shared/report/model'
import type { PartnershipPage } from '../../shared/report/partnership'
import { withCoreLanguage } from './package'
import { heading, intro, para, table, tagCell } from './parts'
import { pageSection } from './docx'
import { PORTRAIT_WIDTH, STYLES } from './styles'

/**
 * Across the partnership, one page: per Key Principle and Recommendation, how many member services
 * prioritise it in their latest cycle and how the actions under those priorities stand. Built from
 * the summaries only (never notes, group names or ballots).
 */
export function buildPartnershipDocument(page: PartnershipPage, tagRefs: ReadonlyMap<string, TagRef>): Document {
  const rows = page.byTag.map((row) => [
    tagCell([tagRefs.get(row.tag) ?? { code: row.tag, words: row.tag }], true),
    `${row.services.length} of ${page.serviceCount}\n${row.services.join(', ')}`,
    ACTION_STATUSES.filter((status) => row.actions[status] > 0).map((status) => `${STATUS_WORDS[status].symbol} ${STATUS_WORDS[status].word}: ${row.actions[status]}`).join('\n') || 'No actions yet',
  ])
  const children = [
    heading(`Across the partnership: ${page.title}`, 1),
    intro(`${page.serviceCount === 1 ? '1 service' : `${page.serviceCount} services`} with a published cycle, as at ${page.asAt}. Each service's most recent cycle counts once for each Key Principle or Recommendation its priorities touch.`),
    rows.length > 0 ? table(['Key Principle or Recommendation', 'Services prioritising it', 'Their actions'], [4, 3, 3], rows, PORTRAIT_WIDTH) : para('No service has agreed priorities linked to a Key Principle or Recommendation yet.'),
    new Paragraph({ style: 'FooterText', children: [new TextRun('From the team library’s summaries: priorities, their Key Principles and Recommendations, and action status counts. No notes, group names or ballots.')] }),
  ]
  return new Document({
    creator: 'Common Ground',
    lastModifiedBy: 'Common Ground',
    title: `Across the partnership: ${page.title}`,
    styles: STYLES,
    sections: [pageSection(children, undefined)],
  })
}

export async function renderPartnershipPage(page: PartnershipPage, tagRefs: ReadonlyMap<string, TagRef>): Promise<Buffer> {
  return withCoreLanguage(await Packer.toBuffer(buildPartnershipDocument(page, tagRefs)), 'en-GB')
}
