import type { Workshop } from '../../../shared/domain/workshop'

/** What every step's view receives: the workshop, and a way to reload it after a change. */
export interface StepProps {
  workshop: Workshop
  onChanged: () => Promise<void>
}
