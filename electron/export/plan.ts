import type { ReportModel } from '../../shared/report/model'
import { OVERDUE_MEANING } from '../../shared/report/actionPlan'
import { carriedNote } from './front'
import { heading, labelled, nothingYet, para, runs, statusCell, table, tagLine, type Block } from './parts'
import { LANDSCAPE_WIDTH, PORTRAIT_WIDTH } from './styles'

/**
 * The action plan as local plans write it (seed 003): a status key with what each status means,
 * then each priority with its Key Principles and Recommendations and its numbered actions.
 */
export function actionPlanSection(model: ReportModel, breakBefore: ReadonlySet<number> = new Set()): { blocks: Block[]; headings: Array<{ number: number; index: number }> } {
  const plan = model.actions
  const headings: Array<{ number: number; index: number }> = []
  if (!plan) return { blocks: [], headings }
  const out: Block[] = [heading('Action plan', 1)]
  if (plan.priorities.length === 0 || plan.priorities.every((priority) => priority.actions.length === 0)) {
    out.push(para(plan.intro))
    if (plan.priorities.length === 0) return { blocks: out, headings }
  } else {
    out.push(para(plan.intro))
    out.push(heading('Status key', 2))
    out.push(table(['Status', 'What it means'], [1.2, 6], plan.statusKey.map((entry) => [statusCell(entry.status), entry.meaning]), LANDSCAPE_WIDTH * 0.7))
    out.push(para(OVERDUE_MEANING, { style: 'AfterTable' }))
  }
  for (const priority of plan.priorities) {
    headings.push({ number: priority.number, index: out.length })
    out.push(heading(`Priority ${priority.number}: ${priority.title}${carriedNote(priority.carriedFromCycle)}`, 2, { pageBreakBefore: breakBefore.has(priority.number) }))
    const tags = priority.links.flatMap((tag, index) => [...(index > 0 ? [{ text: '; ' }] : []), ...tagLine(tag, true)])
    out.push(para([...runs([{ text: 'Key Principles and Recommendations: ', bold: true }]), ...runs(tags.length > 0 ? tags : 'none linked')], { style: 'PlanFact', keepNext: true }))
    if (priority.aim) out.push(labelled('What we want to achieve', priority.aim, { style: 'PlanFact', keepNext: true }))
    if (priority.team) out.push(labelled('Task and Finish group', priority.team, { style: 'PlanFact', keepNext: true }))
    if (priority.noActions) {
      out.push(nothingYet(priority.noActions))
      continue
    }
    out.push(
      table(
        ['No.', 'Action', 'Lead owner', 'By when', 'Outcome sought', 'Update and evidence', 'Status'],
        [0.8, 3.2, 1.8, 1.9, 2.6, 3, 1.6],
        priority.actions.map((action) => [
          action.number,
          action.action,
          action.lead,
          { lines: [action.byWhen, ...(action.moved ? [action.moved] : []), ...(action.overdue ? [[{ text: 'Overdue', bold: true }]] : [])] },
          action.outcome || '—',
          action.update || '—',
          statusCell(action.status, action.overdue ? ['Overdue'] : []),
        ]),
        LANDSCAPE_WIDTH,
      ),
    )
  }
  return { blocks: out, headings }
}

/** "You said, we did, now we will", grouped by theme as Hertfordshire does. */
export function youSaidSection(model: ReportModel): Block[] {
  if (!model.youSaid) return []
  const out: Block[] = [heading('You said, we did, now we will', 1)]
  if (model.youSaid.length === 0) return [...out, nothingYet('Nothing to report back yet: the table is empty.')]
  out.push(para('What carers and colleagues told us, what the service did, and what it will do next, by theme.'))
  for (const theme of model.youSaid) {
    out.push(heading(theme.theme, 2))
    out.push(table(['You said', 'We did', 'Now we will'], [1, 1, 1], theme.rows.map((row) => [row.youSaid || '—', row.weDid || '—', row.nowWeWill || '—']), PORTRAIT_WIDTH))
  }
  return out
}
