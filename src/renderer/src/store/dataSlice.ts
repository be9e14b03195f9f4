import type { StateCreator } from 'zustand';
import type { BackupInfo, RestoreResult, StartupState } from '../../../shared/backup';
import type { Result } from '../../../shared/result';
import { api } from '../api';
import { readBase64 } from '../features/data/readBase64';
import type { StoreState } from '.';

/** What start-up found, the backups folder, and replacing the data with a backup or a file. */
export interface DataSlice {
  /** Null until the backend has answered. */
  startup: StartupState | null;
  startupError: string | null;
  /** Asks what start-up found; callers while a request is on its way share it. */
  loadStartup: () => Promise<void>;

  backups: BackupInfo[];
  backupsStatus: 'idle' | 'loading' | 'ready' | 'error';
  backupsError: string | null;
  loadBackups: () => Promise<void>;
  backUpNow: () => Promise<Result<BackupInfo>>;
  restoreBackup: (name: string) => Promise<Result<RestoreResult>>;
  restoreFromFile: (file: File) => Promise<Result<RestoreResult>>;
  startEmpty: () => Promise<Result<StartupState>>;
}

export const createDataSlice: StateCreator<StoreState, [], [], DataSlice> = (set, get) => {
  let startupRequest: Promise<void> | null = null;
  return {
    startup: null,
    startupError: null,
    loadStartup() {
      startupRequest ??= api.getStartupState().then((result) => {
        startupRequest = null;
        if (result.ok) set({ startup: result.value, startupError: null });
        else set({ startupError: result.error.message });
      });
      return startupRequest;
    },

    backups: [],
    backupsStatus: 'idle',
    backupsError: null,
    async loadBackups() {
      set({ backupsStatus: 'loading', backupsError: null });
      const result = await api.listBackups();
      if (result.ok) set({ backups: result.value, backupsStatus: 'ready' });
      else set({ backupsStatus: 'error', backupsError: result.error.message });
    },
    async backUpNow() {
      const result = await api.backUpNow();
      // Rotation may have removed older ones: the list is read again.
      if (result.ok) await get().loadBackups();
      return result;
    },
    restoreBackup: (name) => api.restoreBackup({ name }),
    async restoreFromFile(file) {
      const read = await readBase64(file);
      if (!read.ok) return read;
      return api.restoreFromFile({ fileName: file.name, dataBase64: read.value });
    },
    async startEmpty() {
      const result = await api.startEmpty();
      if (result.ok) set({ startup: result.value });
      return result;
    },
  };
};
