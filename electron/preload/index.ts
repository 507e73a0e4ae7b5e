import { contextBridge, ipcRenderer } from 'electron'
import { CHANGES_CHANNEL } from '../../shared/api/calls'
import { buildApi, buildChanges } from './bridge'

// This window's own id: sent with each call, so it can tell the change events its own writes caused.
const clientId = crypto.randomUUID()

// Nothing else of Electron reaches the page: the calls, and the change stream (shared/api/changes.ts).
contextBridge.exposeInMainWorld('api', buildApi((channel, input) => ipcRenderer.invoke(channel, input, clientId)))
contextBridge.exposeInMainWorld(
  'changes',
  buildChanges(
    clientId,
    (listener) => ipcRenderer.on(CHANGES_CHANNEL, listener),
    (listener) => ipcRenderer.off(CHANGES_CHANNEL, listener),
  ),
)
