import { request } from '../../api/client'
import { ErrorMessage, LiveMessage } from '../../ui/Status'
import { useFileExport } from './useFileExport'

/** The two-page briefing for elected and lead members, in the shape of the Practice Guide's summary for them. */
export function Briefing({ workshopId }: { workshopId: string }) {
  const { run, message, error, busy } = useFileExport()
  return (
    <section className="panel" aria-labelledby="briefing-heading">
      <h2 id="briefing-heading">Briefing for elected members</h2>
      <p className="panel__intro">
        Two pages for elected and lead members: the priorities and why, progress since the last cycle, the Key Principles and
        Recommendations they touch with the strength of evidence in words, and the Practice Guide’s four key questions for engaging
        senior leaders, answered from this workshop where it can be. Groups are never named in it.
      </p>
      {error && <ErrorMessage>{error}</ErrorMessage>}
      <LiveMessage>{message}</LiveMessage>
      <div className="actions actions--start">
        <button type="button" className="button button--primary" disabled={busy} onClick={() => void run(() => request('report.briefing', { workshopId }), 'Preparing the briefing…')}>
          Download the briefing for elected members
        </button>
      </div>
    </section>
  )
}
