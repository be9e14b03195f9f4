import type { StateCreator } from 'zustand';
import type { AppInfo } from '../../../shared/appInfo';
import { api } from '../api';
import { syncAppNow } from '../appNow';
import type { StoreState } from '.';

export type Screen =
  'today' | 'board' | 'overlap' | 'activity' | 'archive' | 'data' | 'institution' | 'settings';

export interface AppSlice {
  appInfo: AppInfo | null;
  screen: Screen;
  loadAppInfo: () => Promise<void>;
  navigate: (screen: Screen) => void;
}

export const createAppSlice: StateCreator<StoreState, [], [], AppSlice> = (set, get) => ({
  appInfo: null,
  // The Today view, once there are partners; it hands over to the board's first-run help.
  screen: 'today',
  loadAppInfo: async () => {
    const result = await api.getAppInfo();
    if (!result.ok) return;
    syncAppNow(result.value.now);
    set({ appInfo: result.value });
    // "Today" on the board counts from the backend's day from now on.
    get().refreshToday();
  },
  navigate: (screen) => set({ screen }),
});
