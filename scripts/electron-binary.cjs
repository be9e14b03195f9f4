// Shared by the npm scripts and the e2e harness (CommonJS, so both module systems load it).
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

/** The Electron executable if it is already on disk, else null. Never downloads. */
function installedElectronPath() {
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
}

/**
 * The Electron executable, letting the electron package fetch it on first use.
 * Null where that is impossible (an offline machine, or one that may not download it).
 */
function ensureElectronPath() {
  const installed = installedElectronPath();
  if (installed) return installed;
  console.log('Fetching the Electron runtime (first start only)…');
  const attempt = spawnSync(process.execPath, ['-e', "require('electron')"], {
    stdio: ['ignore', 'ignore', 'pipe'],
    timeout: 5 * 60 * 1000,
  });
  return attempt.status === 0 ? installedElectronPath() : null;
}

module.exports = { installedElectronPath, ensureElectronPath };
