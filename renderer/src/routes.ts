// The app's addresses without React: the page's first code (boot/run.ts) reads the route before React loads.
/** Screens of the app, addressed by the URL hash so reload and the back button keep your place. */
export type Route =
  | { screen: 'start' }
  | { screen: 'backups' }
  /** The team library: connection settings, what the team has published, and across the partnership. */
  | { screen: 'settings' }
  | { screen: 'team' }
  | { screen: 'partnership' }
  | { screen: 'workshop'; workshopId: string; step: WorkshopStep }
  /** The projector's window (presenter view) of a workshop. */
  | { screen: 'present'; workshopId: string }

/** The cycle's steps in order; a step appears in the stepper once it has a view in steps.tsx. */
export const WORKSHOP_STEPS = ['setup', 'assess', 'prioritise', 'plan', 'do', 'review', 'report'] as const
export type WorkshopStep = (typeof WORKSHOP_STEPS)[number]

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean)
  if (parts[0] === 'workshops' && parts[1] && parts[2] === 'present') return { screen: 'present', workshopId: parts[1] }
  if (parts[0] === 'workshops' && parts[1]) {
    const step = (WORKSHOP_STEPS as readonly string[]).includes(parts[2] ?? '') ? (parts[2] as WorkshopStep) : 'setup'
    return { screen: 'workshop', workshopId: parts[1], step }
  }
  if (parts[0] === 'backups') return { screen: 'backups' }
  if (parts[0] === 'settings') return { screen: 'settings' }
  if (parts[0] === 'team') return { screen: 'team' }
  if (parts[0] === 'partnership') return { screen: 'partnership' }
  return { screen: 'start' }
}

export function routeHref(route: Route): string {
  if (route.screen === 'backups') return '#/backups'
  if (route.screen === 'settings' || route.screen === 'team' || route.screen === 'partnership') return `#/${route.screen}`
  if (route.screen === 'present') return `#/workshops/${route.workshopId}/present`
  return route.screen === 'start' ? '#/' : `#/workshops/${route.workshopId}/${route.step}`
}

export function navigate(route: Route): void {
  window.location.hash = routeHref(route)
}
