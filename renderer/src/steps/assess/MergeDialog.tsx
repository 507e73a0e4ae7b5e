import { useState, type FormEvent } from 'react'
import type { Gap } from '../../../../shared/domain/gaps'
import { RequestError } from '../../api/client'
import { write } from '../../api/queries'
import { Dialog } from '../../ui/Dialog'
import { Field } from '../../ui/Field'
import { ErrorMessage } from '../../ui/Status'

interface Props {
  first: Gap
  gaps: Gap[]
  onClose: () => void
  onMerged: (gap: Gap) => void
}

/** Two gaps that groups raised in other words become one, keeping every group and link. */
export function MergeDialog({ first, gaps, onClose, onMerged }: Props) {
  const others = gaps.filter((gap) => gap.id !== first.id)
  const [secondId, setSecondId] = useState(others[0]?.id ?? '')
  const [title, setTitle] = useState(first.title)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [formError, setFormError] = useState<string>()

  async function submit(event: FormEvent) {
    event.preventDefault()
    setFormError(undefined)
    try {
      onMerged(await write('gaps.merge', { firstId: first.id, secondId, title }))
    } catch (failure) {
      if (failure instanceof RequestError) {
        setErrors(failure.error.fields ?? {})
        setFormError(failure.error.message)
      } else setFormError(String(failure))
    }
  }

  return (
    <Dialog title={`Merge “${first.title}”`} open onClose={onClose}>
      <form className="form" onSubmit={(event) => void submit(event)} noValidate aria-label="Merge gaps">
        {formError && <ErrorMessage>{formError}</ErrorMessage>}
        <p>The merged gap keeps every group that raised either gap and every Key Principle and Recommendation either was linked to. You can undo the merge.</p>
        <Field label="Merge with" error={errors.secondId}>
          {(field) => (
            <select {...field} value={secondId} onChange={(event) => setSecondId(event.target.value)} data-autofocus>
              {others.map((gap) => (
                <option key={gap.id} value={gap.id}>{gap.title}</option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Title of the merged gap" error={errors.title}>
          {(field) => <input {...field} type="text" value={title} onChange={(event) => setTitle(event.target.value)} autoComplete="off" />}
        </Field>
        <div className="actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button--primary">
            Merge gaps
          </button>
        </div>
      </form>
    </Dialog>
  )
}
