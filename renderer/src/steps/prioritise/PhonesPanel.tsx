import { useState } from 'react'
import { spacedJoinCode } from '../../../../shared/domain/joinCode'
import { plural } from '../../../../shared/domain/voting/words'
import type { Group } from '../../../../shared/domain/workshop'
import { messageOf } from '../../api/client'
import { useApi, write } from '../../api/queries'
import { JoinCard } from '../../parts/JoinCard'
import { ErrorMessage, LiveMessage } from '../../ui/Status'

interface PhonesPanelProps {
  workshopId: string
  groups: readonly Group[]
}

/**
 * Letting the room's phones join: off until the facilitator chooses the network, then the
 * address, the join code (a new one in one click, signing nobody out) and who has joined.
 */
export function PhonesPanel({ workshopId, groups }: PhonesPanelProps) {
  const room = useApi('room.status', { workshopId })
  const [choosing, setChoosing] = useState(false)
  const networks = useApi('room.networks', {}, { enabled: choosing })
  const [address, setAddress] = useState<string>()
  const [error, setError] = useState<string>()
  const [said, setSaid] = useState('')
  const status = room.data

  const act = async (work: () => Promise<unknown>, done: string) => {
    try {
      await work()
      setError(undefined)
      setSaid(done)
    } catch (failure) {
      setError(messageOf(failure))
    }
  }
  const chosen = address ?? networks.data?.find((network) => network.likely)?.address ?? networks.data?.[0]?.address

  return (
    <section className="phones-panel" aria-labelledby="phones-heading">
      <h2 id="phones-heading">Phones</h2>
      <LiveMessage onMoveOn={() => setSaid('')}>{said}</LiveMessage>
      {(error ?? room.error) && <ErrorMessage>{error ?? room.error?.message}</ErrorMessage>}
      {status?.open ? (
        <>
          <p>
            The room is open: phones join at <strong>{status.url}</strong> with the code <strong>{status.code && spacedJoinCode(status.code)}</strong>. Only phones on this network can reach it, and only while it is open.
          </p>
          <JoinCard status={status} density="facilitator" />
          <p>
            <strong>{plural(status.phones, 'phone')} joined</strong>
            {status.phones > 0 && ': '}
            {groups
              .filter((group) => (status.phonesByGroup[group.id] ?? 0) > 0)
              .map((group) => `${group.name} ${status.phonesByGroup[group.id]}`)
              .join(', ')}
          </p>
          <p className="phones-panel__actions">
            <button type="button" className="button" onClick={() => void act(() => write('presenter.show', { workshopId, view: 'join' }), 'The shared screen shows how to join.')}>
              Show how to join on the shared screen
            </button>{' '}
            <button type="button" className="button" onClick={() => void act(() => write('room.newCode', { workshopId }), 'There is a new code. Phones already in the room stay in it.')}>
              New code
            </button>{' '}
            <button type="button" className="button button--quiet" onClick={() => void act(() => write('room.close', { workshopId }), 'The room is closed: phones have left it, and their votes are kept.')}>
              Close the room
            </button>
          </p>
        </>
      ) : status?.elsewhere ? (
        <p>Phones are joined to “{status.elsewhere.title}”. Close that room first, from its Prioritise step.</p>
      ) : !choosing ? (
        <>
          <p>Phones are off. Tables, or each person, can vote from their own phones over the room’s Wi-Fi or your phone’s hotspot, with nothing sent over the internet.</p>
          <button type="button" className="button button--primary" onClick={() => setChoosing(true)}>
            Let phones join
          </button>
        </>
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault()
            if (chosen) void act(() => write('room.open', { workshopId, address: chosen }), 'The room is open for phones.')
          }}
        >
          {networks.error && <ErrorMessage>{networks.error.message}</ErrorMessage>}
          {networks.data?.length === 0 && (
            <p>This laptop is not on any network phones could reach. Join the room’s Wi-Fi, or turn on your phone’s hotspot and join it, then look again.</p>
          )}
          {networks.data && networks.data.length > 0 && (
            <fieldset className="checkboxes">
              <legend>The network the phones are on</legend>
              {networks.data.map((network) => (
                <label key={`${network.interfaceName}-${network.address}`} className="choice">
                  <input type="radio" name="room-network" value={network.address} checked={chosen === network.address} onChange={() => setAddress(network.address)} />
                  {network.label}: {network.address}
                  {network.likely && <span className="field__hint"> (most likely the room’s Wi-Fi or hotspot)</span>}
                </label>
              ))}
            </fieldset>
          )}
          <ul className="phones-panel__advice">
            <li>Phones must be on the same Wi-Fi as this laptop, or this laptop on your phone’s hotspot.</li>
            <li>On Windows, the first time, a firewall window asks whether Common Ground may use networks: choose <strong>Allow</strong> for private networks.</li>
            <li>If this Wi-Fi has no internet, ask people to turn off mobile data, or some phones (Android especially) will not open the page.</li>
          </ul>
          <p>
            <button type="submit" className="button button--primary" disabled={!chosen}>
              Open the room
            </button>{' '}
            <button type="button" className="button" onClick={() => void networks.refetch()}>
              Look again
            </button>{' '}
            <button type="button" className="button button--quiet" onClick={() => setChoosing(false)}>
              Cancel
            </button>
          </p>
        </form>
      )}
    </section>
  )
}
