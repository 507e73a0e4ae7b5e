// Services never import Electron in any form, nor electron/main or electron/preload.
import { app } from 'electron' // ✗ no-restricted-imports, import-x/no-restricted-paths
import { BrowserWindow } from 'electron/main' // ✗ no-restricted-imports
import { registerIpc } from '../main/ipc' // ✗ import-x/no-restricted-paths
import { buildApi } from '../preload/bridge' // ✗ import-x/no-restricted-paths
import { startHost } from '../host/server' // ✗ import-x/no-restricted-paths
import { createStore } from '../store'
import { renderReport } from '../export/docx'

export async function load(name: string) {
  const electron = await import('electron') // ✗ no-restricted-syntax, import-x/no-restricted-paths
  const renderer = await import('electron/renderer') // ✗ no-restricted-syntax
  const hidden: unknown = await import(name) // ✗ no-restricted-syntax
  return { electron, renderer, hidden }
}

export { app, BrowserWindow, registerIpc, buildApi, startHost, createStore, renderReport }
