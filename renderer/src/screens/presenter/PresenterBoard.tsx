import { findRecommendation } from '../../../../shared/content/read'
import type { Pack } from '../../../../shared/content/schema'
import { columnsFor, TRAY, type BoardAxis, type ColumnId } from '../../../../shared/domain/board'
import type { Gap } from '../../../../shared/domain/gaps'
import type { BoardPage } from '../../../../shared/domain/presenterPages'
import { EvidenceStrength } from '../../parts/EvidenceStrength'
import { GapCardFace } from '../../parts/GapCardFace'
import { boardColumnTitle } from '../../parts/usePresenterView'
import './presenter-board.css'

function Cards({ ids, byId, column }: { ids: readonly string[]; byId: Map<string, Gap>; column: ColumnId }) {
  return (
    <ul className="presenter-board__cards">
      {ids.map((id) => {
        const gap = byId.get(id)
        return gap ? <li key={id} className="board-card"><GapCardFace gap={gap} column={column} /></li> : null
      })}
    </ul>
  )
}

/**
 * One page of the map board for the projector: the columns that hold gaps (four to a row), the gaps
 * not yet linked, and which columns have none yet, in words. Read-only, in large type.
 */
export function PresenterBoard({ pack, gaps, axis, page, last }: { pack: Pack; gaps: readonly Gap[]; axis: BoardAxis; page: BoardPage; last: boolean }) {
  const byId = new Map(gaps.map((gap) => [gap.id, gap]))
  const empty = columnsFor(axis).filter((column) => !gaps.some((gap) => gap.links.includes(column)))
  const heading = (column: ColumnId) => {
    const [tag, ...name] = boardColumnTitle(pack, column).split(' ')
    return column === TRAY ? 'Not yet linked' : <><span className="board-column__tag">{tag}</span> {name.join(' ')}</>
  }
  return (
    <>
      <h1>{axis === 'kp' ? 'Our gaps against the Key Principles' : 'Our gaps against the Recommendations'}</h1>
      {page.rows.map((row, index) => (
        <div key={index} className="presenter-board">
          {row.map((block) => {
            const recommendation = block.column === TRAY ? undefined : findRecommendation(pack, block.column)
            const id = `presenter-board-${block.column}${block.continued ? '-more' : ''}`
            return (
              <section key={id} className="presenter-board__column" aria-labelledby={id}>
                <h2 id={id}>
                  {heading(block.column)}
                  {block.continued && <span className="presenter-board__more"> (continued)</span>}
                </h2>
                {recommendation && <EvidenceStrength strength={recommendation.evidenceStrength} />}
                <Cards ids={block.gapIds} byId={byId} column={block.column} />
              </section>
            )
          })}
        </div>
      ))}
      {page.tray && (
        <section className="presenter-board__column presenter-board__column--tray" aria-labelledby="presenter-board-tray">
          <h2 id="presenter-board-tray">
            Not yet linked{page.tray.continued && <span className="presenter-board__more"> (continued)</span>}
          </h2>
          <Cards ids={page.tray.gapIds} byId={byId} column={TRAY} />
        </section>
      )}
      {last && empty.length > 0 && <p className="presenter-board__none">No gaps yet against {empty.join(', ')}.</p>}
    </>
  )
}
