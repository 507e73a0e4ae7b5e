// A step never imports another step, nor a screen.
import { AgendaView } from '../assess/AgendaView' // ✗ import-x/no-restricted-paths
import { StartScreen } from '../../screens/start/StartScreen' // ✗ import-x/no-restricted-paths
import { STEP_VIEWS } from '../../app/steps' // ✗ import-x/no-restricted-paths
import { UpdateForm } from './UpdateForm'
import type { StepProps } from '../StepProps'
import { StatusBadge } from '../../parts/StatusBadge'
import { request } from '../../api/client'
import { Field } from '../../ui/Field'
import { routeHref } from '../../router'

export type { StepProps }
export { AgendaView, StartScreen, STEP_VIEWS, UpdateForm, StatusBadge, request, Field, routeHref }
