import { useEffect, useRef, useState } from 'react'
import { GROUP_ROLE_LABELS, type Group } from '../../../../shared/domain/workshop'
import { messageOf } from '../../api/client'
import { useApi, write } from '../../api/queries'
import { ConfirmDialog } from '../../ui/Dialog'
import { ErrorMessage, LiveMessage } from '../../ui/Status'
import { GroupForm } from './GroupForm'

function describeGroup(group: Group): string {
  const roles = group.roles.map((role) => GROUP_ROLE_LABELS[role]).join(', ') || 'Role mix not recorded'
  return `${roles} · ${group.headCount === 1 ? '1 person' : `${group.headCount} people`}`
}

export function GroupsEditor({ workshopId }: { workshopId: string }) {
  const groups = useApi('groups.list', { workshopId })
  const [editing, setEditing] = useState<string>()
  const [removing, setRemoving] = useState<Group>()
  const [message, setMessage] = useState('')
  const [error, setError] = useState<string>()
  const listRef = useRef<HTMLOListElement>(null)
  /** After a move, the button to keep focus on, once the list shows the new order. */
  const refocus = useRef<string>(undefined)
  useEffect(() => {
    const target = refocus.current
    if (!target) return
    refocus.current = undefined
    // Keep focus on the same button of the moved group so repeated presses keep moving it.
    listRef.current?.querySelector<HTMLButtonElement>(`[data-move="${target}"]`)?.focus()
  }, [groups.data])

  async function move(list: Group[], index: number, by: -1 | 1) {
    const order = list.map((group) => group.id)
    const target = index + by
    if (target < 0 || target >= order.length) return
    ;[order[index], order[target]] = [order[target]!, order[index]!]
    try {
      refocus.current = `${list[index]!.id}:${by}`
      await write('groups.reorder', { workshopId, order })
      setMessage(`Moved ${list[index]!.name} to position ${target + 1} of ${order.length}.`)
    } catch (failure) {
      refocus.current = undefined
      setError(messageOf(failure))
    }
  }

  async function confirmRemove() {
    if (!removing) return
    try {
      await write('groups.remove', { id: removing.id })
      setMessage(`Removed ${removing.name}.`)
    } catch (failure) {
      setError(messageOf(failure))
    }
    setRemoving(undefined)
  }

  return (
    <section className="panel" aria-labelledby="groups-heading">
      <h2 id="groups-heading">Groups</h2>
      <p className="panel__intro">The tables in the room. Record the role mix so results can show whether carers and professionals see things differently. People’s names are not needed.</p>
      <LiveMessage onMoveOn={() => setMessage('')}>{message}</LiveMessage>
      {error && <ErrorMessage>{error}</ErrorMessage>}
      {groups.error && <ErrorMessage>{groups.error.message}</ErrorMessage>}
      {groups.data && (
        <>
          {groups.data.length === 0 ? (
            <p className="empty">No groups yet. Add one for each table.</p>
          ) : (
            <ol className="group-list" ref={listRef} aria-label="Groups in order">
              {groups.data.map((group, index, list) => (
                <li key={group.id} className="group-row">
                  {editing === group.id ? (
                    <GroupForm
                      initial={group}
                      draftPlace={{ workshopId, form: 'group', recordId: group.id }}
                      label={`Edit ${group.name}`}
                      submitLabel="Save group"
                      onCancel={() => setEditing(undefined)}
                      onSubmit={async (details) => {
                        await write('groups.update', { id: group.id, details })
                        setEditing(undefined)
                        setMessage(`Saved ${details.name}.`)
                      }}
                    />
                  ) : (
                    <>
                      <div className="group-row__text">
                        <span className="group-row__name">{group.name}</span>
                        <span className="group-row__meta">{describeGroup(group)}</span>
                      </div>
                      <div className="group-row__actions">
                        <button type="button" className="button" data-move={`${group.id}:-1`} disabled={index === 0} onClick={() => void move(list, index, -1)} aria-label={`Move ${group.name} up`}>
                          ↑ Up
                        </button>
                        <button type="button" className="button" data-move={`${group.id}:1`} disabled={index === list.length - 1} onClick={() => void move(list, index, 1)} aria-label={`Move ${group.name} down`}>
                          ↓ Down
                        </button>
                        <button type="button" className="button" onClick={() => setEditing(group.id)} aria-label={`Edit ${group.name}`}>
                          Edit
                        </button>
                        <button type="button" className="button button--danger-quiet" onClick={() => setRemoving(group)} aria-label={`Remove ${group.name}`}>
                          Remove
                        </button>
                      </div>
                    </>
                  )}
                </li>
              ))}
            </ol>
          )}
          <h3>Add a group</h3>
          <GroupForm
            label="Add a group"
            draftPlace={{ workshopId, form: 'group' }}
            submitLabel="Add group"
            onSubmit={async (details) => {
              await write('groups.add', { workshopId, details })
              setMessage(`Added ${details.name}.`)
            }}
          />
        </>
      )}
      <ConfirmDialog
        title="Remove this group?"
        open={removing !== undefined}
        confirmLabel="Remove group"
        onCancel={() => setRemoving(undefined)}
        onConfirm={confirmRemove}
      >
        {removing && <p>{removing.name} will be removed from this workshop, with anything recorded against it.</p>}
      </ConfirmDialog>
    </section>
  )
}
