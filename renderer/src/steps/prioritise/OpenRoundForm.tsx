import { useState } from 'react'
import type { Gap } from '../../../../shared/domain/gaps'
import type { Round } from '../../../../shared/domain/voting/rounds'
import { METHOD_LABELS, VOTING_METHODS, type RoundSettings, type VotingMethod } from '../../../../shared/domain/voting/settings'
import { WHO_VOTES, WHO_VOTES_HINTS, WHO_VOTES_LABELS, type WhoVotes } from '../../../../shared/domain/voting/voters'
import { RequestError } from '../../api/client'
import { write } from '../../api/queries'
import { Field } from '../../ui/Field'
import { ErrorMessage } from '../../ui/Status'

interface OpenRoundFormProps {
  workshopId: string
  gaps: readonly Gap[]
  onOpened: (round: Round) => void
}

/** Choose the gaps and the method, then open a round. Earlier rounds stay in the history. */
export function OpenRoundForm({ workshopId, gaps, onOpened }: OpenRoundFormProps) {
  const [chosen, setChosen] = useState<string[]>(() => gaps.map((gap) => gap.id))
  const [method, setMethod] = useState<VotingMethod>('dots')
  const [dots, setDots] = useState('3')
  const [cap, setCap] = useState('')
  const [topK, setTopK] = useState('3')
  const [whoVotes, setWhoVotes] = useState<WhoVotes>('tables')
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [message, setMessage] = useState<string>()

  const settings = (): RoundSettings =>
    method === 'dots'
      ? { method, dotsPerGroup: Number(dots), capPerGap: cap.trim() === '' ? null : Number(cap) }
      : method === 'ranked'
        ? { method, topK: Number(topK) }
        : { method }

  const submit = async () => {
    try {
      const ordered = gaps.map((gap) => gap.id).filter((id) => chosen.includes(id))
      const round = await write('rounds.open', { workshopId, gapIds: ordered, settings: settings(), whoVotes })
      setErrors({})
      setMessage(undefined)
      onOpened(round)
    } catch (error) {
      setErrors(error instanceof RequestError ? (error.error.fields ?? {}) : {})
      setMessage(error instanceof Error ? error.message : String(error))
    }
  }

  const gapError = Object.entries(errors).find(([key]) => key.startsWith('gapIds'))?.[1]
  return (
    <form
      className="open-round"
      aria-labelledby="open-round-heading"
      onSubmit={(event) => {
        event.preventDefault()
        void submit()
      }}
    >
      <h3 id="open-round-heading">Open a voting round</h3>
      {message && <ErrorMessage>{message}</ErrorMessage>}
      <fieldset className={gapError ? 'checkboxes checkboxes--columns field--error' : 'checkboxes checkboxes--columns'}>
        <legend>Gaps to vote on</legend>
        {gapError && <p className="field__error"><span aria-hidden="true">⚠ </span>{gapError}</p>}
        {gaps.map((gap) => (
          <label key={gap.id} className="choice">
            <input
              type="checkbox"
              checked={chosen.includes(gap.id)}
              onChange={(event) => setChosen((ids) => (event.target.checked ? [...ids, gap.id] : ids.filter((id) => id !== gap.id)))}
            />
            {gap.title}
          </label>
        ))}
      </fieldset>
      <fieldset className="checkboxes">
        <legend>Method</legend>
        {VOTING_METHODS.map((value) => (
          <label key={value} className="choice">
            <input type="radio" name="voting-method" value={value} checked={method === value} onChange={() => setMethod(value)} />
            {METHOD_LABELS[value]}
          </label>
        ))}
      </fieldset>
      <fieldset className="checkboxes">
        <legend>Who votes</legend>
        {WHO_VOTES.map((value) => (
          <label key={value} className="choice choice--described">
            <input type="radio" name="who-votes" value={value} checked={whoVotes === value} onChange={() => setWhoVotes(value)} aria-describedby={`who-votes-${value}`} />
            {WHO_VOTES_LABELS[value]}
            <span className="field__hint" id={`who-votes-${value}`}>
              {WHO_VOTES_HINTS[value]}
            </span>
          </label>
        ))}
      </fieldset>
      {method === 'dots' && (
        <div className="open-round__settings">
          <Field label="Dots per group" error={errors['settings.dotsPerGroup']}>
            {(props) => <input {...props} className="input--short" type="number" min={1} max={20} value={dots} onChange={(event) => setDots(event.target.value)} />}
          </Field>
          <Field label="Most dots on one gap (optional)" hint="Leave empty for no limit" error={errors['settings.capPerGap']}>
            {(props) => <input {...props} className="input--short" type="number" min={1} max={20} value={cap} onChange={(event) => setCap(event.target.value)} />}
          </Field>
        </div>
      )}
      {method === 'ranked' && (
        <Field label="Gaps each group ranks" hint="Each group puts its top choices in order" error={errors['settings.topK']}>
          {(props) => <input {...props} className="input--short" type="number" min={1} max={20} value={topK} onChange={(event) => setTopK(event.target.value)} />}
        </Field>
      )}
      {method === 'points' && <p className="field__hint">Each group shares 100 points among the gaps.</p>}
      <p>
        <button type="submit" className="button button--primary">Open round</button>
      </p>
    </form>
  )
}
