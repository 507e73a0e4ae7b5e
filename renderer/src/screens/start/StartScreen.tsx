import { useEffect, useState } from 'react'
import { formatUkDate } from '../../../../shared/domain/dates'
import type { WorkshopSummary } from '../../../../shared/domain/workshop'
import { useApi, write } from '../../api/queries'
import { navigate, routeHref } from '../../router'
import { ImportWorkshop } from './ImportWorkshop'
import { SampleButton } from './SampleButton'
import { OverdueActions, ServiceList, useCycleOverview } from './StartOverview'
import { ConfirmDialog, Dialog } from '../../ui/Dialog'
import { forgetGoneWorkshopsInPage, forgetWorkshopInPage } from '../../parts/pageStorage'
import { ErrorMessage, LiveMessage } from '../../ui/Status'
import { TeamWaiting } from '../../parts/TeamWaiting'
import { lazyPart, Loading } from '../../ui/Loading'
import { whenIdle } from '../../api/idle'

// The form (with React Hook Form and the schemas) loads when New workshop is first chosen, not with the list.
const WorkshopForm = lazyPart(() => import('../../parts/WorkshopForm').then((module) => module.WorkshopForm))

/** At most this long after the list is in, drafts of workshops deleted elsewhere are cleared from this browser. */
const FORGET_GONE_WAIT_MS = 2000

/** What the facilitator is told after a delete, including any backup that could not be rewritten. */
function deletedMessage(title: string, fromBackups: boolean, answer: { backupsRewritten: number; backupsUnreadable: string[] }): string {
  if (!fromBackups) return `Deleted “${title}”.`
  const rewritten = answer.backupsRewritten === 1 ? '1 backup' : `${answer.backupsRewritten} backups`
  const damaged = answer.backupsUnreadable.length
  const unreadable = damaged === 0 ? '' : ` ${damaged === 1 ? 'One damaged backup' : `${damaged} damaged backups`} could not be rewritten and may still hold it.`
  return `Deleted “${title}”, and removed it from ${rewritten}.${unreadable}`
}

function groupsPhrase(count: number): string {
  return count === 1 ? '1 group' : `${count} groups`
}

export function StartScreen() {
  const workshops = useApi('workshops.list', {})
  const packs = useApi('packs.list', {})
  const overview = useCycleOverview()
  const [creating, setCreating] = useState(false)
  const [deleting, setDeleting] = useState<WorkshopSummary>()
  const [removeFromBackups, setRemoveFromBackups] = useState(false)
  const [message, setMessage] = useState('')
  const [error, setError] = useState<string>()

  // Housekeeping, once the list is drawn and the page idle: the first read of this browser's storage
  // waits on the browser process, a few milliseconds the first screen need not spend.
  useEffect(() => {
    const live = workshops.data?.map((workshop) => workshop.id)
    return live ? whenIdle(() => forgetGoneWorkshopsInPage(live), FORGET_GONE_WAIT_MS) : undefined
  }, [workshops.data])

  async function confirmDelete() {
    if (!deleting) return
    try {
      const answer = await write('workshops.delete', { id: deleting.id, removeFromBackups })
      forgetWorkshopInPage(deleting.id)
      setMessage(deletedMessage(deleting.title, removeFromBackups, answer))
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure))
    }
    setDeleting(undefined)
    setRemoveFromBackups(false)
  }

  return (
    <main id="main" className="page" tabIndex={-1}>
      <div className="page__heading">
        <h1>Workshops</h1>
        <div className="page__actions">
          <SampleButton />
          <ImportWorkshop />
          <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
            New workshop
          </button>
        </div>
      </div>
      <p className="start__backups">
        <a href={routeHref({ screen: 'backups' })}>Backups</a>: restore your library as it was at an earlier time.{' '}
        <a href={routeHref({ screen: 'team' })}>Team library</a>: publish and get workshops your service shares.
      </p>
      <LiveMessage>{message}</LiveMessage>
      {error && <ErrorMessage>{error}</ErrorMessage>}
      <TeamWaiting />
      <OverdueActions overdue={overview.overdue} />
      {workshops.isPending && !workshops.error && <p>Loading workshops…</p>}
      {workshops.error && <ErrorMessage>{workshops.error.message}</ErrorMessage>}
      {workshops.data?.length === 0 && (
        <div className="empty">
          <p>No workshops yet. Start one for your next carers’ forum or co-production session.</p>
        </div>
      )}
      {workshops.data && workshops.data.length > 0 && (
        <ul className="workshop-list" aria-label="Workshops, newest first">
          <ServiceList workshops={workshops.data} links={overview.links} card={(workshop) => (
            <li key={workshop.id} className="workshop-card">
              <h2 className="workshop-card__title">
                <a href={routeHref({ screen: 'workshop', workshopId: workshop.id, step: 'setup' })}>{workshop.title}</a>
              </h2>
              <p className="workshop-card__meta">
                <span>{formatUkDate(workshop.date)}</span>
                {workshop.localArea && <span>{workshop.localArea}</span>}
                <span>Cycle {workshop.cycle}</span>
                <span>{groupsPhrase(workshop.groupCount)}</span>
              </p>
              <div className="workshop-card__actions">
                <button
                  type="button"
                  className="button"
                  onClick={() => navigate({ screen: 'workshop', workshopId: workshop.id, step: 'setup' })}
                  aria-label={`Edit details of ${workshop.title}`}
                >
                  Edit details
                </button>
                <button
                  type="button"
                  className="button button--danger-quiet"
                  onClick={() => setDeleting(workshop)}
                  aria-label={`Delete ${workshop.title}`}
                >
                  Delete
                </button>
              </div>
            </li>
          )} />
        </ul>
      )}

      <Dialog title="New workshop" open={creating} onClose={() => setCreating(false)}>
        <Loading>
        <WorkshopForm
          submitLabel="Create workshop"
          {...(packs.data ? { packs: packs.data } : {})}
          onCancel={() => setCreating(false)}
          onSubmit={async (details, pack) => {
            const workshop = await write('workshops.create', pack ? { ...details, pack } : details)
            setCreating(false)
            navigate({ screen: 'workshop', workshopId: workshop.id, step: 'setup' })
          }}
        />
        </Loading>
      </Dialog>

      <ConfirmDialog
        title="Delete this workshop?"
        open={deleting !== undefined}
        confirmLabel="Delete workshop"
        onCancel={() => {
          setDeleting(undefined)
          setRemoveFromBackups(false)
        }}
        onConfirm={confirmDelete}
      >
        {deleting && (
          <>
            <p>
              “{deleting.title}” ({formatUkDate(deleting.date)}) and everything recorded in it, including its{' '}
              {groupsPhrase(deleting.groupCount)}, will be deleted from the library on this computer.
            </p>
            <p className="checkbox">
              <input id="remove-from-backups" type="checkbox" checked={removeFromBackups} onChange={(event) => setRemoveFromBackups(event.target.checked)} />
              <label htmlFor="remove-from-backups">Also remove it from every backup</label>
            </p>
            <p>
              {removeFromBackups
                ? 'Nothing of it will be left in Common Ground’s data folder. This cannot be undone.'
                : 'Copies stay in the backups until newer backups replace them, so it can be restored from the Backups screen.'}
            </p>
          </>
        )}
      </ConfirmDialog>
    </main>
  )
}
