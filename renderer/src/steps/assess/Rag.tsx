import { RAG_LABELS, type Rag } from '../../../../shared/domain/ratings'

/** Shapes differ as well as colours, so a rating survives a washed-out projector, print and colour blindness. */
export const RAG_SHAPES: Record<Rag, string> = { red: '■', amber: '▲', green: '●' }

export function RagBadge({ rating }: { rating: Rag | null }) {
  if (rating === null) return <span className="rag rag--none">Not rated</span>
  return (
    <span className={`rag rag--${rating}`}>
      <span aria-hidden="true" className="rag__shape">{RAG_SHAPES[rating]}</span> {RAG_LABELS[rating]}
    </span>
  )
}
