// A screen never imports a step or another screen.
import { SetupStep } from '../../steps/setup/SetupStep' // ✗ import-x/no-restricted-paths
import { BackupsScreen } from '../backups/BackupsScreen' // ✗ import-x/no-restricted-paths
import { WorkshopForm } from '../../parts/WorkshopForm'

export { SetupStep, BackupsScreen, WorkshopForm }
