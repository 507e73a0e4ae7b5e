import { AlignmentType, Document, Footer, LineRuleType, PageNumber, Packer, Paragraph, SimpleField, TextRun } from 'docx'
import { estimatePageNumbers, layoutDocument } from 'docx/layout'
import type { BriefingModel } from '../../shared/report/briefing'
import { pageSection } from './docx'
import { carriedNote } from './front'
import { withCoreLanguage } from './package'
import { heading, labelled, link, para, runs, table, tagLine, type Block } from './parts'
import { A4, CM, STYLES } from './styles'

/** A little narrower margins than the report's, so two pages hold it. */
const MARGIN_CM = 1.8
const WIDTH = A4.short - 2 * Math.round(MARGIN_CM * CM)

/** How much the briefing leaves out to stay within two pages: 0 nothing; 1 the per-priority links; 2 also reasons beyond their first sentence. */
type Brevity = 0 | 1 | 2

const firstSentence = (text: string) => /^.*?[.!?](\s|$)/.exec(text)?.[0].trim() ?? text

function body(model: BriefingModel, brevity: Brevity): Block[] {
  const out: Block[] = [
    new Paragraph({ style: 'BriefingTitle', children: [new TextRun(model.title)] }),
    para(model.workshop, { style: 'BriefingSubtitle' }),
    para(model.intro),
    heading('The priorities and why', 1),
  ]
  if (model.noPriorities) out.push(para(model.noPriorities))
  for (const priority of model.priorities) {
    out.push(para([new TextRun({ text: `${priority.position}. ${priority.title}${carriedNote(priority.carriedFromCycle)}`, bold: true })], { style: 'PlanFact', keepNext: true }))
    if (priority.why) out.push(para(brevity >= 2 ? firstSentence(priority.why) : priority.why, { style: brevity >= 1 ? 'BriefingPoint' : 'PlanFact', keepNext: brevity === 0 }))
    const tags = priority.links.flatMap((tag, index) => [...(index > 0 ? [{ text: '; ' }] : []), ...tagLine(tag, true)])
    if (tags.length > 0 && brevity === 0) out.push(para([new TextRun('Touches '), ...runs(tags)], { style: 'BriefingNote' }))
  }
  out.push(heading('Progress since the last cycle', 1), ...model.progress.map((finding) => labelled(finding.label, finding.text)))
  const { principles, recommendations } = model.guide
  if (principles.length + recommendations.length > 0) out.push(heading('What the Practice Guide says about them', 1))
  if (principles.length > 0) {
    const names = principles.flatMap((tag, index) => [...(index > 0 ? [{ text: '; ' }] : []), { text: `${tag.code} `, bold: true }, { text: tag.name }])
    out.push(para([...runs([{ text: 'Key Principles, on how to work with foster carers: ', bold: true }]), ...runs(names), new TextRun('.')], { keepNext: recommendations.length > 0 }))
  }
  if (recommendations.length > 0) {
    out.push(para('Recommendations name the best-evidenced support, each with the strength of its evidence:', { keepNext: true }))
    out.push(table(['Recommendation', 'Strength of evidence'], [3.2, 6], recommendations.map((tag) => [{ lines: [[{ text: `${tag.code} `, bold: true }, { text: tag.name }]] }, tag.evidence]), WIDTH))
  }
  out.push(heading('Key questions for engaging senior leaders', 1), para('The Practice Guide’s four questions for elected and lead members, with what this workshop’s record says.', { keepNext: true }))
  for (const question of model.questions) {
    out.push(heading(question.question, 2))
    if (question.answer) out.push(labelled('From the workshop', question.answer, { style: 'PlanFact' }), labelled('To ask', question.ask))
    else out.push(para([new TextRun({ text: 'Not answered by the workshop’s record. To ask: ', bold: true }), new TextRun(question.ask)]))
  }
  out.push(
    para(
      [
        new TextRun(`Produced on ${model.producedOn} with Common Ground; the full report is “${model.source.reportTitle}”. Questions, Key Principles and Recommendations: ${model.source.publisher}, `),
        link(model.source.guideTitle, model.source.guideUrl),
        new TextRun('.'),
      ],
      { style: 'Quiet' },
    ),
  )
  return out
}

const BRIEFING_STYLES = {
  ...STYLES,
  default: {
    ...STYLES.default,
    heading1: { ...STYLES.default?.heading1, run: { ...STYLES.default?.heading1?.run, size: 28 }, paragraph: { ...STYLES.default?.heading1?.paragraph, spacing: { before: 240, after: 100, line: 240, lineRule: LineRuleType.AUTO } } },
    heading2: { ...STYLES.default?.heading2, run: { ...STYLES.default?.heading2?.run, size: 24 }, paragraph: { ...STYLES.default?.heading2?.paragraph, spacing: { before: 160, after: 60, line: 240, lineRule: LineRuleType.AUTO } } },
  },
  paragraphStyles: [
    ...(STYLES.paragraphStyles ?? []),
    { id: 'BriefingTitle', name: 'Briefing Title', basedOn: 'Title', next: 'Normal', run: { size: 40 } },
    { id: 'BriefingSubtitle', name: 'Briefing Subtitle', basedOn: 'Subtitle', next: 'Normal', run: { size: 26 }, paragraph: { spacing: { after: 160 } } },
    { id: 'BriefingPoint', name: 'Briefing Point', basedOn: 'Normal', paragraph: { spacing: { after: 80 } } },
    { id: 'BriefingNote', name: 'Briefing Note', basedOn: 'Normal', run: { size: 20 }, paragraph: { spacing: { after: 120 } } },
  ],
}

/**
 * The briefing for elected members as a docx Document: one section, page numbers in the footer, and
 * at most two pages as Word lays it out (docx/layout): a long record leaves out detail the full report keeps.
 */
export function buildBriefingDocument(model: BriefingModel): Document {
  const attempts = ([0, 1, 2] as const).map((brevity) => () => briefingDocument(model, brevity))
  for (const attempt of attempts.slice(0, -1)) {
    const document = attempt()
    if (layoutDocument(document).pages.length <= 2) return document
  }
  return attempts.at(-1)!()
}

function briefingDocument(model: BriefingModel, brevity: Brevity): Document {
  const footer = new Footer({
    children: [
      new Paragraph({
        style: 'FooterText',
        alignment: AlignmentType.CENTER,
        children: [new TextRun(`${model.title}: briefing for elected and lead members · Page `), new SimpleField('PAGE', '1'), new TextRun(' of '), new TextRun({ children: [PageNumber.TOTAL_PAGES] })],
      }),
    ],
  })
  return new Document({
    creator: 'Common Ground',
    lastModifiedBy: 'Common Ground',
    title: `${model.title}: briefing for elected and lead members`,
    subject: `Briefing for elected and lead members on the ${model.source.guideTitle}`,
    description: model.workshop,
    pageNumbers: estimatePageNumbers,
    styles: BRIEFING_STYLES,
    sections: [pageSection(body(model, brevity), { default: footer }, { margin: MARGIN_CM })],
  })
}

export async function renderBriefing(model: BriefingModel): Promise<Buffer> {
  return withCoreLanguage(await Packer.toBuffer(buildBriefingDocument(model)), 'en-GB')
}
