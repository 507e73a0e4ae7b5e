import { useState } from 'react'
import type { PhoneState } from '../../shared/domain/room'
import { JOIN_CODE_LENGTH, normaliseJoinCode } from '../../shared/domain/joinCode'
import { callPhone } from './api'
import { Heading, Problem } from './Heading'
import { PhoneForm } from './PhoneForm'

/** The code on the shared screen; nothing else is asked. */
export function JoinScreen({ notice, onJoined }: { notice: string | undefined; onJoined: (state: PhoneState) => void }) {
  const [code, setCode] = useState('')
  const [problem, setProblem] = useState<string>()
  const [busy, setBusy] = useState(false)

  const join = async () => {
    if (normaliseJoinCode(code).length !== JOIN_CODE_LENGTH) {
      setProblem(`Type the ${JOIN_CODE_LENGTH} letters and numbers shown on the shared screen.`)
      return
    }
    setBusy(true)
    const answer = await callPhone('phone.join', { code })
    setBusy(false)
    if (answer.ok) onJoined(answer.value)
    else setProblem(answer.error.message)
  }

  return (
    <PhoneForm
      onSend={() => {
        void join()
      }}
    >
      <Heading>Join the room</Heading>
      {notice && <p className="notice">{notice}</p>}
      <p>Type the code shown on the shared screen. Nobody will ask for your name.</p>
      <div className={problem ? 'field field--problem' : 'field'}>
        <label htmlFor="code">Code</label>
        <p className="hint" id="code-hint">
          {JOIN_CODE_LENGTH} letters and numbers, for example {'ACD\u00a0479'}
        </p>
        {problem && <Problem id="code-problem">{problem}</Problem>}
        <input
          id="code"
          className="input input--code"
          value={code}
          onChange={(event) => setCode(event.target.value)}
          autoComplete="off"
          autoCapitalize="characters"
          autoCorrect="off"
          spellCheck={false}
          inputMode="text"
          enterKeyHint="go"
          maxLength={12}
          aria-describedby={problem ? 'code-hint code-problem' : 'code-hint'}
          aria-invalid={problem ? true : undefined}
        />
      </div>
      <button type="submit" className="button button--primary" disabled={busy}>
        {busy ? 'Joining…' : 'Join'}
      </button>
    </PhoneForm>
  )
}
