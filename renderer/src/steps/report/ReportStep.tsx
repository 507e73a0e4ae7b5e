import { useState, type FormEvent } from 'react'
import { DEFAULT_REPORT_OPTIONS, REPORT_SECTIONS, type ReportSectionKey } from '../../../../shared/report/options'
import { request } from '../../api/client'
import { saveFile } from '../../api/download'
import type { StepProps } from '../StepProps'
import { ErrorMessage, LiveMessage } from '../../ui/Status'
import { OtherExports } from './OtherExports'

/** The Word report the service circulates the same day: the facilitator picks what goes in. */
export function ReportStep({ workshop }: StepProps) {
  const [sections, setSections] = useState<ReportSectionKey[]>(DEFAULT_REPORT_OPTIONS.sections)
  const [includeGroupNames, setIncludeGroupNames] = useState(true)
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState('')
  const [error, setError] = useState<string>()

  function toggle(key: ReportSectionKey) {
    setSections(sections.includes(key) ? sections.filter((k) => k !== key) : REPORT_SECTIONS.map((s) => s.key).filter((k) => k === key || sections.includes(k)))
  }

  async function download(event: FormEvent) {
    event.preventDefault()
    setError(undefined)
    if (sections.length === 0) {
      setError('Choose at least one section for the report.')
      return
    }
    setBusy(true)
    setMessage('Preparing the report…')
    try {
      const file = await request('report.docx', { workshopId: workshop.id, options: { sections, includeGroupNames } })
      saveFile(file)
      setMessage(`Report ready: ${file.fileName}`)
    } catch (failure) {
      setMessage('')
      setError(failure instanceof Error ? failure.message : String(failure))
    } finally {
      setBusy(false)
    }
  }

  return (
    <>
      <section className="panel" aria-labelledby="report-heading">
        <h2 id="report-heading">Word report</h2>
        <p className="panel__intro">A Word document of what the room agreed, to circulate the same day. Choose what goes in.</p>
        <form className="form" onSubmit={(event) => void download(event)} aria-label="Word report">
          <fieldset className="checkboxes checkboxes--stacked">
            <legend>Sections</legend>
            {REPORT_SECTIONS.map((section) => (
              <label key={section.key} className="checkbox">
                <input type="checkbox" checked={sections.includes(section.key)} onChange={() => toggle(section.key)} />
                {section.label}
              </label>
            ))}
          </fieldset>
          <label className="checkbox">
            <input type="checkbox" checked={includeGroupNames} onChange={(event) => setIncludeGroupNames(event.target.checked)} />
            Include group names (untick to show groups as Group 1, Group 2…)
          </label>
          {error && <ErrorMessage>{error}</ErrorMessage>}
          <LiveMessage>{message}</LiveMessage>
          <div className="actions">
            <button type="submit" className="button button--primary" disabled={busy}>
              Download the Word report
            </button>
          </div>
        </form>
      </section>
      <OtherExports workshopId={workshop.id} includeGroupNames={includeGroupNames} />
    </>
  )
}
