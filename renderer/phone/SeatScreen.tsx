import { useState } from 'react'
import type { PhoneState } from '../../shared/domain/room'
import type { GroupRole } from '../../shared/domain/workshop'
import { PERSON_ROLES, PERSON_ROLE_LABELS } from '../../shared/domain/voting/personRoles'
import { callPhone } from './api'
import { Heading, Problem } from './Heading'
import { PhoneForm } from './PhoneForm'

interface SeatScreenProps {
  state: PhoneState
  onSeated: (state: PhoneState) => void
  /** Present when the phone already has a seat and is changing it. */
  onCancel: (() => void) | undefined
  onSignedOut: (notice: string) => void
}

/** Which table this phone is at, and (if its holder wishes) their role. No names. */
export function SeatScreen({ state, onSeated, onCancel, onSignedOut }: SeatScreenProps) {
  const [table, setTable] = useState(state.seat?.groupId ?? '')
  const [role, setRole] = useState<GroupRole | ''>(state.seat?.role ?? '')
  const [problem, setProblem] = useState<string>()

  const save = async () => {
    if (!table) {
      setProblem('Choose the table you are sitting at.')
      return
    }
    const answer = await callPhone('phone.seat', { groupId: table, role: role === '' ? null : role })
    if (answer.ok) onSeated(answer.value)
    else if (answer.error.code === 'signed_out') onSignedOut(answer.error.message)
    else setProblem(answer.error.message)
  }

  return (
    <PhoneForm
      onSend={() => {
        void save()
      }}
    >
      <p className="eyebrow">{state.workshopTitle}</p>
      <Heading>Which table are you at?</Heading>
      {state.tables.length === 0 ? (
        <p>The facilitator has not added the tables yet. This page will show them as soon as they do.</p>
      ) : (
        <fieldset className={problem ? 'choices field--problem' : 'choices'}>
          <legend>Your table</legend>
          {problem && <Problem>{problem}</Problem>}
          {state.tables.map((candidate) => (
            <label key={candidate.id} className="choice">
              <input type="radio" name="table" value={candidate.id} checked={table === candidate.id} onChange={() => setTable(candidate.id)} />
              <span>{candidate.name}</span>
            </label>
          ))}
        </fieldset>
      )}
      <fieldset className="choices">
        <legend>Your role (you do not have to say)</legend>
        <p className="hint">Only used to compare what carers and professionals choose. It is never shown beside your vote.</p>
        {PERSON_ROLES.map((value) => (
          <label key={value} className="choice">
            <input type="radio" name="role" value={value} checked={role === value} onChange={() => setRole(value)} />
            <span>{PERSON_ROLE_LABELS[value]}</span>
          </label>
        ))}
        <label className="choice">
          <input type="radio" name="role" value="" checked={role === ''} onChange={() => setRole('')} />
          <span>I would rather not say</span>
        </label>
      </fieldset>
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={state.tables.length === 0}>
          Continue
        </button>
        {onCancel && (
          <button type="button" className="button button--secondary" onClick={onCancel}>
            Keep my table
          </button>
        )}
      </div>
    </PhoneForm>
  )
}
