import { z } from 'zod'

/** A file the app made for the user to save: a report, a spreadsheet, a workshop file. */
export const exportedFileSchema = z.object({
  fileName: z.string().min(1),
  mimeType: z.string().min(1),
  /** The file's bytes, base64-encoded so they travel in JSON over IPC and HTTP alike. */
  base64: z.string(),
})
export type ExportedFile = z.infer<typeof exportedFileSchema>

export const MIME = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  csv: 'text/csv;charset=utf-8',
  json: 'application/json',
} as const
