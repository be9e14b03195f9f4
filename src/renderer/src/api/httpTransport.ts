import { type Api, channels, httpChannelPath, tokenHeader } from '../../../shared/api';
import type { Result } from '../../../shared/result';

const tokenKey = 'partnerloom.token';

/**
 * Browser mode's session key arrives in the address's fragment (#token=…), which is never
 * sent to a server or logged. It is kept for this tab only and removed from the address bar.
 */
export function takeSessionToken(): string | null {
  const match = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(window.location.hash);
  if (match?.[1]) {
    sessionStorage.setItem(tokenKey, match[1]);
    history.replaceState(null, '', window.location.pathname + window.location.search);
    return match[1];
  }
  return sessionStorage.getItem(tokenKey);
}

async function post(
  channel: string,
  input: unknown,
  token: string | null,
): Promise<Result<unknown>> {
  let response: Response;
  try {
    response = await fetch(channel, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [tokenHeader]: token ?? '' },
      body: JSON.stringify({ input }),
    });
  } catch {
    return {
      ok: false,
      error: {
        code: 'internal',
        message:
          'Partnerloom is not reachable. Is it still running in the terminal where you started it?',
      },
    };
  }
  try {
    return (await response.json()) as Result<unknown>;
  } catch {
    return {
      ok: false,
      error: {
        code: 'internal',
        message: `Partnerloom answered with an error (${response.status}).`,
      },
    };
  }
}

export function createHttpApi(token: string | null): Api {
  return Object.fromEntries(
    channels.map((channel) => [
      channel,
      (input?: unknown) => post(httpChannelPath(channel), input, token),
    ]),
  ) as unknown as Api;
}
