import { useState } from 'react'
import type { Review } from '../../../../shared/api/review'
import type { Pack } from '../../../../shared/content/schema'
import { formatUkDate } from '../../../../shared/domain/dates'
import { tagDisplay, tagLabel } from '../../../../shared/content/read'
import { CHANGE_WORDS, OUTCOME_WORDS, countOutcomes } from '../../../../shared/domain/plan/compare'
import type { GuideTag } from '../../../../shared/domain/links'
import { RAG, RAG_LABELS, type Rag } from '../../../../shared/domain/ratings'
import { messageOf } from '../../api/client'
import { write } from '../../api/queries'
import { ErrorMessage } from '../../ui/Status'

/** 'KP3' → 'KP3 Facilitated peer support': the short name always shows in the table. */
function guideName(pack: Pack, tag: GuideTag): string {
  const full = tagLabel(pack, tag)
  const colon = full.indexOf(': ')
  return colon === -1 ? tagDisplay(tag) : `${tagDisplay(tag)} ${full.slice(colon + 2)}`
}

export const RAG_SHAPES: Record<Rag, string> = { red: '■', amber: '▲', green: '●' }

function RagWord({ rating }: { rating: Rag | null }) {
  if (rating === null) return <span className="rag-word rag-word--none">Not rated</span>
  return (
    <span className={`rag-word rag-word--${rating}`}>
      <span aria-hidden="true">{RAG_SHAPES[rating]}</span> {RAG_LABELS[rating]}
    </span>
  )
}

interface Props {
  workshopId: string
  cycle: number
  pack: Pack
  review: Review
}

/** Compare with the last cycle: ratings better, same or worse, and what became of last cycle's actions. */
export function Comparison({ workshopId, cycle, pack, review }: Props) {
  const [error, setError] = useState<string>()
  const { previous } = review
  const counts = countOutcomes(review.actions)

  async function rate(tag: GuideTag, value: string) {
    setError(undefined)
    try {
      // The rating's answer is in the cache; the comparison (which reads the ratings) is asked again.
      await write('ratings.set', { workshopId, tag, rating: value === '' ? null : (value as Rag), comment: '' })
    } catch (failure) {
      setError(messageOf(failure))
    }
  }

  return (
    <section className="panel" aria-labelledby="compare-heading">
      <h2 id="compare-heading">Compare with the last cycle</h2>
      {previous ? (
        <p className="panel__intro">
          Cycle {previous.cycle}: {previous.title}, {formatUkDate(previous.date)}. Its ratings were carried here as the baseline; re-rate each one for this cycle.
        </p>
      ) : (
        <p className="panel__intro">This is the first cycle recorded for this service, so there is nothing to compare with yet. Rate each one for this cycle; the next cycle will compare with it.</p>
      )}
      {error && <ErrorMessage>{error}</ErrorMessage>}
      <div className="table-scroll">
        <table className="plan-table compare-table">
          <caption className="visually-hidden">Ratings, last cycle and this cycle</caption>
          <thead>
            <tr>
              <th scope="col">Key Principle or Recommendation</th>
              <th scope="col">Last cycle{previous ? ` (cycle ${previous.cycle})` : ''}</th>
              <th scope="col">This cycle (cycle {cycle})</th>
              <th scope="col">Change</th>
            </tr>
          </thead>
          <tbody>
            {review.ratings.map((row) => (
              <tr key={row.tag}>
                <th scope="row">{guideName(pack, row.tag)}</th>
                <td><RagWord rating={row.previous} /></td>
                <td>
                  <div className="compare-table__rate">
                    <RagWord rating={row.current} />
                    <select aria-label={`Rating for ${row.tag} this cycle`} value={row.current ?? ''} onChange={(event) => void rate(row.tag, event.target.value)}>
                      <option value="">Not rated</option>
                      {RAG.map((rag) => <option key={rag} value={rag}>{RAG_SHAPES[rag]} {RAG_LABELS[rag]}</option>)}
                    </select>
                  </div>
                </td>
                <td>{row.change ? <span className={`change change--${row.change}`}><span aria-hidden="true">{CHANGE_WORDS[row.change].symbol}</span> {CHANGE_WORDS[row.change].word}</span> : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h3>Last cycle’s actions</h3>
      {previous === null && (
        <p>
          This cycle so far: {review.progress.complete} of {review.progress.total} actions complete, {review.progress.slipped} slipped
          {review.progress.overdue > 0 ? ` (${review.progress.overdue} overdue)` : ''}.
        </p>
      )}
      {previous !== null && review.actions.length === 0 && <p className="empty">Cycle {previous.cycle} had no actions.</p>}
      {review.actions.length > 0 && (
        <>
          <p className="outcome-summary">
            {counts.completed} completed, {counts.slipped} slipped, {counts.dropped} dropped, {counts.carried} carried forward on time.
          </p>
          <div className="table-scroll">
            <table className="plan-table">
              <caption className="visually-hidden">What became of last cycle’s actions</caption>
              <thead>
                <tr>
                  <th scope="col">Action</th>
                  <th scope="col">Priority</th>
                  <th scope="col">What happened</th>
                  <th scope="col">By when</th>
                </tr>
              </thead>
              <tbody>
                {review.actions.map((row) => (
                  <tr key={row.id}>
                    <th scope="row">{row.action}</th>
                    <td>{row.priority}</td>
                    <td><span className={`outcome outcome--${row.outcome}`}>{OUTCOME_WORDS[row.outcome]}</span></td>
                    <td>
                      {formatUkDate(row.byWhen)}
                      {row.byWhen !== row.originalByWhen && <> (first agreed {formatUkDate(row.originalByWhen)})</>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  )
}
