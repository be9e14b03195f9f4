import os from 'node:os';
import path from 'node:path';

export const productName = 'Partnerloom';

/**
 * The folder the desktop app uses for its data (Electron's userData for an app named
 * Partnerloom), so that browser mode and the desktop app open the same database.
 * PARTNERLOOM_DATA_DIR overrides it.
 */
export function defaultDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform = process.platform,
): string {
  const override = env.PARTNERLOOM_DATA_DIR?.trim();
  if (override) return path.resolve(override);
  const home = os.homedir();
  if (platform === 'win32') {
    return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), productName);
  }
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', productName);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), productName);
}
