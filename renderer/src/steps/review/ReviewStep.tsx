import { useCallback, useEffect, useState } from 'react'
import type { Review } from '../../../../shared/api/review'
import type { StepProps } from '../StepProps'
import { messageOf, request } from '../../api/client'
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
  const [review, setReview] = useState<Review>()
  const [reviewError, setReviewError] = useState<string>()
  const [version, setVersion] = useState(0)
  const load = useCallback(async () => {
    try {
      setReview(await request('review.get', { workshopId: workshop.id }))
      setVersion((current) => current + 1)
    } catch (failure) {
      setReviewError(messageOf(failure))
    }
  }, [workshop.id])
  useEffect(() => {
    void load()
  }, [load])

  if (error || reviewError) return <ErrorMessage>{error ?? reviewError}</ErrorMessage>
  if (!data || !review) return <p>Loading the review…</p>
  return (
    <div className="review">
      {/* A saved note can answer an EDIE question, so whose voice is missing is worked out again. */}
      <ReviewNotes workshopId={workshop.id} pack={data.pack} groups={data.groups} onSaved={() => void load()} />
      <Comparison workshopId={workshop.id} cycle={workshop.cycle} pack={data.pack} review={review} onChanged={load} />
      <YouSaidTable workshopId={workshop.id} version={version} />
      <Voices voices={review.voices} previousCycle={review.previous?.cycle ?? null} />
      <Cycles workshop={workshop} />
    </div>
  )
}
