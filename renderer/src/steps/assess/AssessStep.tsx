import { useEffect } from 'react'
import type { StepProps } from '../StepProps'
import { ErrorMessage } from '../../ui/Status'
import { AgendaView } from './AgendaView'
import { GapsView } from './GapsView'
import { OfferView } from './OfferView'
import { QuestionView } from './QuestionView'
import { RatingsView } from './RatingsView'
import { ASSESS_VIEWS, ASSESS_VIEW_LABELS, assessHref, useAssessView } from './subview'
import { useAssessData } from './useAssessData'
import './assess.css'

/** Step 1 of the Reflective Tool, as the facilitator runs it in the room. */
export function AssessStep({ workshop }: StepProps) {
  const view = useAssessView()
  const { data, error } = useAssessData(workshop)
  const presenting = view === 'present'

  useEffect(() => {
    // Presenting hides the app's chrome (header, stepper, tabs) so the projector shows only the question.
    document.body.classList.toggle('cg-presenting', presenting)
    return () => document.body.classList.remove('cg-presenting')
  }, [presenting])

  return (
    <div className="assess">
      {!presenting && (
        <nav aria-label="Assess" className="assess-tabs">
          <ul>
            {ASSESS_VIEWS.map((key) => (
              <li key={key}>
                <a href={assessHref(workshop.id, key)} aria-current={key === view ? 'page' : undefined}>
                  {ASSESS_VIEW_LABELS[key]}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {error && <ErrorMessage>{error}</ErrorMessage>}
      {!data && !error && <p>Loading the Reflective Tool…</p>}
      {data && view === 'agenda' && <AgendaView workshop={workshop} data={data} />}
      {data && (view === 'questions' || view === 'present') && (
        <QuestionView workshop={workshop} data={data} present={presenting} />
      )}
      {data && view === 'offer' && <OfferView workshop={workshop} data={data} />}
      {data && view === 'ratings' && <RatingsView workshop={workshop} data={data} />}
      {data && view === 'gaps' && <GapsView workshop={workshop} data={data} />}
    </div>
  )
}
