import { request } from '../../api/client'
import { ErrorMessage, LiveMessage } from '../../ui/Status'
import { useFileExport } from './useFileExport'

const TABLES = [
  { table: 'gaps', label: 'Gaps (CSV)' },
  { table: 'actions', label: 'Action plan (CSV)' },
  { table: 'ratings', label: 'Ratings (CSV)' },
] as const

/** Spreadsheets of the gaps, the action plan and the ratings, and the workshop file that moves it to another laptop. */
export function OtherExports({ workshopId, includeGroupNames }: { workshopId: string; includeGroupNames: boolean }) {
  const { run, message, error } = useFileExport()
  return (
    <section className="panel" aria-labelledby="other-exports-heading">
      <h2 id="other-exports-heading">Spreadsheets and the workshop file</h2>
      <p className="panel__intro">
        The gaps, the action plan (numbered, with its dates as dates) and the ratings as CSV for a spreadsheet, and the whole
        workshop as a file to open on another laptop with Common Ground (Import a workshop file, on the start screen).
      </p>
      {error && <ErrorMessage>{error}</ErrorMessage>}
      <LiveMessage>{message}</LiveMessage>
      <div className="actions actions--start">
        {TABLES.map(({ table, label }) => (
          <button key={table} type="button" className="button" onClick={() => void run(() => request('report.csv', { workshopId, table, includeGroupNames }))}>
            {label}
          </button>
        ))}
        <button type="button" className="button" onClick={() => void run(() => request('workshopFile.export', { workshopId }))}>
          Workshop file
        </button>
      </div>
    </section>
  )
}
