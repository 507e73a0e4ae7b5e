import { useEffect, useState } from 'react'

/** The views inside Assess, addressed as #/workshops/<id>/assess/<view> so reload keeps the place. */
export const ASSESS_VIEWS = ['agenda', 'questions', 'offer', 'ratings', 'gaps'] as const
export type AssessView = (typeof ASSESS_VIEWS)[number] | 'present'

export const ASSESS_VIEW_LABELS: Record<(typeof ASSESS_VIEWS)[number], string> = {
  agenda: 'Agenda',
  questions: 'Questions',
  offer: 'Support offer',
  ratings: 'Ratings',
  gaps: 'Gaps',
}

/** The Assess view an address names; the agenda when it names none (or one that does not exist). */
export function parseAssessView(hash: string): AssessView {
  const part = hash.replace(/^#\/?/, '').split('/').filter(Boolean)[3] ?? ''
  return part === 'present' || (ASSESS_VIEWS as readonly string[]).includes(part) ? (part as AssessView) : 'agenda'
}

export function assessHref(workshopId: string, view: AssessView): string {
  return `#/workshops/${workshopId}/assess/${view}`
}

export function useAssessView(): AssessView {
  const [view, setView] = useState(() => parseAssessView(window.location.hash))
  useEffect(() => {
    const onChange = () => setView(parseAssessView(window.location.hash))
    window.addEventListener('hashchange', onChange)
    return () => window.removeEventListener('hashchange', onChange)
  }, [])
  return view
}
