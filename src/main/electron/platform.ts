import fs from 'node:fs/promises';
import path from 'node:path';
import { app, BrowserWindow, dialog, Notification, shell } from 'electron';
import type { NotifyOutcome, Platform } from '../backend/platform';
import { createExportFolderPlatform } from '../backend/exportFolder';

type DesktopActions = Pick<Platform, 'openPath' | 'showInFolder' | 'notify' | 'setBadgeCount'>;

const mainWindow = () => BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];

// A notification that is garbage-collected before it is clicked no longer reports the click.
const shownNotifications = new Set<Notification>();

/** Files the app saved open in their programs; reminders use the system's notifications. */
const desktopActions: DesktopActions = {
  // shell.openPath answers an error message, or '' when the file was opened.
  openPath: async (filePath) => (await shell.openPath(filePath)) === '',
  showInFolder: (filePath) => {
    shell.showItemInFolder(filePath);
    return Promise.resolve(true);
  },
  notify(title, body) {
    if (!Notification.isSupported()) return Promise.resolve('unavailable');
    return new Promise<NotifyOutcome>((resolve) => {
      const notification = new Notification({ title, body });
      shownNotifications.add(notification);
      const settle = (outcome: NotifyOutcome) => {
        shownNotifications.delete(notification);
        resolve(outcome);
      };
      notification.on('click', () => {
        const window = mainWindow();
        if (window) {
          if (window.isMinimized()) window.restore();
          window.show();
          window.focus();
        }
        settle('clicked');
      });
      notification.on('close', () => settle('closed'));
      notification.on('failed', () => settle('unavailable'));
      notification.show();
    });
  },
  // Supported on macOS and on Linux desktops with Unity launcher support (false elsewhere).
  setBadgeCount: (count) => app.setBadgeCount(count),
};

/**
 * `exportsDir` (from PARTNERLOOM_EXPORTS_DIR, for automation) writes documents there without
 * asking; normally a save dialog asks where.
 */
export function createElectronPlatform(exportsDir: string | null): Platform {
  if (exportsDir)
    return { ...createExportFolderPlatform('desktop', exportsDir), ...desktopActions };
  return {
    mode: 'desktop',
    exportsDir: null,
    async saveFile(suggestedName, data) {
      const window = mainWindow();
      const options = { defaultPath: path.join(app.getPath('documents'), suggestedName) };
      const choice = window
        ? await dialog.showSaveDialog(window, options)
        : await dialog.showSaveDialog(options);
      if (choice.canceled || !choice.filePath) return null;
      await fs.writeFile(choice.filePath, data);
      return choice.filePath;
    },
    ...desktopActions,
  };
}
