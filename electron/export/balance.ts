import { Document } from 'docx'
import { layoutDocument } from 'docx/layout'
import type { ReportModel } from '../../shared/report/model'
import type { Block } from './parts'
import { actionPlanSection } from './plan'

type Section = (children: Block[]) => ConstructorParameters<typeof Document>[0]['sections'][number]

/** Table rows on a page other than repeated header rows (row 0 of each table). */
function dataRows(page: ReturnType<typeof layoutDocument>['pages'][number]): number {
  return page.body.reduce((sum, block) => sum + (block.type === 'table' ? block.rows.filter((row) => row.index > 0).length : 0), 0)
}

/**
 * The landscape action plan, laid out as Word lays it out (docx/layout): when its last page would
 * hold a single row, the last priority that starts part-way down the page before moves to a new
 * page, so the two pages share the rows, as long as that does not add a page.
 */
export function balancedActionPlan(model: ReportModel, section: Section, styles: ConstructorParameters<typeof Document>[0]['styles']): Block[] {
  const first = actionPlanSection(model)
  if (first.blocks.length === 0) return []
  const layout = (blocks: Block[]) => layoutDocument(new Document({ styles, sections: [section(blocks)] }))
  const { pages, stoppedAt } = layout(first.blocks)
  const last = pages.at(-1)
  if (stoppedAt || pages.length < 2 || !last || dataRows(last) !== 1) return first.blocks
  const before = pages.at(-2)!
  const startsOnIt = new Set(before.body.map((block) => block.index))
  const topIndex = before.body[0]?.index
  const candidate = [...first.headings].reverse().find((entry) => startsOnIt.has(entry.index) && entry.index !== topIndex)
  if (!candidate) return first.blocks
  const moved = actionPlanSection(model, new Set([candidate.number]))
  const again = layout(moved.blocks)
  return !again.stoppedAt && again.pages.length <= pages.length && dataRows(again.pages.at(-1)!) > 1 ? moved.blocks : first.blocks
}
