// The ui kit stands alone: no API calls, no workshop parts.
import { request } from '../api/client' // ✗ import-x/no-restricted-paths
import { NoteEditor } from '../parts/NoteEditor' // ✗ import-x/no-restricted-paths
import { Field } from './Field'

export { request, NoteEditor, Field }
