import { useEffect, useRef, useState } from 'react'
import type { BallotEditorProps } from './types'
import { Problem } from './Heading'
import { ordinal } from './words'
import { PhoneForm, useBallotProblem } from './PhoneForm'

/** A ranking by buttons: add gaps in order, then Move up, Move down or Move to position. No dragging. */
export function RankingBallot({ round, initial, sendLabel, onSend }: BallotEditorProps) {
  const topK = round.settings.method === 'ranked' ? Math.min(round.settings.topK, round.gaps.length) : round.gaps.length
  const [ranking, setRanking] = useState<string[]>(initial?.method === 'ranked' ? initial.ranking : [])
  const { problem, ready, answered } = useBallotProblem(() => (ranking.length === 0 ? 'Put at least one gap in your ranking.' : undefined))
  const [said, setSaid] = useState('')
  /** After a move, focus stays with the moved gap's control (or the next sensible one). */
  const [focus, setFocus] = useState<string>()
  const controls = useRef(new Map<string, HTMLElement>())
  const titleOf = (id: string) => round.gaps.find((gap) => gap.id === id)?.title ?? 'A gap'

  useEffect(() => {
    if (!focus) return
    controls.current.get(focus)?.focus()
    setFocus(undefined)
  }, [focus])

  const keep = (key: string) => (element: HTMLElement | null) => {
    if (element) controls.current.set(key, element)
    else controls.current.delete(key)
  }
  const move = (id: string, to: number, control: string) => {
    setRanking((current) => {
      const rest = current.filter((candidate) => candidate !== id)
      rest.splice(to, 0, id)
      return rest
    })
    setSaid(`“${titleOf(id)}” is now ${ordinal(to + 1)}.`)
    // At the top there is no Move up any more: focus goes to Move down (and the other way round).
    const next = control === 'up' && to === 0 ? 'down' : control === 'down' && to === ranking.length - 1 ? 'up' : control
    setFocus(`${next}-${id}`)
  }
  const unranked = round.gaps.filter((gap) => !ranking.includes(gap.id))

  return (
    <PhoneForm
      onSend={() => {
        if (!ready()) return
        void onSend({ method: 'ranked', ranking }).then(answered)
      }}
    >
      <p className="left">
        <strong>
          {ranking.length} of {topK}
        </strong>{' '}
        ranked, your first choice first.
      </p>
      <p className="visually-hidden" aria-live="polite">
        {said}
      </p>
      {problem && <Problem>{problem}</Problem>}
      {ranking.length > 0 && (
        <ol className="ballot ballot--ranked" aria-label="Your ranking">
          {ranking.map((id, index) => (
            <li key={id} className="ballot__gap">
              <span className="ballot__place" aria-hidden="true">
                {index + 1}
              </span>
              <span className="ballot__title">{titleOf(id)}</span>
              <span className="ballot__moves">
                <button type="button" ref={keep(`up-${id}`)} className="button button--small" disabled={index === 0} onClick={() => move(id, index - 1, 'up')}>
                  Move up<span className="visually-hidden"> “{titleOf(id)}”</span>
                </button>
                <button
                  type="button"
                  ref={keep(`down-${id}`)}
                  className="button button--small"
                  disabled={index === ranking.length - 1}
                  onClick={() => move(id, index + 1, 'down')}
                >
                  Move down<span className="visually-hidden"> “{titleOf(id)}”</span>
                </button>
                <label className="move-to">
                  <span>Move to position</span>
                  <select ref={keep(`to-${id}`)} value={index + 1} onChange={(event) => move(id, Number(event.target.value) - 1, 'to')} aria-label={`Move to position, “${titleOf(id)}”`}>
                    {ranking.map((_, place) => (
                      <option key={place} value={place + 1}>
                        {place + 1}
                      </option>
                    ))}
                  </select>
                </label>
                <button
                  type="button"
                  className="button button--small button--secondary"
                  onClick={() => {
                    setRanking((current) => current.filter((candidate) => candidate !== id))
                    setSaid(`“${titleOf(id)}” is out of your ranking.`)
                    setFocus(`add-${id}`)
                  }}
                >
                  Take out<span className="visually-hidden"> “{titleOf(id)}”</span>
                </button>
              </span>
            </li>
          ))}
        </ol>
      )}
      {unranked.length > 0 && (
        <>
          <h2 className="small-heading">{ranking.length === 0 ? 'Add gaps in the order you want them' : 'Not ranked yet'}</h2>
          <ul className="ballot">
            {unranked.map((gap) => (
              <li key={gap.id} className="ballot__gap">
                <span className="ballot__title">{gap.title}</span>
                <button
                  type="button"
                  ref={keep(`add-${gap.id}`)}
                  className="button button--small"
                  disabled={ranking.length >= topK}
                  onClick={() => {
                    setRanking((current) => [...current, gap.id])
                    setSaid(`“${gap.title}” is ${ordinal(ranking.length + 1)}.`)
                    const after = unranked[unranked.indexOf(gap) + 1] ?? unranked[unranked.indexOf(gap) - 1]
                    setFocus(ranking.length + 1 < topK && after ? `add-${after.id}` : `to-${gap.id}`)
                  }}
                >
                  Add as {ordinal(ranking.length + 1)}
                  <span className="visually-hidden"> “{gap.title}”</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <button type="submit" className="button button--primary">
        {sendLabel}
      </button>
    </PhoneForm>
  )
}
