import { useEffect, useState } from 'react'
import type { Pack } from '../../../shared/content/schema'
import { useApi } from '../api/queries'
import { BackupsScreen } from '../screens/backups/BackupsScreen'
import { useLibraryStatus } from '../parts/useLibraryStatus'
import { LibraryBanner } from '../parts/LibraryBanner'
import { ReferencePanel } from '../screens/reference/ReferencePanel'
import { StartScreen } from '../screens/start/StartScreen'
import { routeHref, useRoute } from '../router'
import { WorkshopScreen } from './WorkshopScreen'
import { PresenterScreen } from '../screens/presenter/PresenterScreen'
import { SettingsScreen } from '../screens/settings/SettingsScreen'
import { TeamScreen } from '../screens/team/TeamScreen'
import { PartnershipScreen } from '../screens/partnership/PartnershipScreen'
import { ScreenBoundary } from '../parts/ScreenBoundary'

/**
 * The content pack the reference shows: inside a workshop, the edition that workshop used;
 * elsewhere, the newest edition of the first installed pack. The same queries the screens use, so
 * nothing is asked twice.
 */
function useReferencePack(workshopId: string | undefined): { pack?: Pack; error?: string } {
  const workshop = useApi('workshops.get', { id: workshopId ?? '' }, { enabled: workshopId !== undefined })
  const packs = useApi('packs.list', {}, { enabled: workshopId === undefined })
  const ref = workshopId ? workshop.data?.pack : packs.data?.at(0)
  const pack = useApi('packs.get', ref ? (ref.version ? { id: ref.id, version: ref.version } : { id: ref.id }) : { id: '' }, { enabled: ref !== undefined })
  const failed = (workshopId ? workshop.error : packs.error) ?? pack.error
  if (failed) return { error: failed.message }
  if (!workshopId && packs.data && packs.data.length === 0) return { error: 'No content pack is installed, so the Reflective Tool cannot be shown.' }
  return pack.data ? { pack: pack.data } : {}
}

export function App() {
  const route = useRoute()
  const { pack, error } = useReferencePack(route.screen === 'workshop' ? route.workshopId : undefined)
  const [library, reloadLibrary] = useLibraryStatus()
  // A damaged or missing library shows only the recovery screen, whatever the address says.
  const recovering = library?.state === 'damaged' || library?.state === 'missing'
  useEffect(() => {
    // Keep the recovery screen's own address, so it stays put (with its message) once a restore succeeds.
    if (recovering && route.screen !== 'backups') window.location.replace(routeHref({ screen: 'backups' }))
  }, [recovering, route.screen])
  const [referenceOpen, setReferenceOpen] = useState(false)

  useEffect(() => {
    // F1 opens the reference from anywhere, as help does in most desktop apps.
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'F1') {
        event.preventDefault()
        setReferenceOpen(true)
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])

  // The presenter window shows one thing at a time for the projector: no header, no controls.
  if (!recovering && route.screen === 'present') {
    return (
      <>
        <LibraryBanner status={library} />
        <ScreenBoundary key={route.workshopId} where="presenter" reloadLabel="Reload the shared screen" large>
          <PresenterScreen workshopId={route.workshopId} />
        </ScreenBoundary>
      </>
    )
  }

  return (
    <>
      <a className="skip-link" href="#main" onClick={(event) => {
        event.preventDefault()
        document.getElementById('main')?.focus()
      }}>
        Skip to content
      </a>
      <header className="app-header">
        <a className="app-header__name" href={routeHref({ screen: 'start' })}>
          Common Ground
        </a>
        <div className="app-header__actions">
          <a className="button button--header" href={routeHref({ screen: 'team' })}>Team library</a>
          <a className="button button--header" href={routeHref({ screen: 'settings' })}>Settings</a>
          <button type="button" className="button button--header" onClick={() => setReferenceOpen(true)} aria-keyshortcuts="F1">
            Key Principles and Recommendations <kbd>F1</kbd>
          </button>
        </div>
      </header>
      <LibraryBanner status={library} />
      {library && (recovering || route.screen === 'backups') && <BackupsScreen status={library} onRestored={reloadLibrary} />}
      {!recovering && route.screen === 'start' && <StartScreen />}
      {!recovering && route.screen === 'settings' && <SettingsScreen />}
      {!recovering && route.screen === 'team' && <TeamScreen />}
      {!recovering && route.screen === 'partnership' && <PartnershipScreen />}
      {!recovering && route.screen === 'workshop' && <WorkshopScreen key={route.workshopId} workshopId={route.workshopId} step={route.step} />}
      <ReferencePanel pack={pack} error={error} open={referenceOpen} onClose={() => setReferenceOpen(false)} />
    </>
  )
}
