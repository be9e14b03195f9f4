import { type Api, channels } from '../../../shared/api';
import type { Result } from '../../../shared/result';
import { createHttpApi, takeSessionToken } from './httpTransport';

declare global {
  interface Window {
    /** Set by the desktop app's preload; absent in browser mode. */
    api?: Api;
  }
}

type AnyCall = (input?: unknown) => Promise<Result<unknown>>;

/** A transport failure (a rejected promise) becomes an error envelope like any other. */
function neverRejecting(transport: Api): Api {
  return Object.fromEntries(
    channels.map((channel) => {
      const call = transport[channel] as AnyCall;
      const safe: AnyCall = (input) =>
        call(input).catch((error: unknown) => {
          console.warn(`Call ${channel} failed`, error);
          return {
            ok: false as const,
            error: {
              code: 'internal' as const,
              message: 'Partnerloom could not complete this request. Please try again.',
            },
          };
        });
      return [channel, safe];
    }),
  ) as unknown as Api;
}

/**
 * The renderer's only way to the backend. Which transport carries the calls (Electron IPC
 * or HTTP on 127.0.0.1) is decided here once; nothing else knows.
 */
export const api: Api = neverRejecting(window.api ?? createHttpApi(takeSessionToken()));
