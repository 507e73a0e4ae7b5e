// The worker thread a workshop-file import runs in (built to out/main/import-worker.js; see importRunner.ts).
import { parentPort, workerData } from 'node:worker_threads'
import { runImportJob, type ImportJob } from './importJob'

parentPort?.postMessage(runImportJob(workerData as ImportJob))
