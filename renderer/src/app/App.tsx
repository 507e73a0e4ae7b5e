import { useEffect, useState } from 'react'
import type { Pack } from '../../../shared/content/schema'
import { useApi } from '../api/queries'
import { useLibraryStatus } from '../parts/useLibraryStatus'
import { LibraryBanner } from '../parts/LibraryBanner'
import { routeHref, useRoute, type Route } from '../router'
import { lazyPart, Loading } from '../ui/Loading'
import { WorkshopScreen } from './WorkshopScreen'
import { preloadStep } from './steps'
import { startScreenCode } from './code'
import { ScreenBoundary } from '../parts/ScreenBoundary'

// Each screen's code is loaded when it is first shown (as each step's is, in steps.tsx), so the first
// screen parses only itself: the start screen never the board, the board never the backups.
const StartScreen = lazyPart(startScreenCode)
const BackupsScreen = lazyPart(() => import('../screens/backups/BackupsScreen').then((module) => module.BackupsScreen))
const PresenterScreen = lazyPart(() => import('../screens/presenter/PresenterScreen').then((module) => module.PresenterScreen))
const SettingsScreen = lazyPart(() => import('../screens/settings/SettingsScreen').then((module) => module.SettingsScreen))
const TeamScreen = lazyPart(() => import('../screens/team/TeamScreen').then((module) => module.TeamScreen))
const PartnershipScreen = lazyPart(() => import('../screens/partnership/PartnershipScreen').then((module) => module.PartnershipScreen))
const ReferencePanel = lazyPart(() => import('../screens/reference/ReferencePanel').then((module) => module.ReferencePanel))

/**
 * Starts fetching the code of the screen the page opens on, before React's first render, and settles
 * once it is in (or could not be fetched): a screen whose code is in draws at once.
 */
export function loadFirstScreenCode(route: Route): Promise<unknown> {
  if (route.screen === 'start') return StartScreen.preload()
  if (route.screen === 'workshop') return preloadStep(route.step)
  return Promise.resolve()
}

const screenLoading = (
  <main id="main" className="page" tabIndex={-1}>
    <p>Loading…</p>
  </main>
)

/**
 * The content pack the reference shows: inside a workshop, the edition that workshop used;
 * elsewhere, the newest edition of the first installed pack. The same queries the screens use, so
 * nothing is asked twice.
 */
function useReferencePack(workshopId: string | undefined, wanted: boolean): { pack?: Pack; error?: string } {
  // Read once the reference is first opened: the first screen does not wait for the whole pack.
  const workshop = useApi('workshops.get', { id: workshopId ?? '' }, { enabled: wanted && workshopId !== undefined })
  const packs = useApi('packs.list', {}, { enabled: wanted && workshopId === undefined })
  const ref = workshopId ? workshop.data?.pack : packs.data?.at(0)
  const pack = useApi('packs.get', ref ? (ref.version ? { id: ref.id, version: ref.version } : { id: ref.id }) : { id: '' }, { enabled: wanted && ref !== undefined })
  const failed = (workshopId ? workshop.error : packs.error) ?? pack.error
  if (failed) return { error: failed.message }
  if (!workshopId && packs.data && packs.data.length === 0) return { error: 'No content pack is installed, so the Reflective Tool cannot be shown.' }
  return pack.data ? { pack: pack.data } : {}
}

export function App() {
  const route = useRoute()
  // The reference's code and pack are fetched the first time it is opened.
  const [reference, setReference] = useState<'never opened' | 'open' | 'closed'>('never opened')
  const referenceWanted = reference !== 'never opened'
  // The shared screen shows the pack's words at once, so its window reads it as it opens.
  const { pack, error } = useReferencePack(route.screen === 'workshop' ? route.workshopId : undefined, referenceWanted || route.screen === 'present')
  const [library, reloadLibrary] = useLibraryStatus()
  // A damaged or missing library shows only the recovery screen, whatever the address says.
  const recovering = library?.state === 'damaged' || library?.state === 'missing'
  useEffect(() => {
    // Keep the recovery screen's own address, so it stays put (with its message) once a restore succeeds.
    if (recovering && route.screen !== 'backups') window.location.replace(routeHref({ screen: 'backups' }))
  }, [recovering, route.screen])

  useEffect(() => {
    // F1 opens the reference from anywhere, as help does in most desktop apps.
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'F1') {
        event.preventDefault()
        setReference('open')
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
          <Loading fallback={screenLoading}>
            <PresenterScreen workshopId={route.workshopId} />
          </Loading>
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
          <button type="button" className="button button--header" onClick={() => setReference('open')} aria-keyshortcuts="F1">
            Key Principles and Recommendations <kbd>F1</kbd>
          </button>
        </div>
      </header>
      <LibraryBanner status={library} />
      {/* Every screen has the calm panel in place of a render error; a workshop's steps have their own inside. */}
      <ScreenBoundary key={route.screen} where={`screen:${route.screen}`} reloadLabel="Reload this screen" page>
        <Loading fallback={screenLoading}>
          {library && (recovering || route.screen === 'backups') && <BackupsScreen status={library} onRestored={reloadLibrary} />}
          {!recovering && route.screen === 'start' && <StartScreen />}
          {!recovering && route.screen === 'settings' && <SettingsScreen />}
          {!recovering && route.screen === 'team' && <TeamScreen />}
          {!recovering && route.screen === 'partnership' && <PartnershipScreen />}
          {!recovering && route.screen === 'workshop' && <WorkshopScreen key={route.workshopId} workshopId={route.workshopId} step={route.step} />}
        </Loading>
      </ScreenBoundary>
      {referenceWanted && (
        <Loading fallback={null}>
          <ReferencePanel pack={pack} error={error} open={reference === 'open'} onClose={() => setReference('closed')} />
        </Loading>
      )}
    </>
  )
}
