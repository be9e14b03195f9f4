import { channels, ipcChannelName } from '../../shared/api';
import { type Result, fail } from '../../shared/result';

/** The part of Electron's IpcMainInvokeEvent this module reads. */
export interface InvokeEvent {
  senderFrame: { url: string; parent: unknown } | null;
}

/** The part of Electron's ipcMain this module uses, so registration is testable without Electron. */
export interface IpcMainLike {
  handle(
    channel: string,
    listener: (event: InvokeEvent, input: unknown) => Promise<Result<unknown>>,
  ): void;
  removeHandler(channel: string): void;
}

/**
 * Registers one handler per contract channel. Each checks that the call comes from one of our
 * own pages before the backend validates and runs it.
 */
export function registerIpc(
  ipcMain: IpcMainLike,
  call: (channel: string, input: unknown) => Promise<Result<unknown>>,
  isTrustedUrl: (url: string) => boolean,
): () => void {
  for (const channel of channels) {
    ipcMain.handle(ipcChannelName(channel), (event, input) => {
      const frame = event.senderFrame;
      // Only our own top-level page may call; never a subframe, whatever its address.
      if (!frame || frame.parent !== null || !isTrustedUrl(frame.url)) {
        return Promise.resolve(
          fail({ code: 'forbidden', message: 'This request did not come from Partnerloom.' }),
        );
      }
      return call(channel, input);
    });
  }
  return () => {
    for (const channel of channels) ipcMain.removeHandler(ipcChannelName(channel));
  };
}
