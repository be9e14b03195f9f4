/** The Electron executable if it is already on disk, else null. Never downloads. */
export declare function installedElectronPath(): string | null;
