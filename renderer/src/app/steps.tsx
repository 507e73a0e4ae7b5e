import type { ComponentType } from 'react'
import type { Workshop } from '../../../shared/domain/workshop'
import { PrioritiseStep } from '../prioritise/PrioritiseStep'
import { AssessStep } from '../assess/AssessStep'
import { ReportStep } from '../report/ReportStep'
import { SetupStep } from '../setup/SetupStep'
import { PlanStep } from '../plan/PlanStep'
import { DoStep } from '../do/DoStep'
import { ReviewStep } from '../review/ReviewStep'
import type { WorkshopStep } from './router'

/** What every step's view receives: the workshop, and a way to reload it after a change. */
export interface StepProps {
  workshop: Workshop
  onChanged: () => Promise<void>
}

export const STEP_LABELS: Record<WorkshopStep, string> = {
  setup: 'Set-up',
  assess: 'Assess',
  prioritise: 'Prioritise',
  plan: 'Plan',
  do: 'Do',
  review: 'Review',
  report: 'Report',
}

/** One line per step: the stepper shows the steps listed here, in the cycle's order. */
export const STEP_VIEWS: Partial<Record<WorkshopStep, ComponentType<StepProps>>> = {
  setup: SetupStep,
  assess: AssessStep,
  prioritise: PrioritiseStep,
  plan: PlanStep,
  do: DoStep,
  review: ReviewStep,
  report: ReportStep,
}
