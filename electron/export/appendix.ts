import type { ReportModel } from '../../shared/report/model'
import { heading, intro, labelled, nothingYet, para, table, tagCell, type Block } from './parts'
import { PORTRAIT_WIDTH } from './styles'

/** Appendix letters follow the appendices included: A, B … */
export function appendices(model: ReportModel): Block[] {
  const included = [model.gaps ? gapsAppendix : null, model.notes ? notesAppendix : null].filter((make) => make !== null)
  return included.flatMap((make, index) => make(model, String.fromCharCode(65 + index)))
}

function gapsAppendix(model: ReportModel, letter: string): Block[] {
  const gaps = model.gaps ?? []
  const out: Block[] = [heading(`Appendix ${letter}: gaps register`, 1, { pageBreakBefore: true })]
  if (gaps.length === 0) return [...out, nothingYet('No gaps were recorded, so the register is empty.')]
  out.push(intro(`${gaps.length} ${gaps.length === 1 ? 'gap' : 'gaps'} named by the groups. EDIE marks a gap about equality, diversity, inclusion and equity.`))
  out.push(
    table(
      ['Gap', 'Detail', 'Key Principles and Recommendations', 'Raised by', 'EDIE'],
      [3, 4, 4, 2.5, 1.2],
      gaps.map((gap) => [gap.title, gap.detail || '—', tagCell(gap.links, true), gap.groups.join(', ') || '—', gap.edie ? 'Yes' : 'No']),
      PORTRAIT_WIDTH,
    ),
  )
  return out
}

/** Notes under the Reflective Tool's sections, every line attributed to the group that wrote it. */
function notesAppendix(model: ReportModel, letter: string): Block[] {
  const notes = model.notes ?? []
  const out: Block[] = [heading(`Appendix ${letter}: notes by question`, 1, { pageBreakBefore: true })]
  if (notes.length === 0) return [...out, nothingYet('No notes were taken in this workshop.')]
  let section = ''
  for (const question of notes) {
    if (question.section !== section) {
      section = question.section
      out.push(heading(section, 2))
    }
    out.push(heading(question.question, 3))
    out.push(para(`Tagged: ${question.tags.map((tag) => tag.code).join(', ') || 'none'}`, { style: 'Quiet', keepNext: true }))
    for (const note of question.notes) for (const line of note.lines) out.push(labelled(note.group, line))
  }
  return out
}
