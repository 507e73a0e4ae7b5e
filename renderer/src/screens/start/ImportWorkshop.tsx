import { useRef, useState } from 'react'
import { MAX_WORKSHOP_FILE_BYTES } from '../../../../shared/domain/fileLimits'
import { RequestError } from '../../api/client'
import { write } from '../../api/queries'
import { navigate } from '../../router'
import { ConfirmDialog } from '../../ui/Dialog'
import { ErrorMessage } from '../../ui/Status'

/** Opens a workshop file from another laptop as a new workshop; never replaces one that is here. */
export function ImportWorkshop() {
  const input = useRef<HTMLInputElement>(null)
  const [error, setError] = useState<string>()
  const [pending, setPending] = useState<{ text: string; question: string }>()

  async function importText(text: string, asCopy: boolean) {
    try {
      const workshop = await write('workshopFile.import', asCopy ? { text, asCopy } : { text })
      navigate({ screen: 'workshop', workshopId: workshop.id, step: 'setup' })
    } catch (failure) {
      if (failure instanceof RequestError && failure.error.code === 'conflict') setPending({ text, question: failure.error.message })
      else setError(failure instanceof Error ? failure.message : String(failure))
    }
  }

  async function chosen(file: File | undefined) {
    setError(undefined)
    if (!file) return
    if (file.size > MAX_WORKSHOP_FILE_BYTES) {
      setError(`“${file.name}” is ${(file.size / 1024 / 1024).toFixed(1)} MB: too large to be a Common Ground workshop file. Nothing was imported.`)
      return
    }
    await importText(await file.text(), false)
    if (input.current) input.current.value = ''
  }

  return (
    <>
      <label className="button file-button">
        Import a workshop file
        <input ref={input} type="file" accept=".json,application/json" className="visually-hidden" onChange={(event) => void chosen(event.target.files?.[0])} />
      </label>
      {error && <ErrorMessage>{error}</ErrorMessage>}
      <ConfirmDialog
        title="This workshop is already here"
        open={pending !== undefined}
        confirmLabel="Import as a copy"
        onCancel={() => setPending(undefined)}
        onConfirm={async () => {
          const text = pending?.text
          setPending(undefined)
          if (text) await importText(text, true)
        }}
      >
        <p>{pending?.question}</p>
      </ConfirmDialog>
    </>
  )
}
