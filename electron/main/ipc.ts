import type { IpcMain, IpcMainInvokeEvent } from 'electron'
import { CALL_NAMES, ipcChannel } from '../../shared/api/calls'
import { fail } from '../../shared/api/result'
import { dispatch, type Handlers } from '../services'

/** One `ipcMain.handle` per contract call, each validating its input through dispatch. */
export function registerIpc(
  ipcMain: Pick<IpcMain, 'handle'>,
  handlers: Handlers,
  isTrustedSender: (event: IpcMainInvokeEvent) => boolean,
): void {
  for (const name of CALL_NAMES) {
    ipcMain.handle(ipcChannel(name), (event, input: unknown) => {
      if (!isTrustedSender(event)) return fail('invalid', 'Refused: this request did not come from Common Ground.')
      return dispatch(handlers, name, input)
    })
  }
}
