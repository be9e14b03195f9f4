import { contextBridge, ipcRenderer } from 'electron';
import { type Api, channels, ipcChannelName } from '../shared/api';

/**
 * Exposes exactly one object, window.api: a function per contract channel that invokes it
 * over IPC. ipcRenderer itself never reaches the page.
 */
const api = Object.fromEntries(
  channels.map((channel) => [
    channel,
    (input?: unknown) => ipcRenderer.invoke(ipcChannelName(channel), input),
  ]),
) as unknown as Api;

contextBridge.exposeInMainWorld('api', api);
