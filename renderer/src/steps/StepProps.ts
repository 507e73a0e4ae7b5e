import type { Workshop } from '../../../shared/domain/workshop'

/** What every step's view receives: the workshop, as the cache holds it (a save of its details updates it). */
export interface StepProps {
  workshop: Workshop
}
