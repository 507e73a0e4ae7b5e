import { Paragraph, TableOfContents, TextRun } from 'docx'
import type { ReportModel } from '../../shared/report/model'
import { heading, labelled, link, para, type Block } from './parts'

/** "(carried forward from cycle 1)" after a priority that was not agreed afresh. */
export const carriedNote = (cycle: number | null) => (cycle === null ? '' : ` (carried forward from cycle ${cycle})`)

/**
 * Page 1: the title, the workshop's facts in two lines, then the summary a carer or an elected
 * member reads first. There is no footer on this page.
 */
export function coverPage(model: ReportModel): Block[] {
  const where = [model.date, model.venue, model.localArea && `${model.localArea}`].filter((part) => part.trim() !== '').join(' · ')
  const out: Block[] = [
    new Paragraph({ style: 'Title', children: [new TextRun(model.title)] }),
    para(`Workshop report, cycle ${model.cycle} of the Assess, Plan, Do, Review cycle`, { style: 'Subtitle' }),
    para(where, { style: 'TitleFact' }),
    ...(model.facilitators.trim() ? [labelled('Facilitators', model.facilitators, { style: 'TitleFact' })] : []),
    para(`Produced on ${model.producedOn} with Common Ground.`, { style: 'Quiet' }),
  ]
  const summary = model.summary
  if (!summary) return out
  out.push(heading('Summary', 1))
  out.push(para([new TextRun({ text: 'Agreed priorities', bold: true })], { keepNext: true }))
  if (summary.noPriorities) out.push(para(summary.noPriorities))
  for (const priority of summary.priorities) {
    out.push(para(`${priority.position}. ${priority.title}${carriedNote(priority.carriedFromCycle)}`, { style: 'ListLine' }))
  }
  for (const finding of summary.findings) out.push(labelled(finding.label, finding.text))
  return out
}

/** Page 2: the table of contents, filled in so it is not empty before Word updates it, and where the words come from. */
export function contentsPage(model: ReportModel): Block[] {
  return [
    new Paragraph({ style: 'ContentsHeading', pageBreakBefore: true, children: [new TextRun('Contents')] }),
    new TableOfContents('Contents', { hyperlink: true, headingStyleRange: '1-2' }),
    para(
      [
        new TextRun(`${model.source.attribution} The ${model.source.guideTitle} is at `),
        link(model.source.guideUrl, model.source.guideUrl),
        new TextRun('.'),
      ],
      { style: 'Quiet' },
    ),
  ]
}

/** The words a lay reader may not know, explained before they are used. */
export function plainWordsSection(model: ReportModel): Block[] {
  return [
    heading('Words used in this report', 1),
    ...model.plainWords.map((word) => labelled(word.term, word.meaning)),
  ]
}
