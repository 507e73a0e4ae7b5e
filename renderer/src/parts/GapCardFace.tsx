import type { ReactNode } from 'react'
import { TRAY, type ColumnId } from '../../../shared/domain/board'
import type { Gap } from '../../../shared/domain/gaps'
import './board.css'

/**
 * What a card says in every density: its title, its other links and the EDIE flag in words. In the
 * tray a card is unlinked only on the board's current view, so it says which: "No Key Principle
 * yet; linked to R2, R5".
 */
export function GapCardFace({ gap, column, children }: { gap: Gap; column: ColumnId; children?: ReactNode }) {
  const others = gap.links.filter((tag) => tag !== column)
  const missing = others.every((tag) => tag.startsWith('R')) ? 'Key Principle' : 'Recommendation'
  return (
    <>
      <span className="board-card__title">{gap.title}</span>
      {(others.length > 0 || gap.edie) && (
        <span className="board-card__meta">
          {others.length > 0 && <span>{column === TRAY ? `No ${missing} yet; linked to` : 'Also'} {others.join(', ')}</span>}
          {gap.edie && <span className="board-card__edie">EDIE</span>}
        </span>
      )}
      {children}
    </>
  )
}
