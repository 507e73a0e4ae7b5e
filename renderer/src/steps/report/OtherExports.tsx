import { useState } from 'react'
import type { ExportedFile } from '../../../../shared/api/files'
import { request } from '../../api/client'
import { saveFile } from '../../api/download'
import { ErrorMessage, LiveMessage } from '../../ui/Status'

/** Spreadsheets of the gaps and the action plan, and the workshop file that moves it to another laptop. */
export function OtherExports({ workshopId, includeGroupNames }: { workshopId: string; includeGroupNames: boolean }) {
  const [message, setMessage] = useState('')
  const [error, setError] = useState<string>()

  async function run(make: () => Promise<ExportedFile>) {
    setError(undefined)
    try {
      const file = await make()
      saveFile(file)
      setMessage(`Ready: ${file.fileName}`)
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure))
    }
  }

  return (
    <section className="panel" aria-labelledby="other-exports-heading">
      <h2 id="other-exports-heading">Spreadsheets and the workshop file</h2>
      <p className="panel__intro">
        The gaps and the action plan as CSV for a spreadsheet, and the whole workshop as a file to open on another laptop with
        Common Ground (Import a workshop file, on the start screen).
      </p>
      {error && <ErrorMessage>{error}</ErrorMessage>}
      <LiveMessage>{message}</LiveMessage>
      <div className="actions actions--start">
        <button type="button" className="button" onClick={() => void run(() => request('report.csv', { workshopId, table: 'gaps', includeGroupNames }))}>
          Gaps (CSV)
        </button>
        <button type="button" className="button" onClick={() => void run(() => request('report.csv', { workshopId, table: 'actions', includeGroupNames }))}>
          Action plan (CSV)
        </button>
        <button type="button" className="button" onClick={() => void run(() => request('workshopFile.export', { workshopId }))}>
          Workshop file
        </button>
      </div>
    </section>
  )
}
