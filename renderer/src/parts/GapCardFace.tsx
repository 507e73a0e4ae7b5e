import type { ReactNode } from 'react'
import { TRAY, type ColumnId } from '../../../shared/domain/board'
import type { Gap } from '../../../shared/domain/gaps'
import './board.css'

/** What a card says in every density: its title, its other links and the EDIE flag in words. */
export function GapCardFace({ gap, column, children }: { gap: Gap; column: ColumnId; children?: ReactNode }) {
  const others = gap.links.filter((tag) => tag !== column)
  return (
    <>
      <span className="board-card__title">{gap.title}</span>
      {(others.length > 0 || gap.edie) && (
        <span className="board-card__meta">
          {others.length > 0 && <span>{column === TRAY ? 'Linked to' : 'Also'} {others.join(', ')}</span>}
          {gap.edie && <span className="board-card__edie">EDIE</span>}
        </span>
      )}
      {children}
    </>
  )
}
