import { AlignmentType, Document, Footer, PageNumber, PageOrientation, Packer, Paragraph, SimpleField, TextRun, type ISectionOptions } from 'docx'
import { estimatePageNumbers } from 'docx/layout'
import type { ReportModel } from '../../shared/report/model'
import { appendices } from './appendix'
import { decisionsSection, offerSection, prioritiesSection, ratingsSection, recordSection, reviewSection } from './body'
import { contentsPage, coverPage, plainWordsSection } from './front'
import { withCoreLanguage } from './package'
import type { Block } from './parts'
import { balancedActionPlan } from './balance'
import { youSaidSection } from './plan'
import { A4, CM, MARGIN, STYLES } from './styles'

/**
 * The page number as a field with a number already in it, so a viewer that does not update fields
 * still shows one; Word and LibreOffice work out each page's own. The count of pages is written by
 * the layout estimate (docx/layout).
 */
function footer(title: string, publisher: string, toolTitle: string, firstNumber: number): Footer {
  return new Footer({
    children: [
      new Paragraph({
        style: 'FooterText',
        alignment: AlignmentType.CENTER,
        children: [new TextRun(`${title} · Page `), new SimpleField('PAGE', String(firstNumber)), new TextRun(' of '), new TextRun({ children: [PageNumber.TOTAL_PAGES] })],
      }),
      new Paragraph({ style: 'FooterText', alignment: AlignmentType.CENTER, children: [new TextRun(`Reflective questions, Key Principles and Recommendations: ${publisher}, ${toolTitle}.`)] }),
    ],
  })
}

/** An empty first-page footer: the cover carries none. */
const noFooter = () => new Footer({ children: [new Paragraph({ style: 'FooterText', children: [] })] })

export function pageSection(children: Block[], footers: ISectionOptions['footers'], options: { landscape?: boolean; titlePage?: boolean; margin?: number } = {}): ISectionOptions {
  const side = options.margin === undefined ? MARGIN : Math.round(options.margin * CM)
  return {
    properties: {
      ...(options.titlePage ? { titlePage: true } : {}),
      page: {
        // docx swaps width and height itself for landscape: give portrait dimensions and the orientation.
        size: options.landscape ? { width: A4.short, height: A4.long, orientation: PageOrientation.LANDSCAPE } : { width: A4.short, height: A4.long },
        // Landscape pages are short: a narrower top and bottom leaves room for a priority and its actions together.
        margin: options.landscape ? { top: 1.5 * CM, bottom: 1.5 * CM, left: side, right: side } : { top: side, bottom: side, left: side, right: side },
      },
    },
    ...(footers ? { footers } : {}),
    children,
  }
}

/** The report as a docx Document: page 1 (title and summary), contents, body, landscape action plan, appendices. */
export function buildReportDocument(model: ReportModel): Document {
  const pageFooter = footer(model.title, model.source.publisher, model.source.toolTitle, 2)
  const opening = [
    ...coverPage(model),
    ...contentsPage(model),
    ...plainWordsSection(model),
    ...reviewSection(model),
    ...prioritiesSection(model),
    ...decisionsSection(model),
    ...ratingsSection(model),
    ...offerSection(model),
    ...recordSection(model),
  ]
  const sections: ISectionOptions[] = [pageSection(opening, { default: pageFooter, first: noFooter() }, { titlePage: true })]
  const actions = balancedActionPlan(model, (children) => pageSection(children, { default: pageFooter }, { landscape: true }), STYLES)
  if (actions.length > 0) sections.push(pageSection(actions, { default: pageFooter }, { landscape: true }))
  const closing = [...youSaidSection(model), ...appendices(model)]
  if (closing.length > 0) sections.push(pageSection(closing, { default: pageFooter }))
  return new Document({
    creator: 'Common Ground',
    lastModifiedBy: 'Common Ground',
    title: `${model.title}: workshop report`,
    subject: `Co-production workshop report, cycle ${model.cycle}: ${model.source.guideTitle}`,
    description: `Workshop report for ${model.title}, ${model.date}`,
    keywords: `${model.source.guideTitle}; ${model.source.toolTitle}; foster carers; co-production`,
    pageNumbers: estimatePageNumbers,
    styles: STYLES,
    sections,
  })
}

export async function renderReport(model: ReportModel): Promise<Buffer> {
  return withCoreLanguage(await Packer.toBuffer(buildReportDocument(model)), 'en-GB')
}
