import type { ComponentType } from 'react'
import { lazyPart } from '../ui/Loading'
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

type Loader = () => Promise<ComponentType<StepProps>>

/**
 * Each step's code, loaded when it is first shown (a chunk of its own in the build), so a screen
 * never parses the steps it does not show. One line per step: the stepper shows the steps listed here,
 * in the cycle's order.
 */
const LOADERS: Partial<Record<WorkshopStep, Loader>> = {
  setup: () => import('../steps/setup/SetupStep').then((module) => module.SetupStep),
  assess: () => import('../steps/assess/AssessStep').then((module) => module.AssessStep),
  prioritise: () => import('../steps/prioritise/PrioritiseStep').then((module) => module.PrioritiseStep),
  plan: () => import('../steps/plan/PlanStep').then((module) => module.PlanStep),
  do: () => import('../steps/do/DoStep').then((module) => module.DoStep),
  review: () => import('../steps/review/ReviewStep').then((module) => module.ReviewStep),
  report: () => import('../steps/report/ReportStep').then((module) => module.ReportStep),
}

export const STEP_VIEWS: Partial<Record<WorkshopStep, ComponentType<StepProps>>> = Object.fromEntries(
  Object.entries(LOADERS).map(([step, load]) => [step, lazyPart(load)]),
)

/** Starts fetching a step's code (while the workshop itself loads); the browser fetches a module once. */
export function preloadStep(step: WorkshopStep): void {
  void LOADERS[step]?.().catch(() => undefined)
}
