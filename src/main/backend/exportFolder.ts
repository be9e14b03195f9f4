import fs from 'node:fs';
import path from 'node:path';
import sanitize from 'sanitize-filename';
import type { Platform } from './platform';

/** A name inside `dir` that does not exist yet: "MoU.pdf", then "MoU (2).pdf", … */
export function freeFileName(dir: string, suggestedName: string): string {
  const clean = sanitize(suggestedName, { replacement: '_' }).trim() || 'document';
  const ext = path.extname(clean);
  const stem = clean.slice(0, clean.length - ext.length);
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? clean : `${stem} (${n})${ext}`;
    if (!fs.existsSync(path.join(dir, candidate))) return candidate;
  }
}

/**
 * A platform that saves documents into one folder without asking: browser mode (which cannot
 * show a save dialog; the UI names the folder) and the desktop app under automation.
 */
export function createExportFolderPlatform(mode: Platform['mode'], exportsDir: string): Platform {
  return {
    mode,
    exportsDir,
    saveFile(suggestedName, data) {
      fs.mkdirSync(exportsDir, { recursive: true });
      const target = path.join(exportsDir, freeFileName(exportsDir, suggestedName));
      // 'wx': never overwrite a file that appeared meanwhile.
      fs.writeFileSync(target, data, { flag: 'wx' });
      return Promise.resolve(target);
    },
    // A web page cannot start programs on the computer; the page shows the path instead.
    openPath: () => Promise.resolve(false),
    showInFolder: () => Promise.resolve(false),
    // The page shows the count in its title; a page has no icon badge or system notifications
    // of its own without asking for a permission the app does not want to ask for.
    notify: () => Promise.resolve('unavailable'),
    setBadgeCount: () => false,
  };
}
