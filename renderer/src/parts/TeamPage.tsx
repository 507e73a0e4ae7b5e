import type { ReactNode } from 'react'
import { routeHref } from '../router'

/** The team library's screens: the way back to the workshops (and the team library), the heading and its actions. */
export function TeamPage({ title, subtitle, actions, withTeamLink = false, children }: { title: string; subtitle?: ReactNode; actions?: ReactNode; withTeamLink?: boolean; children: ReactNode }) {
  return (
    <main id="main" className="page" tabIndex={-1}>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <a href={routeHref({ screen: 'start' })}>Workshops</a>
        {withTeamLink && <> › <a href={routeHref({ screen: 'team' })}>Team library</a></>}
      </nav>
      <div className="page__heading">
        <h1>{title}</h1>
        {actions && <div className="page__actions">{actions}</div>}
        {subtitle && <p className="page__subtitle">{subtitle}</p>}
      </div>
      {children}
    </main>
  )
}
