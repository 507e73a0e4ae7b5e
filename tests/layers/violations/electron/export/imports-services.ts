// The export renders the pure report model: never the services or the store.
import { readReportSource } from '../services/report' // ✗ import-x/no-restricted-paths
import { createStore } from '../store' // ✗ import-x/no-restricted-paths
import { Document } from 'docx'
import type { ReportModel } from '../../shared/report/model'

export type { ReportModel }
export { readReportSource, createStore, Document }
