import type { BrowserWindowConstructorOptions, Rectangle } from 'electron';

/** The one window's options: DESIGN.md §3, asserted by a unit test. */
export function windowOptions(
  preloadPath: string,
  bounds?: Partial<Rectangle>,
): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 820,
    ...bounds,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Partnerloom',
    backgroundColor: '#f8f9fa',
    autoHideMenuBar: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      // Only macOS checks spelling with the OS; elsewhere Chromium would download dictionaries
      // from the internet, and Partnerloom sends nothing anywhere.
      spellcheck: process.platform === 'darwin',
    },
  };
}
