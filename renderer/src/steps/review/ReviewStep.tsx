import type { StepProps } from '../StepProps'
import { useApi } from '../../api/queries'
import { usePlanData } from '../../parts/usePlanData'
import { ErrorMessage } from '../../ui/Status'
import { Comparison } from './Comparison'
import { Cycles } from './Cycles'
import { ReviewNotes } from './ReviewNotes'
import { Voices } from './Voices'
import { YouSaidTable } from './YouSaidTable'
import './review.css'

/** Step 4 (Review): reflect, compare with the last cycle, tell carers what changed, and start the next cycle. */
export function ReviewStep({ workshop }: StepProps) {
  const { data, error } = usePlanData(workshop)
  // Refetched whenever a note, a rating, the plan or the groups change (a saved note can answer an EDIE question).
  const { data: review, error: reviewFailure } = useApi('review.get', { workshopId: workshop.id })
  const reviewError = reviewFailure?.message

  if (error || reviewError) return <ErrorMessage>{error ?? reviewError}</ErrorMessage>
  if (!data || !review) return <p>Loading the review…</p>
  return (
    <div className="review">
      <ReviewNotes workshopId={workshop.id} pack={data.pack} groups={data.groups} />
      <Comparison workshopId={workshop.id} cycle={workshop.cycle} pack={data.pack} review={review} />
      <YouSaidTable workshopId={workshop.id} />
      <Voices voices={review.voices} previousCycle={review.previous?.cycle ?? null} />
      <Cycles workshop={workshop} />
    </div>
  )
}
