/**
 * What the backend needs from the machine it runs on. The desktop app implements it with
 * Electron's dialogs and shell; browser mode writes into its exports folder.
 */
export interface Platform {
  mode: 'desktop' | 'browser';
  /** Where browser mode writes documents; null in the desktop app (it asks with a dialog). */
  exportsDir: string | null;
  /**
   * Offers `data` to the user as a file named `suggestedName`. Resolves to where it was
   * written, or null when the user cancelled.
   */
  saveFile(suggestedName: string, data: Uint8Array): Promise<string | null>;
  /**
   * Opens a file the app saved in the program the system uses for it. Resolves to false where
   * that is not possible (browser mode: the page shows the path instead).
   */
  openPath(filePath: string): Promise<boolean>;
  /** Shows a file the app saved in its folder (Explorer, Finder, Files); false where impossible. */
  showInFolder(filePath: string): Promise<boolean>;
  /**
   * Shows a system notification. Resolves when the person clicked it ('clicked'; the window is
   * brought to the front), when it went away ('closed'), or at once where the system cannot
   * show one ('unavailable').
   */
  notify(title: string, body: string): Promise<NotifyOutcome>;
  /** Shows `count` on the app's icon (0 clears it); false where the system has no such badge. */
  setBadgeCount(count: number): boolean;
}

export type NotifyOutcome = 'clicked' | 'closed' | 'unavailable';
