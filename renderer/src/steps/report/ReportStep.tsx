import { useState, type FormEvent } from 'react'
import { DEFAULT_REPORT_OPTIONS, REPORT_SECTIONS, type ReportSectionKey } from '../../../../shared/report/options'
import { request } from '../../api/client'
import type { StepProps } from '../StepProps'
import { ErrorMessage, LiveMessage } from '../../ui/Status'
import { Briefing } from './Briefing'
import { OtherExports } from './OtherExports'
import { useFileExport } from './useFileExport'
import './report.css'

/** The Word report the service circulates the same day: the facilitator picks what goes in. */
export function ReportStep({ workshop }: StepProps) {
  const [sections, setSections] = useState<ReportSectionKey[]>(DEFAULT_REPORT_OPTIONS.sections)
  const [includeGroupNames, setIncludeGroupNames] = useState(true)
  const [choiceError, setChoiceError] = useState<string>()
  const { run, message, error, busy } = useFileExport()

  function toggle(key: ReportSectionKey) {
    setSections(sections.includes(key) ? sections.filter((k) => k !== key) : REPORT_SECTIONS.map((s) => s.key).filter((k) => k === key || sections.includes(k)))
  }

  function download(event: FormEvent) {
    event.preventDefault()
    setChoiceError(sections.length === 0 ? 'Choose at least one section for the report.' : undefined)
    if (sections.length === 0) return
    void run(() => request('report.docx', { workshopId: workshop.id, options: { sections, includeGroupNames } }), 'Preparing the report…')
  }

  return (
    <div className="report-step">
      <section className="panel" aria-labelledby="report-heading">
        <h2 id="report-heading">Word report</h2>
        <p className="panel__intro">A Word document of what the room agreed, to circulate the same day. Choose what goes in.</p>
        <form className="form" onSubmit={download} aria-label="Word report">
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
          {(choiceError ?? error) && <ErrorMessage>{choiceError ?? error}</ErrorMessage>}
          <LiveMessage>{message}</LiveMessage>
          <div className="actions">
            <button type="submit" className="button button--primary" disabled={busy}>
              Download the Word report
            </button>
          </div>
        </form>
      </section>
      <Briefing workshopId={workshop.id} />
      <OtherExports workshopId={workshop.id} includeGroupNames={includeGroupNames} />
    </div>
  )
}
