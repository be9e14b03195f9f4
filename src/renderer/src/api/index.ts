import type { Api } from '../../../shared/api';
import { createHttpApi, takeSessionToken } from './httpTransport';

declare global {
  interface Window {
    /** Set by the desktop app's preload; absent in browser mode. */
    api?: Api;
  }
}

/**
 * The renderer's only way to the backend. Which transport carries the calls (Electron IPC
 * or HTTP on 127.0.0.1) is decided here once; nothing else knows.
 */
export const api: Api = window.api ?? createHttpApi(takeSessionToken());
