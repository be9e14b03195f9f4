import { app, session, shell } from 'electron';
import { isAppUrl, isExternalUrlAllowed } from './appUrl';

/**
 * App-wide guards of DESIGN.md §3: no navigation away from our pages, no new windows (https
 * and mailto links the user clicks open in the OS instead), no webviews, no permissions.
 */
export function installGuards(devServerUrl: string | undefined): void {
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) =>
    callback(false),
  );
  session.defaultSession.setPermissionCheckHandler(() => false);

  app.on('web-contents-created', (_event, contents) => {
    // will-frame-navigate covers subframes too, not only the main frame. A link the
    // coordinator follows to a website or an email address opens in the OS instead.
    contents.on('will-frame-navigate', (event) => {
      if (isAppUrl(event.url, devServerUrl)) return;
      event.preventDefault();
      if (event.isMainFrame && isExternalUrlAllowed(event.url)) void shell.openExternal(event.url);
    });
    contents.on('will-redirect', (event) => {
      if (!isAppUrl(event.url, devServerUrl)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      if (isExternalUrlAllowed(url)) void shell.openExternal(url);
      return { action: 'deny' };
    });
  });
}
