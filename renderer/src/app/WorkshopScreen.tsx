import { useEffect, useRef } from 'react'
import { formatUkDate } from '../../../shared/domain/dates'
import { useApi } from '../api/queries'
import { ScreenBoundary } from '../parts/ScreenBoundary'
import { ErrorMessage } from '../ui/Status'
import { routeHref, WORKSHOP_STEPS, type WorkshopStep } from '../router'
import { Loading } from '../ui/Loading'
import { preloadStep, STEP_LABELS, STEP_VIEWS } from './steps'
import { TeamPublish } from '../parts/TeamPublish'


export function WorkshopScreen({ workshopId, step }: { workshopId: string; step: WorkshopStep }) {
  const workshop = useApi('workshops.get', { id: workshopId })
  // The step's code and the workshop arrive side by side, not one after the other.
  useEffect(() => void preloadStep(step), [step])
  const heading = useRef<HTMLHeadingElement>(null)
  const ready = workshop.data !== undefined
  useEffect(() => {
    if (ready) heading.current?.focus()
  }, [ready, workshopId])
  // A step reached from the one before (its Next button) starts at its top, focus on the workshop's title.
  const shown = useRef(step)
  useEffect(() => {
    if (shown.current === step) return
    shown.current = step
    window.scrollTo(0, 0)
    heading.current?.focus({ preventScroll: true })
  }, [step])

  if (workshop.error) {
    return (
      <main id="main" className="page" tabIndex={-1}>
        <ErrorMessage>{workshop.error.message}</ErrorMessage>
        <a href={routeHref({ screen: 'start' })}>Back to workshops</a>
      </main>
    )
  }
  if (!workshop.data) return <main id="main" className="page" tabIndex={-1}><p>Loading workshop…</p></main>
  const value = workshop.data
  const StepView = STEP_VIEWS[step]
  return (
    <main id="main" className="page page--workshop" tabIndex={-1}>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <a href={routeHref({ screen: 'start' })}>Workshops</a>
      </nav>
      <div className="page__heading">
        <h1 ref={heading} tabIndex={-1}>{value.title}</h1>
        <p className="page__subtitle">
          {formatUkDate(value.date)}
          {value.localArea && ` · ${value.localArea}`} · Cycle {value.cycle}
        </p>
      </div>
      {/* Sharing is for before and after the room: on Set-up and Report, never pushing the board down. */}
      {(step === 'setup' || step === 'report') && <TeamPublish workshopId={workshopId} title={value.title} />}
      <nav aria-label="Workshop steps" className="stepper">
        <ol>
          {WORKSHOP_STEPS.filter((key) => STEP_VIEWS[key]).map((key, index) => (
            <li key={key}>
              <a href={routeHref({ screen: 'workshop', workshopId, step: key })} aria-current={key === step ? 'step' : undefined}>
                <span className="stepper__number" aria-hidden="true">{index + 1}</span> {STEP_LABELS[key]}
              </a>
            </li>
          ))}
        </ol>
      </nav>
      {StepView ? (
        // The step's code loads while it says so; a render error in a step shows a calm panel in its place (the
        // header and the stepper stay); the Next button waits for the step it follows.
        <Loading>
          <ScreenBoundary key={step} where={`step:${step}`}>
            <StepView workshop={value} />
          </ScreenBoundary>
          <NextStep workshopId={workshopId} step={step} />
        </Loading>
      ) : (
        <ErrorMessage>That step is not available.</ErrorMessage>
      )}
    </main>
  )
}

/** The end of every step but the last: the way on to the next step of the cycle. */
function NextStep({ workshopId, step }: { workshopId: string; step: WorkshopStep }) {
  const shown = WORKSHOP_STEPS.filter((key) => STEP_VIEWS[key])
  const next = shown[shown.indexOf(step) + 1]
  if (!next) return null
  return (
    <nav className="next-step" aria-label="Next step">
      <a className="button button--primary button--big" href={routeHref({ screen: 'workshop', workshopId, step: next })}>
        Next: {STEP_LABELS[next]} <span aria-hidden="true">→</span>
      </a>
    </nav>
  )
}
