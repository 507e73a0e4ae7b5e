// Parts are used by steps and screens, never the other way round.
import { useAssessData } from '../steps/assess/useAssessData' // ✗ import-x/no-restricted-paths
import { ImportWorkshop } from '../screens/start/ImportWorkshop' // ✗ import-x/no-restricted-paths
import { StatusBadge } from './StatusBadge'

export { useAssessData, ImportWorkshop, StatusBadge }
