import fs from 'node:fs/promises';
import path from 'node:path';
import { app, BrowserWindow, dialog, shell } from 'electron';
import type { Platform } from '../backend/platform';
import { createExportFolderPlatform } from '../backend/exportFolder';

/** Files the app saved open in their programs and show in their folders, as usual. */
const fileActions: Pick<Platform, 'openPath' | 'showInFolder'> = {
  // shell.openPath answers an error message, or '' when the file was opened.
  openPath: async (filePath) => (await shell.openPath(filePath)) === '',
  showInFolder: (filePath) => {
    shell.showItemInFolder(filePath);
    return Promise.resolve(true);
  },
};

/**
 * `exportsDir` (from PARTNERLOOM_EXPORTS_DIR, for automation) writes documents there without
 * asking; normally a save dialog asks where.
 */
export function createElectronPlatform(exportsDir: string | null): Platform {
  if (exportsDir) return { ...createExportFolderPlatform('desktop', exportsDir), ...fileActions };
  return {
    mode: 'desktop',
    exportsDir: null,
    async saveFile(suggestedName, data) {
      const window = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
      const options = { defaultPath: path.join(app.getPath('documents'), suggestedName) };
      const choice = window
        ? await dialog.showSaveDialog(window, options)
        : await dialog.showSaveDialog(options);
      if (choice.canceled || !choice.filePath) return null;
      await fs.writeFile(choice.filePath, data);
      return choice.filePath;
    },
    ...fileActions,
  };
}
