import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain } from 'electron';
import { type Backend, createBackend } from './backend';
import { clockFromEnvironment } from './backend/clock';
import { fontsDirFor } from './backend/documents/fontsDir';
import { AppError } from './backend/errors';
import { defaultDataDir, productName } from './backend/paths';
import { isAppUrl } from './electron/appUrl';
import { installGuards } from './electron/guards';
import { registerIpc } from './electron/ipc';
import { installMenu } from './electron/menu';
import { createElectronPlatform } from './electron/platform';
import { handleAppProtocol, registerAppSchemeAsPrivileged } from './electron/protocol';
import { createMainWindow } from './electron/window';

/** The desktop app: one window, one backend, wired through the IPC contract. */

app.setName(productName);
const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
// PARTNERLOOM_DATA_DIR moves everything the app keeps (database, window state, browser profile).
const dataDir = process.env.PARTNERLOOM_DATA_DIR?.trim()
  ? defaultDataDir()
  : path.join(app.getPath('appData'), productName);
app.setPath('userData', dataDir);

let backend: Backend | undefined;
let mainWindow: BrowserWindow | undefined;

function showMainWindow(): void {
  if (mainWindow && !mainWindow.isDestroyed()) {
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
    return;
  }
  mainWindow = createMainWindow(dataDir, devServerUrl);
}

if (!app.requestSingleInstanceLock()) {
  // Another Partnerloom is running: it is told (second-instance) and focuses its window.
  app.quit();
} else {
  registerAppSchemeAsPrivileged();
  app.on('second-instance', showMainWindow);

  // The backend starts at once, before Electron is ready: its start-up check of the database runs
  // in a worker thread while Electron sets up and the window loads, and requests wait for it.
  let failure: string | null = null;
  try {
    backend = createBackend({
      dataDir,
      version: app.getVersion(),
      // PARTNERLOOM_NOW starts the app on another day (trying things out, end-to-end tests).
      clock: clockFromEnvironment(process.env.PARTNERLOOM_NOW),
      platform: createElectronPlatform(process.env.PARTNERLOOM_EXPORTS_DIR?.trim() || null),
      // Packaged, the fonts are unpacked beside app.asar; Electron's fs finds them through it.
      fontsDir: fontsDirFor(path.join(app.getAppPath(), 'resources')),
      checkInBackground: true,
    });
  } catch (error) {
    failure = error instanceof AppError ? error.message : `Unexpected error: ${String(error)}`;
  }

  void app.whenReady().then(() => {
    if (!backend) {
      // Shown once Electron is ready: before, Linux would only print it.
      dialog.showErrorBox('Partnerloom cannot open its data', failure ?? 'Unknown error.');
      app.quit();
      return;
    }
    installGuards(devServerUrl);
    const opened = backend;
    registerIpc(
      ipcMain,
      (channel, input) => opened.call(channel, input),
      (url) => isAppUrl(url, devServerUrl),
    );
    handleAppProtocol(path.join(__dirname, '../renderer'));
    installMenu(devServerUrl !== undefined);
    showMainWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) showMainWindow();
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => backend?.close());
  // Windows ends the session without will-quit; close the database cleanly there too.
  app.on('browser-window-created', (_event, window) => {
    window.on('session-end', () => backend?.close());
  });
}
