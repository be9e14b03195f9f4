import path from 'node:path';
import { BrowserWindow, dialog, screen } from 'electron';
import { appEntryUrl } from './appUrl';
import { installContextMenu } from './contextMenu';
import { readWindowState, writeWindowState } from './windowState';
import { windowOptions } from './windowOptions';

/** Creates the main window where it was last closed, and remembers its place on close. */
export function createMainWindow(
  stateDir: string,
  devServerUrl: string | undefined,
): BrowserWindow {
  const workAreas = screen.getAllDisplays().map((d) => d.workArea);
  const saved = readWindowState(stateDir, workAreas);
  const window = new BrowserWindow(
    windowOptions(path.join(__dirname, '../preload/index.js'), saved?.bounds),
  );
  installContextMenu(window.webContents);
  // The page asks before it is closed with unsaved edits (beforeunload); Electron would
  // otherwise just refuse to close. Ask the person instead.
  window.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(window, {
      type: 'question',
      buttons: ['Close without saving', 'Keep editing'],
      defaultId: 1,
      cancelId: 1,
      title: 'Unsaved changes',
      message: 'You have changes that are not saved yet.',
      detail: 'If you close now, they are lost.',
    });
    if (choice === 0) event.preventDefault();
  });
  window.once('ready-to-show', () => {
    // maximize() would show the window at once, before there is anything to paint.
    if (saved?.maximized) window.maximize();
    window.show();
  });
  window.on('close', () => {
    writeWindowState(stateDir, {
      bounds: window.getNormalBounds(),
      maximized: window.isMaximized(),
    });
  });
  void window.loadURL(devServerUrl ?? appEntryUrl);
  return window;
}
