import { useCallback, useEffect, useState } from 'react'
import type { PhoneState } from '../../shared/domain/room'
import { callPhone, UNREACHABLE, UNREACHABLE_RETRYING } from './api'
import { Heading } from './Heading'
import { JoinScreen } from './JoinScreen'
import { RoomScreen } from './RoomScreen'
import { SeatScreen } from './SeatScreen'
import { useRoomStream } from './useRoomStream'

type Screen =
  | { kind: 'loading' }
  | { kind: 'join'; notice?: string }
  | { kind: 'ready'; state: PhoneState }
  | { kind: 'closed' }

/**
 * The phone page: join with the code, choose a table (and a role, if you wish), then vote in open
 * rounds, see your vote back, see the results once revealed, and send a gap or a note between
 * rounds. The device is known by its cookie, so reopening the page or unlocking the phone resumes it.
 */
export function PhoneApp() {
  const [screen, setScreen] = useState<Screen>({ kind: 'loading' })
  const [offline, setOffline] = useState<string>()
  const [choosingSeat, setChoosingSeat] = useState(false)

  const refresh = useCallback(async () => {
    const answer = await callPhone('phone.state', {})
    if (answer.ok) {
      setOffline(undefined)
      setScreen({ kind: 'ready', state: answer.value })
    } else if (answer.error.code === 'signed_out') {
      setOffline(undefined)
      setScreen((current) => (current.kind === 'ready' ? { kind: 'join', notice: answer.error.message } : current.kind === 'join' ? current : { kind: 'join' }))
    } else setOffline(answer.error.message)
  }, [])

  useEffect(() => {
    void refresh()
  }, [refresh])

  // While the laptop cannot be reached, try again every few seconds.
  useEffect(() => {
    if (!offline) return
    const timer = window.setInterval(() => void refresh(), 4000)
    return () => window.clearInterval(timer)
  }, [offline, refresh])

  useRoomStream(screen.kind === 'ready', () => void refresh(), () => setScreen({ kind: 'closed' }))

  const show = (state: PhoneState) => {
    setOffline(undefined)
    setScreen({ kind: 'ready', state })
  }

  let body
  if (screen.kind === 'loading') body = offline ? <Heading>Cannot reach the room</Heading> : <p className="quiet">Connecting to the room…</p>
  else if (screen.kind === 'closed') {
    body = (
      <>
        <Heading>The room has closed</Heading>
        <p>The facilitator has closed the room for phones. Thank you for taking part: your votes are kept.</p>
        <p>If the facilitator opens it again, type the new code shown on the shared screen.</p>
        <button type="button" className="button" onClick={() => setScreen({ kind: 'join' })}>
          Join again
        </button>
      </>
    )
  } else if (screen.kind === 'join') body = <JoinScreen notice={screen.notice} onJoined={show} />
  else if (!screen.state.seat || choosingSeat) {
    body = (
      <SeatScreen
        state={screen.state}
        onSeated={(state) => {
          setChoosingSeat(false)
          show(state)
        }}
        onCancel={screen.state.seat ? () => setChoosingSeat(false) : undefined}
        onSignedOut={(notice) => setScreen({ kind: 'join', notice })}
      />
    )
  } else body = <RoomScreen state={screen.state} onState={show} onChangeSeat={() => setChoosingSeat(true)} onSignedOut={(notice) => setScreen({ kind: 'join', notice })} />

  return (
    <main className="phone" id="main">
      {offline && (
        <p className="offline" role="alert">
          {offline === UNREACHABLE ? UNREACHABLE_RETRYING : `${offline} Trying again…`}
        </p>
      )}
      {body}
    </main>
  )
}
