/** How this copy of the app is running; shown in the status bar and used to word file actions. */
export interface AppInfo {
  version: string;
  /** `desktop`: the Electron app. `browser`: the same app served on 127.0.0.1. */
  mode: 'desktop' | 'browser';
  /** The folder that holds the database. */
  dataDir: string;
  /** Browser mode only: where documents are written, since there is no save dialog. */
  exportsDir: string | null;
  /**
   * The backend's current time when asked (ISO): the renderer counts "today" from it, so that
   * a backend started at another time (PARTNERLOOM_NOW) moves the whole app.
   */
  now: string;
}

/** What does not change while the app runs. */
export type StaticAppInfo = Omit<AppInfo, 'now'>;
