/** The renderer is served from this privileged custom scheme rather than file:// (own origin, CSP header). */
export const appScheme = 'app';
export const appHost = 'partnerloom';
export const appOrigin = `${appScheme}://${appHost}`;
export const appEntryUrl = `${appOrigin}/index.html`;

/**
 * True for our own pages: app://partnerloom/… or, during `npm run dev`, the dev server's
 * origin. Everything else is refused for navigation and IPC.
 */
export function isAppUrl(url: string, devServerUrl?: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === `${appScheme}:` && parsed.host === appHost) return true;
  if (devServerUrl) {
    try {
      return parsed.origin === new URL(devServerUrl).origin;
    } catch {
      return false;
    }
  }
  return false;
}

/**
 * Links the coordinator clicks may leave the app only as web or mailto: addresses and only via
 * the OS. Plain http: is allowed because many small partner organisations still have no https
 * site; the address was typed and checked when the partner was saved.
 */
export function isExternalUrlAllowed(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:' || protocol === 'mailto:';
  } catch {
    return false;
  }
}
