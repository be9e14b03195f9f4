import path from 'node:path';

/**
 * The fonts folder when the caller names none: `resources/fonts` of the project the process
 * runs in (unit tests, scripts). The app itself passes its own path (see `fontsDirFor`).
 */
export function defaultFontsDir(): string {
  return path.resolve('resources', 'fonts');
}

/** `<resources>/fonts`, from the folder that holds the app's resources. */
export function fontsDirFor(resourcesDir: string): string {
  return path.join(resourcesDir, 'fonts');
}
