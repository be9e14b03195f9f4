import fs from 'node:fs/promises';
import path from 'node:path';
import { app, BrowserWindow, dialog } from 'electron';
import type { Platform } from '../backend/platform';
import { createExportFolderPlatform } from '../backend/exportFolder';

/**
 * `exportsDir` (from PARTNERLOOM_EXPORTS_DIR, for automation) writes documents there without
 * asking; normally a save dialog asks where.
 */
export function createElectronPlatform(exportsDir: string | null): Platform {
  if (exportsDir) return createExportFolderPlatform('desktop', exportsDir);
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
  };
}
