import { useState } from 'react'
import type { ExportedFile } from '../../../../shared/api/files'
import { messageOf } from '../../api/client'
import { saveFile } from '../../api/download'

/** Makes a file through the API and hands it to the browser, with a message for screen readers either way. */
export function useFileExport() {
  const [message, setMessage] = useState('')
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)

  async function run(make: () => Promise<ExportedFile>, preparing = '') {
    setError(undefined)
    setBusy(true)
    setMessage(preparing)
    try {
      const file = await make()
      saveFile(file)
      setMessage(`Ready: ${file.fileName}`)
    } catch (failure) {
      setMessage('')
      setError(messageOf(failure))
    } finally {
      setBusy(false)
    }
  }

  return { run, message, error, busy }
}
