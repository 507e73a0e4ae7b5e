import type { ComponentType } from 'react'
import type { StepProps } from '../steps/StepProps'
import type { WorkshopStep } from '../routes'

/**
 * Where each step's and the start screen's code is fetched from: a chunk of its own in the build,
 * loaded when first shown (steps.tsx, App.tsx), or before React's first render for the address the
 * page opens on (App.tsx `loadFirstScreenCode`), so it arrives beside the first screen's answers.
 */
export const STEP_CODE: Partial<Record<WorkshopStep, () => Promise<ComponentType<StepProps>>>> = {
  setup: () => import('../steps/setup/SetupStep').then((module) => module.SetupStep),
  assess: () => import('../steps/assess/AssessStep').then((module) => module.AssessStep),
  prioritise: () => import('../steps/prioritise/PrioritiseStep').then((module) => module.PrioritiseStep),
  plan: () => import('../steps/plan/PlanStep').then((module) => module.PlanStep),
  do: () => import('../steps/do/DoStep').then((module) => module.DoStep),
  review: () => import('../steps/review/ReviewStep').then((module) => module.ReviewStep),
  report: () => import('../steps/report/ReportStep').then((module) => module.ReportStep),
}

export const startScreenCode = () => import('../screens/start/StartScreen').then((module) => module.StartScreen)

