import { useState } from 'react'
import type { PhoneState } from '../../shared/domain/room'
import { callPhone } from './api'
import { Problem } from './Heading'
import { PhoneForm } from './PhoneForm'

/** A gap or a note for the facilitator's inbox; it reaches the shared screen only if the facilitator adds it. */
export function SendForm({ onState, onSignedOut }: { onState: (state: PhoneState) => void; onSignedOut: (notice: string) => void }) {
  const [kind, setKind] = useState<'gap' | 'note'>('gap')
  const [text, setText] = useState('')
  const [detail, setDetail] = useState('')
  const [problem, setProblem] = useState<string>()
  const [sent, setSent] = useState('')

  const send = async () => {
    if (text.trim() === '') {
      setProblem(kind === 'gap' ? 'Say what is missing in a few words.' : 'Write your note first.')
      return
    }
    const answer = await callPhone('phone.send', { kind, text, detail })
    if (answer.ok) {
      setText('')
      setDetail('')
      setProblem(undefined)
      setSent(`Sent to the facilitator. It is shown on the shared screen only if they add it.`)
      onState(answer.value)
    } else if (answer.error.code === 'signed_out') onSignedOut(answer.error.message)
    else setProblem(answer.error.message)
  }

  return (
    <PhoneForm
      className="panel"
      aria-labelledby="send-heading"
      onSend={() => {
        void send()
      }}
    >
      <h2 id="send-heading">Send a gap or a note</h2>
      <p className="hint">From your table to the facilitator. Nobody else sees it unless the facilitator adds it.</p>
      <fieldset className="choices choices--row">
        <legend>What are you sending?</legend>
        <label className="choice">
          <input type="radio" name="kind" checked={kind === 'gap'} onChange={() => setKind('gap')} />
          <span>A gap in support</span>
        </label>
        <label className="choice">
          <input type="radio" name="kind" checked={kind === 'note'} onChange={() => setKind('note')} />
          <span>A note</span>
        </label>
      </fieldset>
      <div className={problem ? 'field field--problem' : 'field'}>
        <label htmlFor="send-text">{kind === 'gap' ? 'What is missing?' : 'Your note'}</label>
        {problem && <Problem id="send-problem">{problem}</Problem>}
        <input id="send-text" className="input" value={text} maxLength={200} onChange={(event) => setText(event.target.value)} aria-describedby={problem ? 'send-problem' : undefined} aria-invalid={problem ? true : undefined} />
      </div>
      <div className="field">
        <label htmlFor="send-detail">More detail (optional)</label>
        <textarea id="send-detail" className="input" rows={3} value={detail} maxLength={2000} onChange={(event) => setDetail(event.target.value)} />
      </div>
      <button type="submit" className="button button--primary">
        Send to the facilitator
      </button>
      <p className="sent" role="status">
        {sent}
      </p>
    </PhoneForm>
  )
}
