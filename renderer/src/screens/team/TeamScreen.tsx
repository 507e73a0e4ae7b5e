import { useState } from 'react'
import type { TeamWorkshop } from '../../../../shared/api/team'
import { formatUkDate } from '../../../../shared/domain/dates'
import { messageOf } from '../../api/client'
import { useApi, write } from '../../api/queries'
import { formatMoment } from '../../parts/teamWords'
import { TeamWaiting } from '../../parts/TeamWaiting'
import { TeamPage } from '../../parts/TeamPage'
import { routeHref } from '../../router'
import { ErrorMessage, LiveMessage } from '../../ui/Status'
import '../../parts/team.css'

function Mine({ row }: { row: TeamWorkshop }) {
  if (!row.local) return <>Not on this computer</>
  if (row.newerThanMine) {
    return (
      <>
        <span className="team-badge team-badge--newer"><span aria-hidden="true">▲ </span>Newer than mine</span> you have revision {row.local.revisionNumber ?? 'none'}
        {row.local.changed && ', changed here since'}
      </>
    )
  }
  return (
    <>
      <span className="team-badge team-badge--same"><span aria-hidden="true">✔ </span>Same as mine</span>
      {row.local.changed && <> <span className="team-badge team-badge--changed"><span aria-hidden="true">✎ </span>Changed here</span></>}
    </>
  )
}

/** What the team has published: title, service, cycle, who published it and when, and whether it is newer than this computer's copy. */
export function TeamScreen() {
  const settings = useApi('team.settings', {})
  const connected = settings.data?.connect === true
  const list = useApi('team.list', {}, { enabled: connected, remote: true })
  const [message, setMessage] = useState('')
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState<string>()

  async function get(row: TeamWorkshop) {
    setBusy(row.teamWorkshopId)
    setError(undefined)
    setMessage('')
    try {
      const got = await write('team.get', { teamWorkshopId: row.teamWorkshopId })
      const earlier = got.brought.filter((workshop) => workshop.workshopId !== got.workshopId)
      setMessage(
        got.brought.length === 0
          ? `You already have the latest “${row.title}”.`
          : `Got “${row.title}”${earlier.length > 0 ? `, with ${earlier.length === 1 ? 'the cycle' : `the ${earlier.length} cycles`} it continues from` : ''}.${got.keptMine ? ` Your own version is kept as “${got.keptMine.title}”.` : ''}`,
      )
      void list.refetch()
    } catch (failure) {
      setError(messageOf(failure))
    } finally {
      setBusy(undefined)
    }
  }

  return (
    <TeamPage
      title="Team library"
      actions={
        <>
          <a className="button" href={routeHref({ screen: 'partnership' })}>Across the partnership</a>
          <a className="button" href={routeHref({ screen: 'settings' })}>Settings</a>
          {connected && <button type="button" className="button" onClick={() => void list.refetch()}>Refresh</button>}
        </>
      }
    >
      <TeamWaiting />
      {settings.data && !connected && (
        <p className="empty">
          No team library is connected, so nothing leaves this computer. <a href={routeHref({ screen: 'settings' })}>Connect one in Settings</a>.
        </p>
      )}
      <LiveMessage>{message}</LiveMessage>
      {error && <ErrorMessage>{error}</ErrorMessage>}
      {connected && list.isPending && <p>Asking the team library…</p>}
      {connected && list.error && <ErrorMessage>{list.error.message}</ErrorMessage>}
      {list.data && list.data.length === 0 && <p className="empty">Nothing has been published to the team library yet. Open a workshop and choose Publish.</p>}
      {list.data && list.data.length > 0 && (
        <div className="table-scroll">
          <table className="team-table">
            <caption className="visually-hidden">Workshops in the team library</caption>
            <thead>
              <tr>
                <th scope="col">Workshop</th>
                <th scope="col">Service</th>
                <th scope="col">Cycle</th>
                <th scope="col">Published</th>
                <th scope="col">This computer</th>
                <th scope="col"><span className="visually-hidden">Action</span></th>
              </tr>
            </thead>
            <tbody>
              {list.data.map((row) => (
                <tr key={row.teamWorkshopId}>
                  <td>
                    {row.local ? <a href={routeHref({ screen: 'workshop', workshopId: row.local.workshopId, step: 'setup' })}>{row.title}</a> : row.title}
                    <br />
                    {formatUkDate(row.date)}
                    {row.copyOf && <><br />A separate copy</>}
                    {row.beingRunBy && <><br /><strong>Being run by {row.beingRunBy}</strong>{row.beingRunSince && ` since ${formatMoment(row.beingRunSince)}`}</>}
                  </td>
                  <td>{row.service}</td>
                  <td>{row.cycle}</td>
                  <td>
                    Revision {row.revisionNumber}, by {row.publishedBy}
                    <br />
                    {formatMoment(row.publishedAt)}
                  </td>
                  <td><Mine row={row} /></td>
                  <td>
                    {(!row.local || row.newerThanMine) && (
                      <button type="button" className="button button--primary" disabled={busy !== undefined} onClick={() => void get(row)} aria-label={`Get ${row.newerThanMine ? 'the newer revision of ' : ''}${row.title}`}>
                        {row.newerThanMine ? 'Get the newer revision' : 'Get'}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </TeamPage>
  )
}
