import { contextBridge, ipcRenderer } from 'electron'
import { buildApi } from './bridge'

// Nothing else of Electron reaches the page.
contextBridge.exposeInMainWorld('api', buildApi((channel, input) => ipcRenderer.invoke(channel, input)))
