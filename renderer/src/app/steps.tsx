import type { ComponentType } from 'react'
import { PrioritiseStep } from '../steps/prioritise/PrioritiseStep'
import { AssessStep } from '../steps/assess/AssessStep'
import { ReportStep } from '../steps/report/ReportStep'
import { SetupStep } from '../steps/setup/SetupStep'
import { PlanStep } from '../steps/plan/PlanStep'
import { DoStep } from '../steps/do/DoStep'
import { ReviewStep } from '../steps/review/ReviewStep'
import type { StepProps } from '../steps/StepProps'
import type { WorkshopStep } from '../router'

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
