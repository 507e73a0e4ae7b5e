import { useEffect, useRef, useState } from 'react'
import { fieldErrors } from '../../../../shared/api/result'
import { youSaidRowsSchema, type YouSaidRow } from '../../../../shared/domain/plan/youSaid'
import { messageOf, RequestError } from '../../api/client'
import { useApi, write } from '../../api/queries'
import { ConfirmDialog } from '../../ui/Dialog'
import { DraftNotice } from '../../ui/DraftNotice'
import { readDraftFor, writeDraftFor } from '../../ui/useDraft'
import { ErrorMessage, LiveMessage } from '../../ui/Status'

const COLUMNS = [
  { key: 'youSaid', label: 'You said' },
  { key: 'weDid', label: 'We did' },
  { key: 'nowWeWill', label: 'Now we will' },
] as const

/**
 * "You said, we did, now we will", drafted from the gaps groups raised, the priorities and the
 * actions, then edited by the facilitator. The saved version is the one the report uses, grouped by
 * each row's theme (drafted from the priority's Key Principle).
 */
export function YouSaidTable({ workshopId }: { workshopId: string }) {
  const [rows, setRows] = useState<YouSaidRow[]>()
  const [draft, setDraft] = useState<YouSaidRow[]>([])
  const [saved, setSaved] = useState(false)
  // A ref, so reloading after a plan change never needs the editing state as a dependency.
  const dirty = useRef(false)
  const setDirty = (value: boolean) => {
    dirty.current = value
  }
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [error, setError] = useState<string>()
  const [message, setMessage] = useState('')
  const [redrafting, setRedrafting] = useState(false)
  // Typing kept locally until the table is saved: the rows it was typed over, and whether it was put back after a reload.
  const place = { workshopId, form: 'you-said' }
  const base = useRef<YouSaidRow[]>([])
  const [restored, setRestored] = useState(false)
  useEffect(() => {
    if (rows && dirty.current) writeDraftFor({ workshopId, form: 'you-said' }, rows, base.current)
  }, [rows, workshopId])

  // Seeded from the cache, and again whenever the plan or the gaps change what it would draft.
  const youSaid = useApi('review.youSaid', { workshopId })
  useEffect(() => {
    const answer = youSaid.data
    if (!answer) return
    setDraft(answer.draft)
    setSaved(answer.saved.length > 0)
    // Keep what the facilitator is editing if the plan reloads underneath.
    const start = answer.saved.length > 0 ? answer.saved : answer.draft
    if (!dirty.current) base.current = start
    const kept = dirty.current ? undefined : readDraftFor({ workshopId, form: 'you-said' }, start.length > 0 ? start : [{ theme: '', youSaid: '', weDid: '', nowWeWill: '' }])
    if (kept) {
      setDirty(true)
      setRestored(true)
    }
    setRows((current) => (current && dirty.current ? current : kept ?? start))
  }, [workshopId, youSaid.data])
  const failed = error ?? youSaid.error?.message

  function edit(index: number, key: keyof YouSaidRow, value: string) {
    setRows((current) => current?.map((row, at) => (at === index ? { ...row, [key]: value } : row)))
    setDirty(true)
  }

  async function save() {
    if (!rows) return
    setError(undefined)
    const parsed = youSaidRowsSchema.safeParse(rows)
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error))
      return
    }
    setErrors({})
    try {
      const answer = await write('review.saveYouSaid', { workshopId, rows: parsed.data })
      setRows(answer.length > 0 ? answer : draft)
      setSaved(answer.length > 0)
      setDirty(false)
      writeDraftFor(place, [], [])
      base.current = answer.length > 0 ? answer : draft
      setRestored(false)
      setMessage('Table saved. The report will use this version.')
    } catch (failure) {
      if (failure instanceof RequestError) setErrors(Object.fromEntries(Object.entries(failure.error.fields ?? {}).map(([key, text]) => [key.replace(/^rows\./, ''), text])))
      setError(messageOf(failure))
    }
  }

  return (
    <section className="panel" aria-labelledby="you-said-heading">
      <h2 id="you-said-heading">You said, we did, now we will</h2>
      <p className="panel__intro">
        {saved ? 'Saved. The report uses this version.' : 'Drafted from the gaps groups raised, the agreed priorities and their actions. Edit it, then save it for the report.'}
      </p>
      <LiveMessage onMoveOn={() => setMessage('')}>{message}</LiveMessage>
      {failed && <ErrorMessage>{failed}</ErrorMessage>}
      <DraftNotice
        draft={{
          restored,
          offered: undefined,
          restore: () => undefined,
          discard: () => {
            setDirty(false)
            writeDraftFor(place, [], [])
            setRows(base.current)
            setRestored(false)
          },
        }}
      />
      {!rows && !failed && <p>Loading…</p>}
      {rows && rows.length === 0 && <p className="empty">Nothing to draft from yet: raise gaps and agree priorities first, or add a row.</p>}
      {rows && rows.length > 0 && (
        <div className="table-scroll">
          <table className="plan-table you-said-table">
            <caption className="visually-hidden">You said, we did, now we will</caption>
            <thead>
              <tr>
                <th scope="col">Theme</th>
                {COLUMNS.map((column) => <th key={column.key} scope="col">{column.label}</th>)}
                <th scope="col"><span className="visually-hidden">Remove</span></th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row, index) => (
                <tr key={index}>
                  <td className="you-said-table__theme">
                    <textarea
                      rows={2}
                      aria-label={`Theme, row ${index + 1}`}
                      aria-invalid={Boolean(errors[`${index}.theme`])}
                      value={row.theme}
                      onChange={(event) => edit(index, 'theme', event.target.value)}
                    />
                    {errors[`${index}.theme`] && <p className="field__error">{errors[`${index}.theme`]}</p>}
                  </td>
                  {COLUMNS.map((column) => {
                    const problem = errors[`${index}.${column.key}`]
                    return (
                      <td key={column.key}>
                        <textarea
                          aria-label={`${column.label}, row ${index + 1}`}
                          aria-invalid={Boolean(problem)}
                          rows={4}
                          value={row[column.key]}
                          onChange={(event) => edit(index, column.key, event.target.value)}
                        />
                        {problem && <p className="field__error">{problem}</p>}
                      </td>
                    )
                  })}
                  <td>
                    <button type="button" className="button button--danger-quiet" onClick={() => { setRows(rows.filter((_, at) => at !== index)); setDirty(true) }}>
                      Remove row {index + 1}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="actions">
        <button type="button" className="button" onClick={() => { setRows([...(rows ?? []), { theme: '', youSaid: '', weDid: '', nowWeWill: '' }]); setDirty(true) }}>
          Add a row
        </button>
        <button type="button" className="button" onClick={() => setRedrafting(true)}>
          Draft again from the plan
        </button>
        <button type="button" className="button button--primary" onClick={() => void save()}>
          Save table
        </button>
      </div>
      <ConfirmDialog
        title="Draft the table again?"
        open={redrafting}
        confirmLabel="Replace with a new draft"
        onCancel={() => setRedrafting(false)}
        onConfirm={() => {
          setRedrafting(false)
          setRows(draft)
          setDirty(true)
          setMessage('Drafted again from the plan. Save the table to keep it.')
        }}
      >
        <p>The table on screen will be replaced by a fresh draft from the plan. Nothing is saved until you choose Save table.</p>
      </ConfirmDialog>
    </section>
  )
}
