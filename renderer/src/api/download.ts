import type { ExportedFile } from '../../../shared/api/files'

/**
 * Hands a file the app made to the user: a download in the browser, a save dialog in the
 * desktop app (Electron turns downloads into its native save dialog).
 */
export function saveFile(file: ExportedFile): void {
  const bytes = Uint8Array.from(atob(file.base64), (char) => char.charCodeAt(0))
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mimeType }))
  const link = document.createElement('a')
  link.href = url
  link.download = file.fileName
  link.rel = 'noopener'
  document.body.append(link)
  link.click()
  link.remove()
  // Give the browser time to start the download before the address is released.
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}
