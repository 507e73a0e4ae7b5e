import { findRecommendation, tagLabel } from '../../../../shared/content/load'
import type { Pack } from '../../../../shared/content/schema'
import { boardFromGaps, columnsFor, TRAY, type BoardAxis, type ColumnId } from '../../../../shared/domain/board'
import type { Gap } from '../../../../shared/domain/gaps'
import { EvidenceStrength } from '../../parts/EvidenceStrength'
import { GapCardFace } from '../../parts/GapCardFace'
import './presenter-board.css'

/** The map board for the projector: the same columns and cards as the facilitator's, read-only, in large type. */
export function PresenterBoard({ pack, gaps, axis }: { pack: Pack; gaps: readonly Gap[]; axis: BoardAxis }) {
  const board = boardFromGaps(gaps, axis)
  const byId = new Map(gaps.map((gap) => [gap.id, gap]))
  const columns: ColumnId[] = [...columnsFor(axis)]
  if ((board[TRAY] ?? []).length > 0) columns.push(TRAY)
  return (
    <>
      <h1>{axis === 'kp' ? 'Our gaps against the Key Principles' : 'Our gaps against the Recommendations'}</h1>
      <div className="presenter-board">
        {columns.map((column) => {
          const ids = board[column] ?? []
          const recommendation = column === TRAY ? undefined : findRecommendation(pack, column)
          return (
            <section key={column} className={column === TRAY ? 'presenter-board__column presenter-board__column--tray' : 'presenter-board__column'} aria-labelledby={`presenter-board-${column}`}>
              <h2 id={`presenter-board-${column}`}>
                {column === TRAY ? 'Not yet linked' : <><span className="board-column__tag">{column}</span> {tagLabel(pack, column).replace(/^[^:]*: /, '')}</>}
              </h2>
              {recommendation && <EvidenceStrength strength={recommendation.evidenceStrength} />}
              {ids.length === 0 ? (
                <p className="presenter-board__empty">No gaps yet</p>
              ) : (
                <ul className="presenter-board__cards">
                  {ids.map((id) => {
                    const gap = byId.get(id)
                    return gap ? <li key={id} className="board-card"><GapCardFace gap={gap} column={column} /></li> : null
                  })}
                </ul>
              )}
            </section>
          )
        })}
      </div>
    </>
  )
}
