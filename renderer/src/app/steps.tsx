import { STEP_CODE } from './code'
import { lazyPart, type LazyPart } from '../ui/Loading'
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

/**
 * Each step's view, its code loaded when it is first shown (a chunk of its own: code.ts), so a screen
 * never parses the steps it does not show. The stepper shows the steps listed in STEP_CODE, in the
 * cycle's order.
 */
export const STEP_VIEWS: Partial<Record<WorkshopStep, LazyPart<StepProps>>> = Object.fromEntries(
  Object.entries(STEP_CODE).map(([step, load]) => [step, lazyPart(load)]),
)

/** Starts fetching a step's code (while the workshop itself loads); the browser fetches a module once. */
export function preloadStep(step: WorkshopStep): Promise<unknown> {
  return STEP_VIEWS[step]?.preload() ?? Promise.resolve()
}
