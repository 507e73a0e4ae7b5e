import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron'
import { CALL_NAMES, CHANGES_CHANNEL, ipcChannel } from '../../shared/api/calls'
import { originSchema } from '../../shared/api/changes'
import { fail } from '../../shared/api/result'
import { dispatch, type Handlers } from '../services'
import type { ChangeFeed } from '../services/changes'

/**
 * One `ipcMain.handle` per contract call, each validating its input through dispatch. The preload
 * sends the window's own id after the input, so the change event a write causes names it.
 */
export function registerIpc(
  ipcMain: Pick<IpcMain, 'handle'>,
  handlers: Handlers,
  isTrustedSender: (event: IpcMainInvokeEvent) => boolean,
  changes?: ChangeFeed,
): void {
  for (const name of CALL_NAMES) {
    ipcMain.handle(ipcChannel(name), (event, input: unknown, origin: unknown) => {
      if (!isTrustedSender(event)) return fail('invalid', 'Refused: this request did not come from Common Ground.')
      const sender = originSchema.safeParse(origin)
      return dispatch(handlers, name, input, { changes, origin: sender.success ? sender.data : null })
    })
  }
}

/** Pushes every change event to the app's own windows (the main window and the presenter window), and to nothing else. */
export function pushChanges(changes: ChangeFeed, windows: () => Iterable<Pick<WebContents, 'send' | 'isDestroyed'>>): () => void {
  return changes.subscribe((event) => {
    for (const contents of windows()) {
      if (!contents.isDestroyed()) contents.send(CHANGES_CHANNEL, event)
    }
  })
}
