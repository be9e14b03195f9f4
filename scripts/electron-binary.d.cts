/** The Electron executable if it is already on disk, else null. Never downloads. */
export declare function installedElectronPath(): string | null;
/** The Electron executable, fetched on first use; null where that is impossible. */
export declare function ensureElectronPath(): string | null;
