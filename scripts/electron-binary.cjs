// Shared by scripts/start.mjs and the e2e harness (CommonJS, so both module systems load it).
const fs = require('node:fs');
const path = require('node:path');

/** The Electron executable if it is already on disk, else null. Never downloads. */
exports.installedElectronPath = function installedElectronPath() {
  let pkgDir;
  try {
    pkgDir = path.dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    const candidate = path.join(process.env.ELECTRON_OVERRIDE_DIST_PATH, 'electron');
    return fs.existsSync(candidate) ? candidate : null;
  }
  const pathFile = path.join(pkgDir, 'path.txt');
  if (!fs.existsSync(pathFile)) return null;
  const executable = path.join(pkgDir, 'dist', fs.readFileSync(pathFile, 'utf8').trim());
  return fs.existsSync(executable) ? executable : null;
};
