import { useState } from 'react'
import type { Gap } from '../../../../shared/domain/gaps'
import type { InboxMessage } from '../../../../shared/domain/room'
import type { Group } from '../../../../shared/domain/workshop'
import { messageOf } from '../../api/client'
import { useApi, write } from '../../api/queries'
import { Field } from '../../ui/Field'
import { ErrorMessage, LiveMessage } from '../../ui/Status'

interface InboxPanelProps {
  workshopId: string
  gaps: readonly Gap[]
  groups: readonly Group[]
}

/** One message from a phone: accept it as a gap (in the facilitator's words), merge it into a gap, or dismiss it. */
function MessageItem({ message, gaps, from, onDone }: { message: InboxMessage; gaps: readonly Gap[]; from: string; onDone: (said: string) => void }) {
  const [title, setTitle] = useState(message.text)
  const [into, setInto] = useState('')
  const [error, setError] = useState<string>()
  const act = async (work: () => Promise<unknown>, said: string) => {
    try {
      await work()
      onDone(said)
    } catch (failure) {
      setError(messageOf(failure))
    }
  }
  return (
    <li className="inbox__message">
      <p className="inbox__what">
        <strong>{message.kind === 'gap' ? 'Gap' : 'Note'} from {from}:</strong> {message.text}
      </p>
      {message.detail && <p className="inbox__detail">{message.detail}</p>}
      {error && <ErrorMessage>{error}</ErrorMessage>}
      <div className="inbox__actions">
        <Field label="Title of the gap">
          {(props) => <input {...props} value={title} maxLength={200} onChange={(event) => setTitle(event.target.value)} />}
        </Field>
        <button
          type="button"
          className="button button--primary"
          onClick={() =>
            void act(
              () =>
                write('inbox.accept', {
                  id: message.id,
                  details: { title, detail: message.detail, links: [], groupIds: message.groupId ? [message.groupId] : [], sourceQuestionId: message.questionId, edie: false },
                }),
              `“${title}” is a gap now.`,
            )
          }
        >
          Accept as a gap
        </button>
        {gaps.length > 0 && (
          <>
            <Field label="Or merge it into">
              {(props) => (
                <select {...props} value={into} onChange={(event) => setInto(event.target.value)}>
                  <option value="">Choose a gap</option>
                  {gaps.map((gap) => (
                    <option key={gap.id} value={gap.id}>
                      {gap.title}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <button
              type="button"
              className="button"
              disabled={into === ''}
              onClick={() => void act(() => write('inbox.merge', { id: message.id, gapId: into }), `Merged into “${gaps.find((gap) => gap.id === into)?.title ?? 'the gap'}”.`)}
            >
              Merge
            </button>
          </>
        )}
        <button type="button" className="button button--quiet" onClick={() => void act(() => write('inbox.dismiss', { id: message.id }), 'Dismissed.')}>
          Dismiss
        </button>
      </div>
    </li>
  )
}

/** What the room's phones sent: nothing of it reaches the shared screen until accepted here. */
export function InboxPanel({ workshopId, gaps, groups }: InboxPanelProps) {
  const inbox = useApi('inbox.list', { workshopId })
  const [said, setSaid] = useState('')
  const waiting = inbox.data?.filter((message) => message.status === 'new') ?? []
  const handled = (inbox.data?.length ?? 0) - waiting.length
  const nameOf = (groupId: string | null) => groups.find((group) => group.id === groupId)?.name ?? 'a table since removed'
  if (!inbox.data?.length && !inbox.error) return null
  return (
    <section className="inbox" aria-labelledby="inbox-heading">
      <h2 id="inbox-heading">From the phones ({waiting.length} waiting)</h2>
      <p className="field__hint">Only you see these. A gap reaches the shared screen once you accept or merge it.</p>
      <LiveMessage onMoveOn={() => setSaid('')}>{said}</LiveMessage>
      {inbox.error && <ErrorMessage>{inbox.error.message}</ErrorMessage>}
      <ul className="inbox__list">
        {waiting.map((message) => (
          <MessageItem key={message.id} message={message} gaps={gaps} from={nameOf(message.groupId)} onDone={setSaid} />
        ))}
      </ul>
      {handled > 0 && <p className="field__hint">{handled} dealt with already.</p>}
    </section>
  )
}
